import { describe, expect, it } from 'vitest';
import { findingsOf, scenario, omit } from './rule-test-helpers.js';

const RULE = 'roster/holiday-publication';
const HOLIDAY = { publicHolidays: ['2026-12-25'] };

describe('roster/holiday-publication (CSD-1.1.6)', () => {
  it('CSD-1.1.6: a roster covering a holiday published more than a week ahead passes', () => {
    const { roster, policy } = scenario('cs-department', HOLIDAY);
    const version = { ...roster.publications[0]!, publishedAt: '2026-12-18T00:00:00+08:00' };
    expect(findingsOf(RULE, { ...roster, publications: [version] }, policy)).toEqual([]);
  });

  it('CSD-1.1.6: published less than a week before the holiday is reported with the deadline', () => {
    const { roster, policy } = scenario('cs-department', HOLIDAY);
    const version = { ...roster.publications[0]!, publishedAt: '2026-12-18T09:00:00+08:00' };
    expect(findingsOf(RULE, { ...roster, publications: [version] }, policy)).toEqual([
      expect.objectContaining({
        messageId: 'roster.holiday-published-late',
        params: expect.objectContaining({
          holiday: '2026-12-25',
          deadline: '2026-12-18T00:00:00+08:00',
          days: 7,
        }) as unknown,
        subject: { dates: ['2026-12-25'], path: ['publicHolidays'] },
        clauses: ['CSD-1.1.6'],
      }),
    ]);
  });

  it('CSD-1.1.6: an unpublished roster a week before the holiday is reported when `now` is past that', () => {
    const { roster, policy } = scenario('cs-department', HOLIDAY);
    const draft = omit(roster.publications[0]!, 'publishedAt');
    const unpublished = { ...roster, publications: [draft] };
    expect(findingsOf(RULE, unpublished, policy, '2026-12-17T09:00:00+08:00')).toEqual([]);
    expect(
      findingsOf(RULE, unpublished, policy, '2026-12-19T09:00:00+08:00').map((f) => f.messageId),
    ).toEqual(['roster.holiday-not-published']);
  });

  it('CSD-1.1.6: a policy with no lead (REG7) does not check it', () => {
    const { roster, policy } = scenario('reg7', HOLIDAY);
    const version = { ...roster.publications[0]!, publishedAt: '2026-12-24T09:00:00+08:00' };
    expect(findingsOf(RULE, { ...roster, publications: [version] }, policy)).toEqual([]);
  });
});
