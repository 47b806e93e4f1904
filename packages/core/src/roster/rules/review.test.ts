import { describe, expect, it } from 'vitest';
import { findingsOf, holder, scenario, omit } from './rule-test-helpers.js';

const RULE = 'roster/review';

describe('roster/review (REG7-4.2, TKC-4.1A)', () => {
  it('REG7-4.2: a roster reviewed by the supervisor before it is published passes', () => {
    const { roster, policy } = scenario('reg7');
    expect(roster.publications[0]?.reviewedBy).toBe(holder(roster, 'cs-supervisor'));
    expect(findingsOf(RULE, roster, policy)).toEqual([]);
  });

  it('REG7-4.2: an unreviewed roster is reported', () => {
    const { roster, policy } = scenario('reg7');
    const unreviewed = omit(roster.publications[0]!, 'reviewedBy', 'reviewedAt');
    expect(findingsOf(RULE, { ...roster, publications: [unreviewed] }, policy)).toEqual([
      expect.objectContaining({
        messageId: 'roster.review-missing',
        params: { version: 1, role: 'cs-supervisor' },
        clauses: ['REG7-4.2'],
      }),
    ]);
  });

  it('REG7-4.2: a reviewer without the role, a review after publication and after the month began are each reported', () => {
    const { roster, policy } = scenario('reg7');
    const version = {
      ...roster.publications[0]!,
      reviewedBy: 'S002',
      reviewedAt: '2026-12-02T09:00:00+08:00',
    };
    const ids = findingsOf(RULE, { ...roster, publications: [version] }, policy).map((f) => f.messageId);
    expect(ids.sort()).toEqual([
      'roster.review-out-of-order',
      'roster.reviewed-late',
      'roster.reviewer-wrong-role',
    ]);
  });

  it('CSG-4.2: an estate team needs no separate review (the rule is off)', () => {
    const { roster, policy } = scenario('estate-group');
    const unreviewed = omit(roster.publications[0]!, 'reviewedBy', 'reviewedAt');
    expect(policy.roster.reviewRequired).toBe(false);
    expect(findingsOf(RULE, { ...roster, publications: [unreviewed] }, policy)).toEqual([]);
  });

  it('TKC-4.1A: the reviewed roster is reported to the project head', () => {
    const { roster, policy } = scenario('taikoo-front-desk');
    expect(findingsOf(RULE, roster, policy)).toEqual([]);
    const head = holder(roster, 'project-head');
    const version = roster.publications[0]!;
    const unreported = {
      ...version,
      notified: { ...version.notified, staff: version.notified.staff.filter((id) => id !== head) },
    };
    expect(findingsOf(RULE, { ...roster, publications: [unreported] }, policy)).toEqual([
      expect.objectContaining({
        messageId: 'roster.not-reported',
        params: { version: 1, role: 'project-head' },
        clauses: ['TKC-4.1A'],
      }),
    ]);
  });
});
