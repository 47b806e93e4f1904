import { describe, expect, it } from 'vitest';
import { resolvePolicy } from '../policy/resolve.js';
import { PRESET_IDS } from '../policy/presets/index.js';
import { shiftInstance } from '../time/shift-instance.js';
import { buildRosterCalendar, slotInstance, slotOf } from './calendar.js';

describe('buildRosterCalendar', () => {
  it.each([
    ...PRESET_IDS.map((id) => [id, undefined, '2026-12'] as const),
    ['cs-department', 'America/New_York', '2026-03'] as const,
    ['cs-department', 'America/New_York', '2026-11'] as const,
    ['call-centre', 'Europe/London', '2026-03'] as const,
    ['call-centre', 'Europe/London', '2026-10'] as const,
  ])('%s (%s, %s): every slot is the shift instance the time module computes', (id, zone, month) => {
    const policy = zone === undefined ? resolvePolicy(id) : resolvePolicy(id, { timeZone: zone });
    const calendar = buildRosterCalendar(policy, month, []);
    for (let day = -1; day <= calendar.days.length; day += 1) {
      policy.shifts.forEach((shift, s) => {
        const slot = slotOf(calendar, day, s)!;
        expect(slotInstance(calendar, slot)).toEqual(shiftInstance(slot.date, shift, policy.timeZone));
      });
    }
  });

  it('marks the days around the month as another month’s', () => {
    const calendar = buildRosterCalendar(resolvePolicy('cs-department'), '2026-12', []);
    expect(slotOf(calendar, -1, 1)).toMatchObject({ date: '2026-11-30', outside: true });
    expect(slotOf(calendar, 0, 1)).toMatchObject({ date: '2026-12-01', outside: false });
    expect(slotOf(calendar, 31, 0)).toMatchObject({ date: '2027-01-01', outside: true });
    expect(slotOf(calendar, 0, 9)).toBeUndefined();
  });

  it('lays out each coverage band on each day it applies, with the slots that can staff it', () => {
    const policy = resolvePolicy('cs-department');
    const calendar = buildRosterCalendar(policy, '2026-12', ['2026-12-25', '2027-01-01']);
    expect(calendar.occurrences).toHaveLength(62);
    const first = calendar.occurrences[0]!;
    expect(first).toMatchObject({ date: '2026-12-01', holiday: false });
    expect(first.slots.map((i) => calendar.slots[i]!.key)).toEqual([
      '2026-11-30/night/front-desk',
      '2026-12-01/day/front-desk',
      '2026-12-01/night/front-desk',
      '2026-12-01/overnight/front-desk',
    ]);
    for (const occurrence of calendar.occurrences) {
      for (const slot of occurrence.slots) expect(calendar.slotOccurrences[slot]).toContain(occurrence.index);
    }
    expect(calendar.holidays.filter(Boolean)).toHaveLength(1);
  });

  it('gives each day its ISO week', () => {
    const calendar = buildRosterCalendar(resolvePolicy('reg7'), '2026-12', []);
    expect(calendar.weekKeys[0]).toBe('2026-W49');
    expect(calendar.weekKeys[6]).toBe('2026-W50');
    expect(calendar.weekKeys[30]).toBe('2026-W53');
  });

  it('counts a night shift (midnight to 06:00) as a night', () => {
    const calendar = buildRosterCalendar(resolvePolicy('call-centre'), '2026-12', []);
    expect(policyNights(calendar)).toEqual({ early: false, middle: false, night: true });
  });
});

function policyNights(calendar: ReturnType<typeof buildRosterCalendar>): Record<string, boolean> {
  return Object.fromEntries(calendar.slots.slice(3, 6).map((slot) => [slot.shift.id, slot.night]));
}
