import { describe, expect, it } from 'vitest';
import { defineRule, type Rule } from './rule.js';
import { countBySeverity, RuleContractError, runRules, sortFindings } from './runner.js';

interface Roster {
  readonly people: readonly { readonly id: string; readonly hours: number }[];
}

// A rule shaped like the real ones: CCS-6.1.2 caps average weekly hours at 40.
const weeklyHours = defineRule<Roster>({
  meta: {
    id: 'roster/test-hours',
    domain: 'roster',
    clauses: ['CCS-6.1.2'],
    defaultSeverity: 'error',
    summary: { 'zh-Hant': '測試', 'zh-Hans': '测试', en: 'test' },
    messages: ['input.number-too-big'],
    configuredBy: ['roster.maxAverageWeeklyHours'],
  },
  *check(roster) {
    for (const person of roster.people) {
      if (person.hours > 40) {
        yield { messageId: 'input.number-too-big', params: { maximum: 40 }, subject: { staff: [person.id] } };
      }
    }
  },
});

const reserve = defineRule<Roster>({
  meta: {
    id: 'roster/test-reserve',
    domain: 'roster',
    clauses: ['CCS-6.1.4'],
    defaultSeverity: 'warn',
    summary: { 'zh-Hant': '測試', 'zh-Hans': '测试', en: 'test' },
    messages: ['input.too-few-items'],
    configuredBy: [],
  },
  *check(roster) {
    if (roster.people.length < 3) {
      yield { messageId: 'input.too-few-items', params: { minimum: 3 }, subject: {} };
    }
  },
});

const roster: Roster = {
  people: [
    { id: 'chan', hours: 44 },
    { id: 'au', hours: 38 },
  ],
};

describe('runRules', () => {
  it('turns reports into findings carrying rule id, clauses and default severity', () => {
    const findings = runRules([weeklyHours, reserve], roster);
    expect(findings).toEqual([
      {
        rule: 'roster/test-hours',
        clauses: ['CCS-6.1.2'],
        severity: 'error',
        messageId: 'input.number-too-big',
        params: { maximum: 40 },
        subject: { staff: ['chan'] },
      },
      {
        rule: 'roster/test-reserve',
        clauses: ['CCS-6.1.4'],
        severity: 'warn',
        messageId: 'input.too-few-items',
        params: { minimum: 3 },
        subject: {},
      },
    ]);
  });

  it('gives no findings when the data satisfies every rule', () => {
    const fine: Roster = {
      people: [
        { id: 'a', hours: 40 },
        { id: 'b', hours: 36 },
        { id: 'c', hours: 20 },
      ],
    };
    expect(runRules([weeklyHours, reserve], fine)).toEqual([]);
  });

  it('applies the policy severity: off silences a rule, warn/error override the default', () => {
    const findings = runRules([weeklyHours, reserve], roster, {
      severity: { 'roster/test-hours': 'warn', 'roster/test-reserve': 'off' },
    });
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([['roster/test-hours', 'warn']]);
  });

  it('orders findings the same way whatever the order of rules or input rows', () => {
    const shuffled: Roster = { people: [...roster.people].reverse() };
    expect(runRules([reserve, weeklyHours], shuffled)).toEqual(runRules([weeklyHours, reserve], roster));
  });

  it('refuses a message the rule did not declare (a bug in the rule, caught early)', () => {
    const sloppy: Rule<Roster> = {
      meta: weeklyHours.meta,
      check: () => [{ messageId: 'input.required', subject: {} }],
    };
    expect(() => runRules([sloppy], roster)).toThrow(RuleContractError);
  });

  it('lets a report narrow the clauses it breaks', () => {
    const narrow: Rule<Roster> = {
      meta: { ...weeklyHours.meta, clauses: ['CCS-6.1.2', 'CSD-D1'] },
      check: () => [{ messageId: 'input.number-too-big', subject: {}, clauses: ['CSD-D1'] }],
    };
    expect(runRules([narrow], roster)[0]?.clauses).toEqual(['CSD-D1']);
  });
});

describe('sortFindings and countBySeverity', () => {
  it('puts errors before warnings and counts each', () => {
    const findings = runRules([reserve, weeklyHours], roster);
    expect(sortFindings([...findings].reverse())).toEqual(findings);
    expect(countBySeverity(findings)).toEqual({ error: 1, warn: 1 });
  });
});
