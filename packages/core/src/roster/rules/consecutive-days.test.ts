import { describe, expect, it } from 'vitest';
import type { Assignment } from '../document.js';
import { findingsOf, scenario, withAssignments } from './rule-test-helpers.js';

const RULE = 'roster/consecutive-days';

function dayShifts(staff: string, days: number[]): (rows: Assignment[]) => Assignment[] {
  return (rows) => [
    ...rows.filter((a) => a.staff !== staff),
    ...days.map((day) => ({ staff, date: `2026-12-${String(day).padStart(2, '0')}`, shift: 'day' })),
  ];
}

describe('roster/consecutive-days (CSD-D1)', () => {
  it('CSD-D1: six days on and one off passes', () => {
    const { roster, policy } = scenario('cs-department');
    expect(findingsOf(RULE, roster, policy)).toEqual([]);
    const sixOn = withAssignments(roster, dayShifts('S001', [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13]));
    expect(findingsOf(RULE, sixOn, policy)).toEqual([]);
  });

  it('CSD-D1: seven days in a row are reported with the run’s dates and the shift that must become a rest day', () => {
    const { roster, policy } = scenario('cs-department');
    const findings = findingsOf(
      RULE,
      withAssignments(roster, dayShifts('S001', [3, 4, 5, 6, 7, 8, 9])),
      policy,
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      messageId: 'roster.consecutive-days',
      params: { staff: 'S001', days: 7, maximum: 6, from: '2026-12-03', to: '2026-12-09' },
      clauses: ['CSD-D1'],
    });
    expect(findings[0]?.subject.dates).toEqual([3, 4, 5, 6, 7, 8, 9].map((d) => `2026-12-0${d}`));
    expect(findings[0]?.subject.shiftInstances).toEqual(['2026-12-09/day/front-desk']);
  });

  it('CSD-D1: a night shift counts for the day it starts, and a day of leave breaks the run', () => {
    const { roster, policy } = scenario('cs-department');
    const nights = (rows: Assignment[]) => [
      ...rows.filter((a) => a.staff !== 'S002'),
      ...[10, 11, 12, 13, 14, 15, 16].map((d) => ({ staff: 'S002', date: `2026-12-${d}`, shift: 'night' })),
    ];
    expect(findingsOf(RULE, withAssignments(roster, nights), policy).map((f) => f.params['days'])).toEqual([
      7,
    ]);
    const leave = { staff: 'S002', dates: ['2026-12-13'], kind: 'sick' as const };
    expect(findingsOf(RULE, withAssignments({ ...roster, leave: [leave] }, nights), policy)).toEqual([]);
  });
});

describe('roster/consecutive-days: the shifts to turn into rest days', () => {
  it('CSD-D1: a whole month on duty names every seventh day', () => {
    const { roster, policy } = scenario('cs-department');
    const all = Array.from({ length: 31 }, (_, i) => i + 1);
    const findings = findingsOf(RULE, withAssignments(roster, dayShifts('S001', all)), policy);
    expect(findings[0]?.subject.shiftInstances).toEqual(
      ['07', '14', '21', '28'].map((d) => `2026-12-${d}/day/front-desk`),
    );
  });
});
