import { describe, expect, it } from 'vitest';
import type { Publication } from '../document.js';
import { findingsOf, holder, scenario, omit } from './rule-test-helpers.js';

const RULE = 'roster/change-approval';

function changed(first: Publication, patch: Partial<Publication>): Publication {
  return {
    ...first,
    version: 2,
    supersedes: 1,
    preparedAt: '2026-12-08T09:00:00+08:00',
    reviewedAt: '2026-12-08T10:00:00+08:00',
    publishedAt: '2026-12-08T11:00:00+08:00',
    changeReason: 'S003 on sick leave',
    ...patch,
  };
}

describe('roster/change-approval (CSD-1.1.5)', () => {
  it('CSD-1.1.5: a change approved by the department manager before it is published passes', () => {
    const { roster, policy } = scenario('cs-department');
    const first = roster.publications[0]!;
    const change = changed(first, { reviewedBy: holder(roster, 'department-manager') });
    expect(findingsOf(RULE, { ...roster, publications: [first, change] }, policy)).toEqual([]);
  });

  it('CSD-1.1.5: a change without a recorded approval is reported', () => {
    const { roster, policy } = scenario('cs-department');
    const first = roster.publications[0]!;
    const change = omit(changed(first, {}), 'reviewedBy', 'reviewedAt');
    expect(findingsOf(RULE, { ...roster, publications: [first, change] }, policy)).toEqual([
      expect.objectContaining({
        messageId: 'roster.change-not-approved',
        params: { version: 2 },
        clauses: ['CSD-1.1.5'],
      }),
    ]);
  });

  it('CSD-1.1.5: a change published before it was approved is reported', () => {
    const { roster, policy } = scenario('cs-department');
    const first = roster.publications[0]!;
    const change = changed(first, {
      reviewedBy: holder(roster, 'department-manager'),
      reviewedAt: '2026-12-08T12:00:00+08:00',
    });
    expect(
      findingsOf(RULE, { ...roster, publications: [first, change] }, policy).map((f) => f.messageId),
    ).toEqual(['roster.change-approved-late']);
  });
});
