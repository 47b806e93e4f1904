import { describe, expect, it } from 'vitest';
import { findingsOf, scenario, omit } from './rule-test-helpers.js';

const RULE = 'swap/leave-approval';

describe('swap/leave-approval (TKC-4.2C)', () => {
  it('TKC-4.2C: leave approved by the supervisor days before it begins passes', () => {
    const { roster, policy } = scenario('taikoo-front-desk');
    expect(roster.leave).toHaveLength(1);
    expect(findingsOf(RULE, roster, policy)).toEqual([]);
  });

  it('TKC-4.2C: leave without approval is reported', () => {
    const { roster, policy } = scenario('taikoo-front-desk');
    const leave = omit(roster.leave[0]!, 'approvedBy', 'approvedAt');
    expect(findingsOf(RULE, { ...roster, leave: [leave] }, policy)).toEqual([
      expect.objectContaining({
        messageId: 'roster.leave-not-approved',
        params: { staff: leave.staff, date: leave.dates[0], role: 'cs-supervisor' },
        subject: { staff: [leave.staff], dates: leave.dates, path: ['leave', 0, 'approvedBy'] },
        clauses: ['TKC-4.2C'],
      }),
    ]);
  });

  it('TKC-4.2C: approval by the wrong person, or after annual leave began, is reported; sick leave may be approved later', () => {
    const { roster, policy } = scenario('taikoo-front-desk');
    const late = { ...roster.leave[0]!, approvedBy: 'S001', approvedAt: '2026-12-31T20:00:00+08:00' };
    expect(
      findingsOf(RULE, { ...roster, leave: [late] }, policy)
        .map((f) => f.messageId)
        .sort(),
    ).toEqual(['roster.leave-approved-late', 'roster.leave-wrong-approver']);
    const sick = { ...roster.leave[0]!, kind: 'sick' as const, approvedAt: '2026-12-31T20:00:00+08:00' };
    expect(findingsOf(RULE, { ...roster, leave: [sick] }, policy)).toEqual([]);
  });
});
