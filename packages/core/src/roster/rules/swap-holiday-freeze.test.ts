import { describe, expect, it } from 'vitest';
import { findingsOf, scenario } from './rule-test-helpers.js';

const RULE = 'swap/holiday-freeze';

describe('swap/holiday-freeze (CSD-7.7)', () => {
  it('CSD-7.7: swaps and leave away from the holiday pass', () => {
    const { roster, policy } = scenario('cs-department', { publicHolidays: ['2026-12-25'] });
    expect(findingsOf(RULE, roster, policy)).toEqual([]);
  });

  it('CSD-7.7: a swap of holiday duty is reported', () => {
    const { roster, policy } = scenario('cs-department');
    const swap = roster.swaps[0]!;
    const holiday = swap.exchanged[0]!.date;
    expect(findingsOf(RULE, { ...roster, publicHolidays: [holiday] }, policy)).toEqual([
      expect.objectContaining({
        messageId: 'roster.swap-on-holiday',
        params: { swap: swap.id, date: holiday },
        clauses: ['CSD-7.7'],
      }),
    ]);
  });

  it('CSD-7.7: annual leave on a holiday is reported; sick leave is not', () => {
    const { roster, policy } = scenario('cs-department', { publicHolidays: ['2026-12-25'] });
    const annual = { staff: 'S002', dates: ['2026-12-25'], kind: 'annual' as const };
    const sick = { staff: 'S003', dates: ['2026-12-25'], kind: 'sick' as const };
    const findings = findingsOf(RULE, { ...roster, leave: [annual, sick] }, policy);
    expect(findings.map((f) => [f.messageId, f.params['staff']])).toEqual([
      ['roster.leave-on-holiday', 'S002'],
    ]);
  });

  it('CSD-7.7: a policy without the freeze (REG7) does not check it', () => {
    const { roster, policy } = scenario('reg7');
    const holiday = roster.swaps[0]!.exchanged[0]!.date;
    expect(findingsOf(RULE, { ...roster, publicHolidays: [holiday] }, policy)).toEqual([]);
  });
});
