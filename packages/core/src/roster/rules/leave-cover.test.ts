import { describe, expect, it } from 'vitest';
import { findingsOf, scenario } from './rule-test-helpers.js';

const RULE = 'swap/leave-cover';

describe('swap/leave-cover (TKC-4.2C)', () => {
  it('TKC-4.2C: leave whose shift was given to a substitute passes', () => {
    const { roster, policy } = scenario('taikoo-front-desk');
    expect(findingsOf(RULE, roster, policy)).toEqual([]);
  });

  it('TKC-4.2C: a person on leave still rostered that day is reported with the shift that needs cover', () => {
    const { roster, policy } = scenario('taikoo-front-desk');
    const row = roster.assignments.find((a) => a.date === '2026-12-14')!;
    const leave = { ...roster.leave[0]!, staff: row.staff, dates: ['2026-12-14'] };
    expect(findingsOf(RULE, { ...roster, leave: [leave] }, policy)).toEqual([
      expect.objectContaining({
        messageId: 'roster.leave-not-covered',
        params: { staff: row.staff, date: '2026-12-14', instance: `2026-12-14/${row.shift}/front-desk` },
        clauses: ['TKC-4.2C'],
      }),
    ]);
  });
});
