import { describe, expect, it } from 'vitest';
import { findingsOf, scenario, withAssignments } from './rule-test-helpers.js';

const RULE = 'roster/qualified-for-post';

describe('roster/qualified-for-post (TKC-4.1B)', () => {
  it('TKC-4.1B: front-desk agents staffing the front desk pass', () => {
    const { roster, policy } = scenario('taikoo-front-desk');
    expect(findingsOf(RULE, roster, policy)).toEqual([]);
  });

  it('TKC-4.1B: someone whose roles may not staff the desk is reported once, with every shift', () => {
    const { roster, policy } = scenario('taikoo-front-desk');
    const staff = roster.staff.map((m) => (m.id === 'S001' ? { ...m, roles: ['security-head'] } : m));
    const findings = findingsOf(RULE, { ...roster, staff }, policy);
    const shifts = roster.assignments.filter((a) => a.staff === 'S001');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      messageId: 'roster.not-qualified',
      params: { staff: 'S001', post: 'front-desk', count: shifts.length },
      clauses: ['TKC-4.1B'],
    });
    expect(findings[0]?.subject.shiftInstances).toHaveLength(shifts.length);
  });

  it('TKC-4.1B: back-office staff may be added at busy times', () => {
    const { roster, policy } = scenario('taikoo-front-desk');
    const helper = { id: 'B01', name: 'Back office', roles: ['back-office'] };
    const extra = { staff: 'B01', date: '2026-12-10', shift: 'middle' };
    const withHelper = withAssignments({ ...roster, staff: [...roster.staff, helper] }, (rows) => [
      ...rows,
      extra,
    ]);
    expect(findingsOf(RULE, withHelper, policy)).toEqual([]);
  });

  it('TKC-4.1B: a person limited to other posts is reported', () => {
    const { roster, policy } = scenario('reg7');
    const staff = roster.staff.map((m) => (m.id === 'S002' ? { ...m, posts: [] } : m));
    expect(findingsOf(RULE, { ...roster, staff }, policy).map((f) => f.params['staff'])).toEqual(['S002']);
  });
});
