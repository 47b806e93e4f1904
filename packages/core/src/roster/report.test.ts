import { describe, expect, it } from 'vitest';
import { resolvePolicy } from '../policy/resolve.js';
import type { Assignment } from './document.js';
import { cleanMonth } from './fixtures/clean-month.js';
import { validateRoster } from './validate.js';

describe('rosterReport', () => {
  it('gives hours per person per ISO week and per month (shift less meal break)', () => {
    const roster = cleanMonth('reg7', '2026-12', { swapsAndLeave: false });
    const days = [1, 2, 3, 7, 31];
    const rows: Assignment[] = [
      ...roster.assignments.filter((a) => a.staff !== 'S001'),
      ...days.map((d) => ({ staff: 'S001', date: `2026-12-${String(d).padStart(2, '0')}`, shift: 'early' })),
    ];
    const { report } = validateRoster({ ...roster, assignments: rows }, resolvePolicy('reg7'));
    const person = report.staff.find((s) => s.staff === 'S001')!;
    expect(person).toMatchObject({
      shifts: 5,
      nights: 0,
      holidays: 0,
      monthHours: 40,
      averageWeeklyHours: 9.03,
      contractHoursPerWeek: 40,
    });
    expect(person.weeks).toEqual([
      { week: '2026-W49', hours: 24 },
      { week: '2026-W50', hours: 8 },
      { week: '2026-W51', hours: 0 },
      { week: '2026-W52', hours: 0 },
      { week: '2026-W53', hours: 8 },
    ]);
    expect(report.staff.some((s) => s.staff.startsWith('M'))).toBe(false);
  });

  it('gives each post’s head-count and requirement per 30-minute slot, for a heat map', () => {
    const { report } = validateRoster(cleanMonth('cs-department', '2026-12'), resolvePolicy('cs-department'));
    const desk = report.coverage.find((c) => c.post === 'front-desk')!;
    expect(desk.slotMinutes).toBe(30);
    expect(desk.days).toHaveLength(31);
    const day = desk.days[9]!;
    expect(day).toMatchObject({ date: '2026-12-10', start: '2026-12-10T00:00:00+08:00' });
    expect(day.present).toHaveLength(48);
    expect(day.present.every((n) => n === 1)).toBe(true);
    // Lunch (11:30–13:30) and round-the-clock both ask for one.
    expect(day.required.every((n) => n === 1)).toBe(true);
  });

  it('shows a gap as zeros, and DST days with 46 or 50 slots', () => {
    const policy = resolvePolicy('cs-department', { timeZone: 'America/New_York' });
    const roster = cleanMonth('cs-department', '2026-11');
    const gap = roster.assignments.filter((a) => !(a.date === '2026-11-10' && a.shift === 'day'));
    const { report } = validateRoster({ ...roster, assignments: gap }, policy);
    const days = report.coverage[0]!.days;
    expect(days[0]!.present).toHaveLength(50);
    expect(days[9]!.present.slice(17, 35).every((n) => n === 0)).toBe(true);
    expect(days[9]!.present[16]).toBe(1);
    const march = validateRoster(cleanMonth('cs-department', '2026-03'), policy).report;
    expect(march.coverage[0]!.days[7]!.present).toHaveLength(46);
  });

  it('measures how evenly hours, nights and holidays are spread, naming who is above average', () => {
    const roster = cleanMonth('call-centre', '2026-12', { publicHolidays: ['2026-12-25'] });
    const { report } = validateRoster(roster, resolvePolicy('call-centre'));
    const { hours, nights, holidays } = report.fairness;
    expect(hours.mean).toBeGreaterThan(0);
    expect(hours.coefficientOfVariation).toBeCloseTo(hours.standardDeviation / hours.mean, 2);
    expect(nights.aboveAverage.length).toBeGreaterThan(0);
    for (const spread of [hours, nights, holidays]) {
      const values = spread.aboveAverage.map((entry) => entry.value);
      expect(values).toEqual([...values].sort((a, b) => b - a));
      expect(values.every((value) => value > spread.mean)).toBe(true);
    }
  });

  it('reports an even spread as 0 with nobody above average', () => {
    const roster = cleanMonth('estate-group', '2026-12', { swapsAndLeave: false });
    const { report } = validateRoster(roster, resolvePolicy('estate-group'));
    expect(report.fairness.nights).toEqual({
      mean: 0,
      standardDeviation: 0,
      coefficientOfVariation: 0,
      aboveAverage: [],
    });
  });

  it('counts findings by severity', () => {
    const roster = cleanMonth('call-centre', '2026-12');
    const short = { ...roster, assignments: roster.assignments.slice(10) };
    const { findings, report } = validateRoster(short, resolvePolicy('call-centre'));
    expect(report.counts).toEqual({
      error: findings.filter((f) => f.severity === 'error').length,
      warn: findings.filter((f) => f.severity === 'warn').length,
    });
    expect(report).toMatchObject({ month: '2026-12', policy: 'call-centre', timeZone: 'Asia/Shanghai' });
  });
});
