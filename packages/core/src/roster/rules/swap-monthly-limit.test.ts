import { describe, expect, it } from 'vitest';
import type { SwapRequest } from '../document.js';
import { findingsOf, scenario } from './rule-test-helpers.js';

const RULE = 'swap/monthly-limit';

function copies(swap: SwapRequest, count: number): SwapRequest[] {
  return Array.from({ length: count }, (_, i) => ({ ...swap, id: `${swap.id}-${i + 1}` }));
}

describe('swap/monthly-limit (CSD-7.4a)', () => {
  it('CSD-7.4a: three swaps in a month are allowed', () => {
    const { roster, policy } = scenario('cs-department');
    expect(findingsOf(RULE, { ...roster, swaps: copies(roster.swaps[0]!, 3) }, policy)).toEqual([]);
  });

  it('CSD-7.4a: a fourth swap is reported for both people in it', () => {
    const { roster, policy } = scenario('cs-department');
    const swap = roster.swaps[0]!;
    const findings = findingsOf(RULE, { ...roster, swaps: copies(swap, 4) }, policy);
    expect(findings.map((f) => f.params['staff']).sort()).toEqual([swap.counterpart, swap.requester].sort());
    expect(findings[0]).toMatchObject({
      messageId: 'roster.swap-limit',
      params: { count: 4, limit: 3 },
      clauses: ['CSD-7.4a'],
    });
  });

  it('CSD-7.4a: the swaps counted are listed by date, then id, whatever the order of the swap rows', () => {
    const { roster, policy } = scenario('cs-department', {}, { swaps: { monthlyLimit: 1 } });
    const swap = roster.swaps[0]!;
    const on = (id: string, date: string): SwapRequest => ({
      ...swap,
      id,
      exchanged: [{ ...swap.exchanged[0]!, date }],
    });
    // SW-B is the earlier swap; SW-A and SW-C fall on the same day, so their ids decide.
    const rows = [on('SW-C', '2026-12-20'), on('SW-A', '2026-12-20'), on('SW-B', '2026-12-05')];
    const listed = (swaps: SwapRequest[]) =>
      findingsOf(RULE, { ...roster, swaps }, policy).map((f) => [f.params['staff'], f.params['swaps']]);
    const expected = [swap.requester, swap.counterpart].sort().map((staff) => [staff, 'SW-B, SW-A, SW-C']);
    expect(listed(rows)).toEqual(expected);
    expect(listed([...rows].reverse())).toEqual(expected);
  });

  it('CSD-7.4a: swaps within the limit are not listed in any order', () => {
    const { roster, policy } = scenario('cs-department', {}, { swaps: { monthlyLimit: 3 } });
    const rows = copies(roster.swaps[0]!, 3);
    expect(findingsOf(RULE, { ...roster, swaps: rows }, policy)).toEqual([]);
    expect(findingsOf(RULE, { ...roster, swaps: [...rows].reverse() }, policy)).toEqual([]);
  });

  it('CSD-7.4a: a limit of 0 allows no swap at all', () => {
    const { roster } = scenario('cs-department');
    const { policy } = scenario('cs-department', {}, { swaps: { monthlyLimit: 0 } });
    expect(findingsOf(RULE, roster, policy)).toHaveLength(2);
  });
});
