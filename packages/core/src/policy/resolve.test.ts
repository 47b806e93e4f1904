import { describe, expect, it } from 'vitest';
import { PolicyError } from './policy-error.js';
import { PRESET_IDS } from './presets/index.js';
import type { Problem } from '../diagnostics/problem.js';
import { reg7 } from './presets/reg7.js';
import { parsePolicyJson, presetOf, resolvePolicy, resolvePolicyFrom } from './resolve.js';

/** Runs `fn`, expects a PolicyError, and returns its problems. */
function problemsOf(fn: () => unknown): readonly Problem[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError);
    return (error as PolicyError).problems;
  }
  throw new Error('expected a PolicyError');
}

const summary = (problems: readonly Problem[]) => problems.map((p) => [p.path.join('.'), p.code]);

describe('resolvePolicy', () => {
  it.each(PRESET_IDS)('resolves the %s preset', (id) => {
    const policy = resolvePolicy(id);
    expect(policy.id).toBe(id);
    expect(policy.shifts.length).toBeGreaterThan(0);
  });

  it('returns a deeply frozen policy', () => {
    const policy = resolvePolicy('reg7');
    expect(Object.isFrozen(policy)).toBe(true);
    expect(Object.isFrozen(policy.handover.inventory)).toBe(true);
    expect(Object.isFrozen(policy.handover.inventory[0])).toBe(true);
    expect(() => {
      (policy.handover as { arriveEarlyMinutes: number }).arriveEarlyMinutes = 0;
    }).toThrow(TypeError);
  });

  it('does not let a caller change a preset through the resolved copy or the overrides', () => {
    const first = resolvePolicy('reg7', { handover: { arriveEarlyMinutes: 30 } });
    const again = resolvePolicy('reg7');
    expect(first.handover.arriveEarlyMinutes).toBe(30);
    expect(again.handover.arriveEarlyMinutes).not.toBe(30);
  });

  it('merges overrides field by field and replaces lists whole', () => {
    const base = resolvePolicy('reg7');
    const policy = resolvePolicy('reg7', {
      handover: {
        arriveEarlyMinutes: 10,
        inventory: [{ id: 'radio', name: base.handover.inventory[0]!.name, expected: 4 }],
      },
    });
    expect(policy.handover.arriveEarlyMinutes).toBe(10);
    expect(policy.handover.outgoingPreparationMinutes).toBe(base.handover.outgoingPreparationMinutes);
    expect(policy.handover.inventory).toHaveLength(1);
    expect(policy.handover.inventory[0]?.expected).toBe(4);
  });

  it('drops the preset citation of a value the site overrides (REG7-9.1 no longer describes it)', () => {
    expect(resolvePolicy('reg7').citations['handover.arriveEarlyMinutes']).toContain('REG7-9.1');
    const policy = resolvePolicy('reg7', { handover: { arriveEarlyMinutes: 10 } });
    expect(policy.citations['handover.arriveEarlyMinutes']).toBeUndefined();
    const cited = resolvePolicy('reg7', {
      handover: { arriveEarlyMinutes: 10 },
      citations: { 'handover.arriveEarlyMinutes': ['HOS-4.1'] },
    });
    expect(cited.citations['handover.arriveEarlyMinutes']).toEqual(['HOS-4.1']);
  });

  it('accepts a stored { preset, overrides } document', () => {
    const policy = resolvePolicy({ preset: 'cs-department', overrides: { swaps: { monthlyLimit: 2 } } });
    expect(policy.id).toBe('cs-department');
    expect(policy.swaps.monthlyLimit).toBe(2);
  });

  it('accepts a full policy object, including one it resolved before', () => {
    const policy = resolvePolicy('estate-group');
    expect(resolvePolicy(policy)).toEqual(policy);
    expect(resolvePolicy(JSON.parse(JSON.stringify(policy)))).toEqual(policy);
  });

  it('applies severity overrides per rule', () => {
    const policy = resolvePolicy('reg7', { severity: { 'policy/coverage-feasible': 'warn' } });
    expect(policy.severity['policy/coverage-feasible']).toBe('warn');
  });
});

describe('resolvePolicy: bad input gives a PolicyError listing every problem', () => {
  it('names an unknown preset and lists the known ones', () => {
    const problems = problemsOf(() => resolvePolicy('reg8'));
    expect(summary(problems)).toEqual([['', 'policy.unknown-preset']]);
    expect(problems[0]?.message.en).toContain('reg7');
    expect(problems[0]?.message['zh-Hant']).toContain('reg8');
  });

  it('names an unknown preset inside a stored document at its path', () => {
    expect(summary(problemsOf(() => resolvePolicy({ preset: 'nope' })))).toEqual([
      ['preset', 'policy.unknown-preset'],
    ]);
  });

  it('reports negative minutes, an unknown field and a bad time together', () => {
    const base = resolvePolicy('reg7');
    const problems = problemsOf(() =>
      resolvePolicy('reg7', {
        handover: { arriveEarlyMinutes: -5, outgoingPreparationMinutes: 15, earlyArrival: 3 },
        shifts: [{ ...base.shifts[0]!, start: '8:00' }],
      } as never),
    );
    expect(summary(problems)).toEqual(
      expect.arrayContaining([
        ['handover.arriveEarlyMinutes', 'input.number-too-small'],
        ['handover.earlyArrival', 'input.unknown-field'],
        ['shifts.0.start', 'input.format.time'],
      ]),
    );
    expect(problems).toHaveLength(3);
  });

  it('tells a wrong value from a missing one', () => {
    const problems = problemsOf(() =>
      resolvePolicy('reg7', { handover: { arriveEarlyMinutes: 'five', faceToFace: 'yes' } } as never),
    );
    expect(summary(problems)).toEqual([
      ['handover.arriveEarlyMinutes', 'input.expected-number'],
      ['handover.faceToFace', 'input.expected-boolean'],
    ]);
  });

  it('rejects a shift whose end equals its start', () => {
    const base = resolvePolicy('reg7');
    const shifts = base.shifts.map((shift, i) => (i === 0 ? { ...shift, end: shift.start } : shift));
    const problems = problemsOf(() => resolvePolicy('reg7', { shifts }));
    expect(summary(problems)).toEqual([['shifts.0.end', 'policy.shift-zero-length']]);
    expect(problems[0]?.message.en).toContain(base.shifts[0]!.id);
  });

  it('rejects a shift that ends the next day without saying it crosses midnight', () => {
    const base = resolvePolicy('reg7');
    const night = { ...base.shifts[0]!, id: 'night', start: '17:30', end: '01:00', crossesMidnight: false };
    const problems = problemsOf(() => resolvePolicy('reg7', { shifts: [...base.shifts, night] }));
    expect(summary(problems)).toEqual([
      [`shifts.${base.shifts.length}.crossesMidnight`, 'policy.shift-midnight-mismatch'],
    ]);
  });

  it('rejects an escalation tier with no role, naming the tier', () => {
    const base = resolvePolicy('reg7');
    const tiers = base.escalation.tiers.map((tier, i) =>
      i === 1 ? { level: tier.level, decides: tier.decides } : tier,
    );
    const problems = problemsOf(() => resolvePolicy('reg7', { escalation: { tiers } } as never));
    expect(summary(problems)).toEqual([['escalation.tiers.1.role', 'policy.tier-without-role']]);
    expect(problems[0]?.message.en).toContain('tier 2');
  });

  it('rejects a role that the policy never defines', () => {
    const problems = problemsOf(() => resolvePolicy('reg7', { swaps: { approverRole: 'night-porter' } }));
    expect(summary(problems)).toEqual([['swaps.approverRole', 'policy.unknown-role']]);
  });

  it('rejects a post staffed by a role the policy never defines (TKC-4.1B)', () => {
    const base = resolvePolicy('taikoo-front-desk');
    const posts = base.posts.map((post) => ({ ...post, staffedBy: ['butler', 'gardener'] }));
    const problems = problemsOf(() => resolvePolicy('taikoo-front-desk', { posts }));
    expect(summary(problems)).toEqual([['posts.0.staffedBy.1', 'policy.unknown-role']]);
  });

  it('rejects a surge step whose upper bound is not above its lower bound (CCS-6.3.2a)', () => {
    const base = resolvePolicy('call-centre');
    const steps = base.escalation.surge.steps.map((step, i) =>
      i === 0 ? { ...step, waitingAtMost: 5 } : step,
    );
    const problems = problemsOf(() => resolvePolicy('call-centre', { escalation: { surge: { steps } } }));
    expect(summary(problems)).toEqual([['escalation.surge.steps.0.waitingAtMost', 'policy.range-inverted']]);
  });

  it('rejects a duplicate shift id', () => {
    const base = resolvePolicy('reg7');
    const problems = problemsOf(() => resolvePolicy('reg7', { shifts: [...base.shifts, base.shifts[0]!] }));
    expect(summary(problems)).toEqual([[`shifts.${base.shifts.length}.id`, 'policy.duplicate-id']]);
  });

  it('rejects a severity override for a rule that does not exist', () => {
    const problems = problemsOf(() => resolvePolicy('reg7', { severity: { 'roster/no-such-rule': 'off' } }));
    expect(summary(problems)).toEqual([['severity.roster/no-such-rule', 'policy.unknown-rule']]);
  });

  it('rejects a severity that is not off, warn or error', () => {
    const problems = problemsOf(() =>
      resolvePolicy('reg7', { severity: { 'policy/coverage-feasible': 'fatal' } } as never),
    );
    expect(summary(problems)).toEqual([['severity.policy/coverage-feasible', 'input.invalid-option']]);
    expect(problems[0]?.message.en).toContain('off, warn, error');
  });

  it('rejects an unknown time zone', () => {
    const problems = problemsOf(() => resolvePolicy('reg7', { timeZone: 'Asia/Kowloon' }));
    expect(summary(problems)).toEqual([['timeZone', 'policy.invalid-time-zone']]);
  });

  it('rejects citations of unknown clauses and of paths the policy does not have', () => {
    const problems = problemsOf(() =>
      resolvePolicy('reg7', {
        citations: { 'handover.arriveEarlyMinutes': ['REG7-99'], 'handover.teaBreak': ['REG7-9.1'] },
      }),
    );
    expect(summary(problems)).toEqual(
      expect.arrayContaining([
        ['citations.handover.arriveEarlyMinutes.0', 'policy.unknown-clause'],
        ['citations.handover.teaBreak', 'policy.citation-path'],
      ]),
    );
  });

  it('rejects overrides that are not an object', () => {
    expect(summary(problemsOf(() => resolvePolicy('reg7', [1, 2])))).toEqual([
      ['', 'policy.invalid-overrides'],
    ]);
  });

  it('rejects something that is not a policy at all, field by field', () => {
    const problems = problemsOf(() => resolvePolicy({ id: 'x' }));
    expect(problems.length).toBeGreaterThan(5);
    expect(problems.every((p) => p.code === 'input.required')).toBe(true);
  });

  it('writes every problem in zh-Hant, zh-Hans and en, and an English summary as the error message', () => {
    try {
      resolvePolicy('reg7', { handover: { arriveEarlyMinutes: -1 }, records: { retentionYears: 0 } });
      expect.unreachable();
    } catch (error) {
      const policyError = error as PolicyError;
      expect(policyError.name).toBe('PolicyError');
      expect(policyError.message).toContain('handover.arriveEarlyMinutes: The value must be at least 0.');
      expect(policyError.message).toContain('records.retentionYears');
      for (const p of policyError.problems) {
        expect(p.message['zh-Hant']).toMatch(/\p{Script=Han}/u);
        expect(p.message['zh-Hans']).toMatch(/\p{Script=Han}/u);
        expect(p.message.en).toMatch(/[a-z]/);
      }
    }
  });
});

describe('parsePolicyJson', () => {
  it('reads a stored document', () => {
    const policy = parsePolicyJson('{"preset":"call-centre","overrides":{"records":{"retentionYears":5}}}');
    expect(policy.records.retentionYears).toBe(5);
  });

  it('reports malformed JSON as a PolicyError, never a raw SyntaxError', () => {
    const problems = problemsOf(() => parsePolicyJson('{"preset": "reg7",'));
    expect(summary(problems)).toEqual([['', 'input.malformed-json']]);
  });
});

describe('resolvePolicyFrom: presets loaded one at a time', () => {
  it('builds the same policy from the one preset it was given as resolvePolicy does from all', () => {
    const document = { preset: 'reg7', overrides: { handover: { arriveEarlyMinutes: 10 } } };
    expect(resolvePolicyFrom({ reg7 }, document)).toEqual(resolvePolicy(document));
    expect(resolvePolicyFrom({ reg7 }, 'reg7')).toEqual(resolvePolicy('reg7'));
  });

  it('reports a known preset that was not loaded, with the preset named, instead of guessing', () => {
    const problems = problemsOf(() => resolvePolicyFrom({ reg7 }, { preset: 'call-centre' }));
    expect(problems.map((p) => [p.path, p.code, p.params])).toEqual([
      [['preset'], 'policy.preset-not-loaded', { preset: 'call-centre' }],
    ]);
    expect(problems[0]?.message['zh-Hant']).toContain('call-centre');
  });

  it('names the preset a policy input builds on, and nothing for a full policy or an unknown name', () => {
    expect(presetOf('cs-department')).toBe('cs-department');
    expect(presetOf({ preset: 'reg7', overrides: {} })).toBe('reg7');
    expect(presetOf(resolvePolicy('reg7'))).toBeUndefined();
    expect(presetOf('no-such-preset')).toBeUndefined();
  });
});
