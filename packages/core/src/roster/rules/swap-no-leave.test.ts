import { describe, expect, it } from 'vitest';
import { findingsOf, scenario } from './rule-test-helpers.js';

const RULE = 'swap/no-leave';

describe('swap/no-leave (CSD-7.6)', () => {
  it('CSD-7.6: leave on other days than the swap’s passes', () => {
    const { roster, policy } = scenario('cs-department');
    expect(roster.leave).toHaveLength(1);
    expect(findingsOf(RULE, roster, policy)).toEqual([]);
  });

  it('CSD-7.6: leave on the pay-back day is reported', () => {
    const { roster, policy } = scenario('cs-department');
    const swap = roster.swaps[0]!;
    const leave = { staff: swap.requester, dates: [swap.payBack!.date], kind: 'personal' as const };
    expect(findingsOf(RULE, { ...roster, leave: [...roster.leave, leave] }, policy)).toEqual([
      expect.objectContaining({
        messageId: 'roster.swap-leave',
        params: { swap: swap.id, staff: swap.requester, date: swap.payBack!.date },
        clauses: ['CSD-7.6'],
      }),
    ]);
  });

  it('CSD-7.6: a policy without the rule (CCS) does not check it', () => {
    const { roster, policy } = scenario('call-centre');
    const swap = roster.swaps[0]!;
    const leave = { staff: swap.counterpart, dates: [swap.exchanged[0]!.date], kind: 'personal' as const };
    expect(findingsOf(RULE, { ...roster, leave: [...roster.leave, leave] }, policy)).toEqual([]);
  });
});
