import { describe, expect, it } from 'vitest';
import { findingsOf, scenario, withAssignments } from './rule-test-helpers.js';

const RULE = 'roster/reserve';

describe('roster/reserve (CCS-6.1.4)', () => {
  it('CCS-6.1.4: a day with someone on the rota free and reachable passes', () => {
    const { roster, policy } = scenario('call-centre');
    expect(policy.roster.reserveHeadcount).toBe(1);
    expect(findingsOf(RULE, roster, policy)).toEqual([]);
  });

  it('CCS-6.1.4: a day with fewer free people than the reserve is reported, naming them', () => {
    const { roster } = scenario('call-centre');
    const { policy } = scenario('call-centre', {}, { roster: { reserveHeadcount: 40 } });
    const findings = findingsOf(RULE, roster, policy);
    expect(findings).toHaveLength(31);
    const first = findings.find((f) => f.params['date'] === '2026-12-01')!;
    expect(first).toMatchObject({
      messageId: 'roster.reserve-short',
      params: { required: 40 },
      clauses: ['CCS-6.1.4'],
    });
    // Managers without shifts are not the reserve; people working that day are not either.
    const working = new Set(roster.assignments.filter((a) => a.date === '2026-12-01').map((a) => a.staff));
    for (const id of first.subject.staff ?? []) {
      expect(id.startsWith('S')).toBe(true);
      expect(working.has(id)).toBe(false);
    }
  });

  it('CCS-6.1.4: someone on leave is not reserve', () => {
    const { roster, policy } = scenario('call-centre', {}, { roster: { reserveHeadcount: 1 } });
    const working = new Set(roster.assignments.filter((a) => a.date === '2026-12-02').map((a) => a.staff));
    const free = roster.staff.filter((m) => m.id.startsWith('S') && !working.has(m.id)).map((m) => m.id);
    const leave = free.map((staff) => ({ staff, dates: ['2026-12-02'], kind: 'sick' as const }));
    const onLeave = withAssignments({ ...roster, leave: [...roster.leave, ...leave] }, (rows) => rows);
    expect(findingsOf(RULE, onLeave, policy).map((f) => f.params['date'])).toEqual(['2026-12-02']);
  });

  it('CCS-6.1.4: a policy with no reserve (REG7) does not check it', () => {
    const { roster, policy } = scenario('reg7');
    expect(findingsOf(RULE, roster, policy)).toEqual([]);
  });
});
