import { describe, expect, it } from 'vitest';
import { findingsOf, scenario, withAssignments } from './rule-test-helpers.js';

const RULE = 'swap/handed-over';

describe('swap/handed-over (CSD-7.5, CSM-7)', () => {
  it('CSD-7.5: a swap the roster shows (counterpart on the shift, requester on the pay-back) passes', () => {
    const { roster, policy } = scenario('cs-department');
    expect(findingsOf(RULE, roster, policy)).toEqual([]);
  });

  it('CSD-7.5: a swap the roster does not show (requester still listed) is reported', () => {
    const { roster, policy } = scenario('cs-department');
    const swap = roster.swaps[0]!;
    const taken = swap.exchanged[0]!;
    const month = withAssignments(roster, (rows) =>
      rows.map((a) =>
        a.date === taken.date && a.shift === taken.shift && a.staff === swap.counterpart
          ? { ...a, staff: swap.requester }
          : a,
      ),
    );
    expect(findingsOf(RULE, month, policy)).toEqual([
      expect.objectContaining({
        messageId: 'roster.swap-not-applied',
        params: {
          swap: swap.id,
          instance: `${taken.date}/${taken.shift}/front-desk`,
          staff: swap.requester,
          expected: swap.counterpart,
        },
        clauses: ['CSD-7.5'],
      }),
    ]);
  });

  it('CSM-7: a swap that leaves its shift empty holds both parties answerable', () => {
    const { roster, policy } = scenario('call-centre');
    const swap = roster.swaps[0]!;
    const back = swap.payBack!;
    const month = withAssignments(roster, (rows) =>
      rows.filter((a) => !(a.date === back.date && a.shift === back.shift && a.staff === swap.requester)),
    );
    expect(findingsOf(RULE, month, policy)).toEqual([
      expect.objectContaining({
        messageId: 'roster.swap-shift-empty',
        subject: expect.objectContaining({ staff: [swap.counterpart, swap.requester].sort() }) as unknown,
        clauses: ['CSD-7.5', 'CSM-7'],
      }),
    ]);
  });
});
