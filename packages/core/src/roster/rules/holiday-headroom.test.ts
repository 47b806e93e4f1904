import { describe, expect, it } from 'vitest';
import { findingsOf, scenario, withAssignments } from './rule-test-helpers.js';

const RULE = 'roster/holiday-headroom';
const HOLIDAY = { publicHolidays: ['2026-12-25'] };

describe('roster/holiday-headroom (CCS-6.3.4)', () => {
  it('CCS-6.3.4: a holiday staffed one above every band’s minimum passes', () => {
    const { roster, policy } = scenario('call-centre', HOLIDAY);
    expect(findingsOf(RULE, roster, policy)).toEqual([]);
  });

  it('CCS-6.3.4: a holiday band at its bare minimum lacks headroom, with the exact interval', () => {
    const { roster, policy } = scenario('call-centre', HOLIDAY);
    const night = roster.assignments.find((a) => a.date === '2026-12-25' && a.shift === 'night');
    const findings = findingsOf(
      RULE,
      withAssignments(roster, (rows) => rows.filter((a) => a !== night)),
      policy,
    );
    expect(findings).toEqual([
      expect.objectContaining({
        messageId: 'roster.holiday-headroom',
        params: {
          post: 'hotline',
          band: 'night',
          start: '2026-12-25T00:00:00+08:00',
          end: '2026-12-25T08:00:00+08:00',
          present: 2,
          required: 3,
          extra: 1,
        },
        clauses: ['CCS-6.3.4'],
      }),
    ]);
    // The same staffing on an ordinary day is enough.
    expect(
      findingsOf(
        'roster/coverage',
        withAssignments(roster, (rows) => rows.filter((a) => a !== night)),
        policy,
      ),
    ).toEqual([]);
  });

  it('CCS-6.3.4: a policy without headroom (REG7) does not ask for it', () => {
    const { roster, policy } = scenario('reg7', HOLIDAY);
    expect(policy.roster.holidayHeadroom.extraStaff).toBe(0);
    expect(findingsOf(RULE, roster, policy)).toEqual([]);
  });
});
