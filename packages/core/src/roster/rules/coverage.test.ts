import { describe, expect, it } from 'vitest';
import { resolvePolicy } from '../../policy/resolve.js';
import { cleanMonth } from '../fixtures/clean-month.js';
import { findingsOf, scenario, withAssignments } from './rule-test-helpers.js';

const RULE = 'roster/coverage';

describe('roster/coverage (CCS-6.1.1, CSD-3.1.5, TKC-4.1B)', () => {
  it('CCS-6.1.1: a clean call-centre month staffs the hotline at every minute', () => {
    const { roster, policy } = scenario('call-centre', { publicHolidays: ['2026-12-25'] });
    expect(findingsOf(RULE, roster, policy)).toEqual([]);
  });

  it('CCS-6.1.1: one night agent short gives the exact interval, who was on, and the instance', () => {
    const { roster, policy } = scenario('call-centre');
    const nights = roster.assignments.filter((a) => a.date === '2026-12-10' && a.shift === 'night');
    expect(nights).toHaveLength(2);
    const [dropped, kept] = nights;
    const findings = findingsOf(
      RULE,
      withAssignments(roster, (rows) => rows.filter((a) => a !== dropped)),
      policy,
    );
    expect(findings).toEqual([
      {
        rule: RULE,
        clauses: ['CCS-6.1.1'],
        severity: 'error',
        messageId: 'roster.understaffed',
        params: {
          post: 'hotline',
          band: 'night',
          start: '2026-12-10T00:00:00+08:00',
          end: '2026-12-10T08:00:00+08:00',
          present: 1,
          required: 2,
        },
        subject: {
          staff: [kept!.staff],
          dates: ['2026-12-10'],
          shiftInstances: ['2026-12-10/night/hotline'],
          interval: { start: '2026-12-10T00:00:00+08:00', end: '2026-12-10T08:00:00+08:00' },
        },
      },
    ]);
  });

  it('CSD-3.1.5: nobody at the desk over lunch is reported under CSD-3.1.5, the whole day under the 24-hour clause', () => {
    const { roster, policy } = scenario('cs-department');
    const day = roster.assignments.find((a) => a.date === '2026-12-10' && a.shift === 'day');
    const findings = findingsOf(
      RULE,
      withAssignments(roster, (rows) => rows.filter((a) => a !== day)),
      policy,
    );
    expect(findings.map((f) => [f.params['band'], f.params['start'], f.params['end'], f.clauses])).toEqual([
      ['round-the-clock', '2026-12-10T08:30:00+08:00', '2026-12-10T17:30:00+08:00', ['CCS-6.1.1']],
      ['lunch', '2026-12-10T11:30:00+08:00', '2026-12-10T13:30:00+08:00', ['CSD-3.1.5']],
    ]);
  });

  it('CSD-D1: a missing night shift (17:30–01:00) leaves a gap on both sides of midnight', () => {
    const { roster, policy } = scenario('cs-department');
    const night = roster.assignments.find((a) => a.date === '2026-12-09' && a.shift === 'night');
    const findings = findingsOf(
      RULE,
      withAssignments(roster, (rows) => rows.filter((a) => a !== night)),
      policy,
    );
    expect(findings.map((f) => f.subject.interval)).toEqual([
      { start: '2026-12-09T17:30:00+08:00', end: '2026-12-10T00:00:00+08:00' },
      { start: '2026-12-10T00:00:00+08:00', end: '2026-12-10T01:00:00+08:00' },
    ]);
    expect(findings.every((f) => f.subject.shiftInstances?.includes('2026-12-09/night/front-desk'))).toBe(
      true,
    );
  });

  it('CCS-6.1.1: the 1st’s first hour belongs to last month’s night shift and raises no false alarm', () => {
    const { roster, policy } = scenario('cs-department');
    const findings = findingsOf(RULE, roster, policy);
    expect(findings).toEqual([]);
    // Without December's own overnight shift on the 1st, only 01:00–08:30 is this roster's gap.
    const overnight = roster.assignments.find((a) => a.date === '2026-12-01' && a.shift === 'overnight');
    const gaps = findingsOf(
      RULE,
      withAssignments(roster, (rows) => rows.filter((a) => a !== overnight)),
      policy,
    );
    expect(gaps.map((f) => f.subject.interval)).toEqual([
      { start: '2026-12-01T01:00:00+08:00', end: '2026-12-01T08:30:00+08:00' },
    ]);
  });

  it('TKC-4.1B: the busy morning needs two at the front desk', () => {
    const { roster, policy } = scenario('taikoo-front-desk');
    expect(findingsOf(RULE, roster, policy)).toEqual([]);
    const early = roster.assignments.find((a) => a.date === '2026-12-10' && a.shift === 'early');
    const findings = findingsOf(
      RULE,
      withAssignments(roster, (rows) => rows.filter((a) => a !== early)),
      policy,
    );
    expect(findings.map((f) => [f.params['band'], f.params['start'], f.params['end'], f.clauses])).toEqual([
      ['morning-peak', '2026-12-10T09:00:00+08:00', '2026-12-10T11:00:00+08:00', ['TKC-4.1B']],
    ]);
  });

  it('CCS-6.1.1: a person on leave is not counted as present', () => {
    const { roster, policy } = scenario('reg7');
    const early = roster.assignments.find((a) => a.date === '2026-12-10' && a.shift === 'early')!;
    const leave = [{ staff: early.staff, dates: ['2026-12-10'], kind: 'sick' as const }];
    const findings = findingsOf(RULE, { ...roster, leave: [...roster.leave, ...leave] }, policy);
    expect(findings.map((f) => f.subject.interval)).toEqual([
      { start: '2026-12-10T08:00:00+08:00', end: '2026-12-10T12:00:00+08:00' },
    ]);
  });

  it('CCS-6.1.1: across the DST changes in New York, the 25-hour and 23-hour days are covered exactly', () => {
    const policy = resolvePolicy('cs-department', { timeZone: 'America/New_York' });
    for (const month of ['2026-03', '2026-11']) {
      expect(findingsOf(RULE, cleanMonth('cs-department', month), policy), month).toEqual([]);
    }
    const roster = cleanMonth('cs-department', '2026-11');
    const overnight = roster.assignments.find((a) => a.date === '2026-11-01' && a.shift === 'overnight');
    const gaps = findingsOf(
      RULE,
      withAssignments(roster, (rows) => rows.filter((a) => a !== overnight)),
      policy,
    );
    expect(gaps.map((f) => f.subject.interval)).toEqual([
      { start: '2026-11-01T01:00:00-04:00', end: '2026-11-01T08:30:00-05:00' },
    ]);
  });
});
