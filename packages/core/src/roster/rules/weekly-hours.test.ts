import { describe, expect, it } from 'vitest';
import type { Assignment } from '../document.js';
import { findingsOf, scenario, withAssignments } from './rule-test-helpers.js';

const RULE = 'roster/weekly-hours';

/** S001 on the early shift (08:00–17:00, one hour for lunch) on the given December days, nobody else's rows changed. */
function earlyOn(days: number[]): (rows: Assignment[]) => Assignment[] {
  return (rows) => [
    ...rows.filter((a) => a.staff !== 'S001'),
    ...days.map((day) => ({
      staff: 'S001',
      date: `2026-12-${String(day).padStart(2, '0')}`,
      shift: 'early',
    })),
  ];
}

const FIVE_ON_TWO_OFF = [1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 15, 16, 17, 18, 19, 22, 23, 24, 25, 26, 29, 30];

describe('roster/weekly-hours (CCS-6.1.2)', () => {
  it('CCS-6.1.2: 22 early shifts are 176 working hours (lunch not counted), 39.7 a week: within 40', () => {
    const { roster, policy } = scenario('reg7');
    expect(findingsOf(RULE, withAssignments(roster, earlyOn(FIVE_ON_TWO_OFF)), policy)).toEqual([]);
  });

  it('CCS-6.1.2: a 23rd shift makes 184 hours, 41.5 a week, and is reported with the figures', () => {
    const { roster, policy } = scenario('reg7');
    const findings = findingsOf(RULE, withAssignments(roster, earlyOn([...FIVE_ON_TWO_OFF, 31])), policy);
    expect(findings).toEqual([
      expect.objectContaining({
        messageId: 'roster.weekly-hours',
        params: { staff: 'S001', average: 41.5, maximum: 40, total: 184, month: '2026-12' },
        clauses: ['CCS-6.1.2'],
      }),
    ]);
    expect(findings[0]?.subject).toEqual({ staff: ['S001'] });
  });

  it('CCS-6.1.2: days of leave are not worked and do not count', () => {
    const { roster, policy } = scenario('reg7');
    const leave = { staff: 'S001', dates: ['2026-12-31'], kind: 'annual' as const };
    const month = withAssignments({ ...roster, leave: [leave] }, earlyOn([...FIVE_ON_TWO_OFF, 31]));
    expect(findingsOf(RULE, month, policy)).toEqual([]);
  });
});
