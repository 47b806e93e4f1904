import { describe, expect, it } from 'vitest';
import type { SwapRequest } from '../document.js';
import { findingsOf, scenario, omit } from './rule-test-helpers.js';

const RULE = 'swap/consecutive';

function another(swap: SwapRequest, date: string): SwapRequest {
  const rest = omit(swap, 'payBack');
  return { ...rest, id: `${swap.id}-b`, exchanged: [{ ...swap.exchanged[0]!, date }] };
}

function shifted(date: string, days: number): string {
  return `2026-12-${String(Number(date.slice(8)) + days).padStart(2, '0')}`;
}

describe('swap/consecutive (CSD-7.4b)', () => {
  it('CSD-7.4b: two swaps two days apart are not consecutive', () => {
    const { roster, policy } = scenario('cs-department');
    const swap = roster.swaps[0]!;
    const later = another(swap, shifted(swap.exchanged[0]!.date, -2));
    expect(findingsOf(RULE, { ...roster, swaps: [swap, later] }, policy)).toEqual([]);
  });

  it('CSD-7.4b: swapping away shifts on two consecutive days is reported with both instances', () => {
    const { roster, policy } = scenario('cs-department');
    const swap = roster.swaps[0]!;
    const date = swap.exchanged[0]!.date;
    const next = another(swap, shifted(date, 1));
    const findings = findingsOf(RULE, { ...roster, swaps: [swap, next] }, policy);
    expect(findings).toEqual([
      expect.objectContaining({
        messageId: 'roster.swap-consecutive',
        params: expect.objectContaining({ staff: swap.requester }) as unknown,
        subject: expect.objectContaining({ dates: [date, shifted(date, 1)] }) as unknown,
        clauses: ['CSD-7.4b'],
      }),
    ]);
  });

  it('CSD-7.4b: one shift swapped away twice names the swaps by id, whatever the order of the swap rows', () => {
    const { roster, policy } = scenario('cs-department');
    const swap = roster.swaps[0]!;
    const date = swap.exchanged[0]!.date;
    const again = { ...another(swap, date), id: 'SW-0' };
    const named = (swaps: SwapRequest[]) =>
      findingsOf(RULE, { ...roster, swaps }, policy).map((f) => f.params['swaps']);
    expect(named([swap, again])).toEqual([`SW-0, ${swap.id}`]);
    expect(named([again, swap])).toEqual([`SW-0, ${swap.id}`]);
  });

  it('CSD-7.4b: a policy that allows consecutive swaps (CCS) does not check it', () => {
    const { roster, policy } = scenario('call-centre');
    const swap = roster.swaps[0]!;
    const next = another(swap, shifted(swap.exchanged[0]!.date, 1));
    expect(findingsOf(RULE, { ...roster, swaps: [swap, next] }, policy)).toEqual([]);
  });
});
