import { describe, expect, it } from 'vitest';
import { findingsOf, holder, scenario } from './rule-test-helpers.js';

const RULE = 'roster/prepared-by';

describe('roster/prepared-by (REG7-3.2, CSG-4.2, TKC-4.1A)', () => {
  it('REG7-3.2: a roster prepared by the senior assistant passes', () => {
    const { roster, policy } = scenario('reg7');
    expect(roster.publications[0]?.preparedBy).toBe(holder(roster, 'senior-assistant'));
    expect(findingsOf(RULE, roster, policy)).toEqual([]);
  });

  it('REG7-3.2: a roster prepared by someone without the role is reported, naming them', () => {
    const { roster, policy } = scenario('reg7');
    const version = { ...roster.publications[0]!, preparedBy: 'S001' };
    const findings = findingsOf(RULE, { ...roster, publications: [version] }, policy);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      messageId: 'roster.prepared-by-wrong-role',
      params: { version: 1, staff: 'S001', role: 'senior-assistant' },
      subject: { staff: ['S001'], path: ['publications', 0, 'preparedBy'] },
      clauses: ['REG7-3.2'],
    });
  });

  it('CSG-4.2: at an estate team the supervisor prepares, and the finding cites CSG-4.2', () => {
    const { roster, policy } = scenario('estate-group');
    expect(findingsOf(RULE, roster, policy)).toEqual([]);
    const version = { ...roster.publications[0]!, preparedBy: 'S001' };
    expect(findingsOf(RULE, { ...roster, publications: [version] }, policy)[0]?.clauses).toEqual(['CSG-4.2']);
  });

  it('TKC-4.1A: at Taikoo City the front-desk supervisor drafts the roster', () => {
    const { roster, policy } = scenario('taikoo-front-desk');
    expect(findingsOf(RULE, roster, policy)).toEqual([]);
    const version = { ...roster.publications[0]!, preparedBy: 'S002' };
    expect(findingsOf(RULE, { ...roster, publications: [version] }, policy)[0]?.clauses).toEqual([
      'TKC-4.1A',
    ]);
  });
});
