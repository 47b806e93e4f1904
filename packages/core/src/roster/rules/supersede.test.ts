import { describe, expect, it } from 'vitest';
import type { Publication } from '../document.js';
import { findingsOf, holder, scenario, omit } from './rule-test-helpers.js';

const RULE = 'roster/supersede';

function version(first: Publication, number: number, publishedAt: string, supersedes?: number): Publication {
  const rest = omit(first, 'supersedes');
  return {
    ...rest,
    version: number,
    ...(supersedes !== undefined && { supersedes }),
    preparedAt: publishedAt,
    reviewedAt: publishedAt,
    publishedAt,
  };
}

describe('roster/supersede (CSD-1.1.7)', () => {
  it('CSD-1.1.7: each new version names the one it replaces and comes out after it', () => {
    const { roster, policy } = scenario('cs-department');
    const first = roster.publications[0]!;
    const manager = holder(roster, 'department-manager');
    const history = [
      first,
      { ...version(first, 2, '2026-12-05T10:00:00+08:00', 1), reviewedBy: manager },
      { ...version(first, 3, '2026-12-12T10:00:00+08:00', 2), reviewedBy: manager },
    ];
    expect(findingsOf(RULE, { ...roster, publications: history }, policy)).toEqual([]);
  });

  it('CSD-1.1.7: a version that supersedes nothing, the wrong version, or comes out first is reported', () => {
    const { roster, policy } = scenario('cs-department');
    const first = roster.publications[0]!;
    const history = [
      first,
      version(first, 2, '2026-12-05T10:00:00+08:00'),
      version(first, 3, '2026-12-04T10:00:00+08:00', 1),
    ];
    const findings = findingsOf(RULE, { ...roster, publications: history }, policy);
    expect(findings.map((f) => [f.messageId, f.params['version']])).toEqual([
      ['roster.published-out-of-order', 3],
      ['roster.supersedes-missing', 2],
      ['roster.supersedes-wrong', 3],
    ]);
    expect(findings.every((f) => f.clauses.includes('CSD-1.1.7'))).toBe(true);
  });
});
