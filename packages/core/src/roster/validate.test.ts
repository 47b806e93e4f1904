import { describe, expect, it } from 'vitest';
import { resolvePolicy } from '../policy/resolve.js';
import { PRESET_IDS } from '../policy/presets/index.js';
import { cleanMonth } from './fixtures/clean-month.js';
import { RosterError } from './roster-error.js';
import { ROSTER_RULES } from './rules/index.js';
import { validateRoster } from './validate.js';

describe('validateRoster', () => {
  it.each(PRESET_IDS)('%s: a clean month raises no false alarm, before and during the month', (id) => {
    const policy = resolvePolicy(id);
    const roster = cleanMonth(id, '2026-12', { publicHolidays: ['2026-12-25', '2026-12-26'] });
    for (const now of [undefined, '2026-11-28T09:00:00+08:00', '2026-12-15T12:00:00+08:00']) {
      expect(validateRoster(roster, policy, now === undefined ? {} : { now }).findings).toEqual([]);
    }
  });

  it('returns the findings in the same order whatever the order of the rows', () => {
    const policy = resolvePolicy('reg7');
    const roster = cleanMonth('reg7', '2026-12');
    const broken = { ...roster, assignments: roster.assignments.filter((_, i) => i % 5 !== 0) };
    const shuffled = { ...broken, assignments: [...broken.assignments].reverse() };
    const findings = validateRoster(broken, policy).findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(validateRoster(shuffled, policy).findings).toEqual(findings);
  });

  it('applies the policy severities: off silences a rule, warn softens it', () => {
    const roster = cleanMonth('reg7', '2026-12');
    const broken = { ...roster, assignments: roster.assignments.slice(2) };
    const loud = validateRoster(broken, resolvePolicy('reg7')).findings;
    expect(loud.some((f) => f.rule === 'roster/coverage' && f.severity === 'error')).toBe(true);
    const soft = validateRoster(
      broken,
      resolvePolicy('reg7', { severity: { 'roster/coverage': 'warn' } }),
    ).findings;
    expect(soft.filter((f) => f.rule === 'roster/coverage').every((f) => f.severity === 'warn')).toBe(true);
    const off = validateRoster(
      broken,
      resolvePolicy('reg7', { severity: { 'roster/coverage': 'off' } }),
    ).findings;
    expect(off.some((f) => f.rule === 'roster/coverage')).toBe(false);
  });

  it('refuses a roster whose rows do not resolve', () => {
    const roster = cleanMonth('reg7', '2026-12');
    expect(() => validateRoster(roster, resolvePolicy('call-centre'))).toThrow(RosterError);
  });

  it('every finding carries its clauses, people or path, and a report beside it', () => {
    const roster = cleanMonth('call-centre', '2026-12');
    const broken = { ...roster, assignments: roster.assignments.slice(40) };
    const { findings, report } = validateRoster(broken, resolvePolicy('call-centre'));
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(finding.clauses.length).toBeGreaterThan(0);
      expect(Object.keys(finding.subject).length).toBeGreaterThan(0);
    }
    expect(report.counts.error + report.counts.warn).toBe(findings.length);
  });

  it('has one rule per id, each declared in the roster or swap domain', () => {
    const ids = ROSTER_RULES.map((rule) => rule.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of ROSTER_RULES) expect(rule.meta.id.startsWith(`${rule.meta.domain}/`)).toBe(true);
  });
});
