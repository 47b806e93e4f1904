import { describe, expect, it } from 'vitest';
import { findingsOf, scenario } from './rule-test-helpers.js';

const RULE = 'roster/deadline';

describe('roster/deadline (REG7-4.2, CSG-4.2, TKC-4.1A)', () => {
  it('REG7-4.2: next month’s roster prepared before month end passes', () => {
    const { roster, policy } = scenario('reg7');
    const version = { ...roster.publications[0]!, preparedAt: '2026-11-30T23:59:00+08:00' };
    expect(findingsOf(RULE, { ...roster, publications: [version] }, policy)).toEqual([]);
  });

  it('REG7-4.2: a roster prepared after month end is late, with both instants', () => {
    const { roster, policy } = scenario('reg7');
    const version = { ...roster.publications[0]!, preparedAt: '2026-12-01T09:00:00+08:00' };
    expect(findingsOf(RULE, { ...roster, publications: [version] }, policy)).toEqual([
      expect.objectContaining({
        messageId: 'roster.prepared-late',
        params: {
          version: 1,
          preparedAt: '2026-12-01T09:00:00+08:00',
          deadline: '2026-12-01T00:00:00+08:00',
        },
        clauses: ['REG7-4.2'],
      }),
    ]);
  });

  it('TKC-4.1A: the front-desk roster is due by the 25th; the 26th is late', () => {
    const { roster, policy } = scenario('taikoo-front-desk');
    const onTime = { ...roster.publications[0]!, preparedAt: '2026-11-25T18:00:00+08:00' };
    expect(findingsOf(RULE, { ...roster, publications: [onTime] }, policy)).toEqual([]);
    const late = { ...roster.publications[0]!, preparedAt: '2026-11-26T08:00:00+08:00' };
    const findings = findingsOf(RULE, { ...roster, publications: [late] }, policy);
    expect(findings.map((f) => [f.params['deadline'], f.clauses])).toEqual([
      ['2026-11-26T00:00:00+08:00', ['TKC-4.1A']],
    ]);
  });

  it('CSG-4.2: an estate team with no roster once the deadline has passed is reported (with `now`)', () => {
    const { roster, policy } = scenario('estate-group');
    const draftless = { ...roster, publications: [] };
    expect(findingsOf(RULE, draftless, policy)).toEqual([]);
    expect(findingsOf(RULE, draftless, policy, '2026-11-20T12:00:00+08:00')).toEqual([]);
    expect(findingsOf(RULE, draftless, policy, '2026-12-01T08:00:00+08:00')).toEqual([
      expect.objectContaining({ messageId: 'roster.not-prepared', clauses: ['CSG-4.2'] }),
    ]);
  });

  it('REG7-4.2: only the first version counts; a later change may be prepared during the month', () => {
    const { roster, policy } = scenario('reg7');
    const first = roster.publications[0]!;
    const change = {
      ...first,
      version: 2,
      supersedes: 1,
      preparedAt: '2026-12-10T09:00:00+08:00',
      reviewedAt: '2026-12-10T10:00:00+08:00',
      publishedAt: '2026-12-10T11:00:00+08:00',
    };
    expect(findingsOf(RULE, { ...roster, publications: [change, first] }, policy)).toEqual([]);
  });
});
