import { describe, expect, it } from 'vitest';
import type { Assignment } from '../document.js';
import { findingsOf, scenario, withAssignments } from './rule-test-helpers.js';

const RULE = 'roster/rest-between-shifts';

function pair(
  staff: string,
  first: [string, string],
  second: [string, string],
): (rows: Assignment[]) => Assignment[] {
  return (rows) => [
    ...rows.filter((a) => a.staff !== staff || (a.date !== first[0] && a.date !== second[0])),
    { staff, date: first[0], shift: first[1] },
    { staff, date: second[0], shift: second[1] },
  ];
}

describe('roster/rest-between-shifts (CSD-D1; CCS-6.1.3 guidance)', () => {
  it('CSD-D1: a middle shift ending 21:00 and the next early shift at 08:00 leave exactly 11 hours: enough', () => {
    const { roster, policy } = scenario('reg7');
    const month = withAssignments(roster, pair('S001', ['2026-12-14', 'middle'], ['2026-12-15', 'early']));
    expect(findingsOf(RULE, month, policy)).toEqual([]);
  });

  it('CSD-D1: a middle shift ending at midnight then an early one at 08:00 leaves 8 hours and is reported', () => {
    const { roster, policy } = scenario('call-centre');
    const staff = roster.assignments.find((a) => a.shift === 'middle')!.staff;
    const month = withAssignments(roster, pair(staff, ['2026-12-14', 'middle'], ['2026-12-15', 'early']));
    expect(findingsOf(RULE, month, policy)).toEqual([
      expect.objectContaining({
        severity: 'warn',
        messageId: 'roster.short-rest',
        params: {
          staff,
          first: '2026-12-14/middle/hotline',
          second: '2026-12-15/early/hotline',
          rest: 8,
          minimum: 11,
        },
        subject: expect.objectContaining({
          interval: { start: '2026-12-15T00:00:00+08:00', end: '2026-12-15T08:00:00+08:00' },
        }) as unknown,
      }),
    ]);
  });

  it('CSD-D1: a policy with no minimum rest (CSD) does not check it', () => {
    const { roster, policy } = scenario('cs-department');
    const month = withAssignments(roster, pair('S001', ['2026-12-14', 'night'], ['2026-12-15', 'overnight']));
    expect(policy.roster.minRestBetweenShiftsHours).toBe(0);
    expect(findingsOf(RULE, month, policy)).toEqual([]);
  });
});
