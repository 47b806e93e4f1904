import { describe, expect, it } from 'vitest';
import { findingsOf, scenario, omit } from './rule-test-helpers.js';

const RULE = 'roster/publication';

describe('roster/publication (CSD-1.1.4)', () => {
  it('CSD-1.1.4: a roster sent to the departments and to everyone on it passes', () => {
    const { roster, policy } = scenario('cs-department');
    expect(findingsOf(RULE, roster, policy, '2026-12-05T08:00:00+08:00')).toEqual([]);
  });

  it('CSD-1.1.4: people on the roster who were not sent it are named', () => {
    const { roster, policy } = scenario('cs-department');
    const version = roster.publications[0]!;
    const partial = {
      ...version,
      notified: {
        departments: [],
        staff: version.notified.staff.filter((id) => id !== 'S002' && id !== 'S005'),
      },
    };
    const findings = findingsOf(RULE, { ...roster, publications: [partial] }, policy);
    expect(findings.map((f) => f.messageId).sort()).toEqual([
      'roster.departments-not-notified',
      'roster.staff-not-notified',
    ]);
    expect(findings.find((f) => f.messageId === 'roster.staff-not-notified')).toMatchObject({
      params: { version: 1, count: 2, staff: 'S002, S005' },
      subject: { staff: ['S002', 'S005'] },
      clauses: ['CSD-1.1.4'],
    });
  });

  it('CSD-1.1.4: a month that has begun on an unpublished roster is reported; a draft before then is not', () => {
    const { roster, policy } = scenario('cs-department');
    const draft = omit(roster.publications[0]!, 'publishedAt');
    const drafted = { ...roster, publications: [draft] };
    expect(findingsOf(RULE, drafted, policy)).toEqual([]);
    expect(findingsOf(RULE, drafted, policy, '2026-11-28T12:00:00+08:00')).toEqual([]);
    expect(findingsOf(RULE, drafted, policy, '2026-12-01T00:00:00+08:00')).toEqual([
      expect.objectContaining({ messageId: 'roster.not-published', params: { month: '2026-12' } }),
    ]);
  });
});
