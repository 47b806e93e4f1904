import { describe, expect, it } from 'vitest';
import { findingsOf, scenario, withAssignments } from './rule-test-helpers.js';

const RULE = 'swap/back-to-back';

describe('swap/back-to-back (CSD-7.4c)', () => {
  it('CSD-7.4c: a swap that leaves both people with a break between shifts passes', () => {
    const { roster, policy } = scenario('cs-department');
    expect(findingsOf(RULE, roster, policy)).toEqual([]);
  });

  it('CSD-7.4c: a counterpart who ends up on two shifts in a row because of the swap is reported', () => {
    const { roster, policy } = scenario('cs-department');
    const swap = roster.swaps[0]!;
    const taken = swap.exchanged[0]!;
    // The shift that starts when the swapped one ends, on the same post.
    const follow: Record<string, string> = { day: 'night', night: 'overnight', overnight: 'day' };
    const next = follow[taken.shift]!;
    const nextDate =
      taken.shift === 'night'
        ? `2026-12-${String(Number(taken.date.slice(8)) + 1).padStart(2, '0')}`
        : taken.date;
    const month = withAssignments(roster, (rows) => [
      ...rows.filter((a) => !(a.date === nextDate && a.shift === next)),
      { staff: swap.counterpart, date: nextDate, shift: next },
    ]);
    const findings = findingsOf(RULE, month, policy);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      messageId: 'roster.swap-back-to-back',
      params: { swap: swap.id, staff: swap.counterpart, first: `${taken.date}/${taken.shift}/front-desk` },
      clauses: ['CSD-7.4c'],
    });
  });

  it('CSD-7.4c: a policy without the ban (REG7) does not check it', () => {
    const { roster, policy } = scenario('reg7');
    const swap = roster.swaps[0]!;
    const taken = swap.exchanged[0]!;
    const month = withAssignments(roster, (rows) => [
      ...rows,
      { staff: swap.counterpart, date: taken.date, shift: 'middle' },
    ]);
    expect(findingsOf(RULE, month, policy)).toEqual([]);
  });
});
