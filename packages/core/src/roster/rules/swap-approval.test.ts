import { describe, expect, it } from 'vitest';
import { findingsOf, scenario, omit } from './rule-test-helpers.js';

const RULE = 'swap/approval';

describe('swap/approval (CSD-7.3, TKC-4.2C)', () => {
  it('CSD-7.3: a registered swap signed by the department manager before the shift passes', () => {
    const { roster, policy } = scenario('cs-department');
    expect(findingsOf(RULE, roster, policy)).toEqual([]);
  });

  it('CSD-7.3: an unregistered, unapproved swap is reported twice', () => {
    const { roster, policy } = scenario('cs-department');
    const swap = omit(roster.swaps[0]!, 'registeredAt', 'approvedBy', 'approvedAt');
    const findings = findingsOf(RULE, { ...roster, swaps: [swap] }, policy);
    expect(findings.map((f) => [f.messageId, f.clauses])).toEqual([
      ['roster.swap-not-approved', ['CSD-7.3']],
      ['roster.swap-not-registered', ['CSD-7.3']],
    ]);
    expect(findings[0]?.subject).toMatchObject({
      staff: [swap.counterpart, swap.requester].sort(),
      shiftInstances: expect.arrayContaining([
        `${swap.exchanged[0]!.date}/${swap.exchanged[0]!.shift}/front-desk`,
      ]) as unknown,
    });
  });

  it('CSD-7.3: approval by someone without the role, before registration, or after the shift began is reported', () => {
    const { roster, policy } = scenario('cs-department');
    const original = roster.swaps[0]!;
    const swap = {
      ...original,
      approvedBy: 'S001',
      approvedAt: '2026-12-31T23:00:00+08:00',
      registeredAt: '2026-12-31T23:30:00+08:00',
    };
    const ids = findingsOf(RULE, { ...roster, swaps: [swap] }, policy).map((f) => f.messageId);
    expect(ids.sort()).toEqual([
      'roster.swap-approved-before-registration',
      'roster.swap-approved-late',
      'roster.swap-wrong-approver',
    ]);
  });

  it('TKC-4.2C: where private swaps are not allowed, an unapproved swap cites TKC-4.2C', () => {
    const { roster, policy } = scenario('taikoo-front-desk');
    expect(findingsOf(RULE, roster, policy)).toEqual([]);
    const swap = omit(roster.swaps[0]!, 'approvedBy', 'approvedAt');
    expect(findingsOf(RULE, { ...roster, swaps: [swap] }, policy).map((f) => f.clauses)).toEqual([
      ['TKC-4.2C'],
    ]);
  });
});
