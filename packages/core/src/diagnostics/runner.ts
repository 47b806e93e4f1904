import type { SeveritySetting } from '../policy/schema.js';
import type { Finding, Severity } from './finding.js';
import type { Rule } from './rule.js';

export interface RunOptions {
  /** Per-rule severity overrides from the policy (`off` silences a rule). */
  readonly severity?: Readonly<Record<string, SeveritySetting>>;
}

/** Thrown when a rule reports a message it did not declare: a bug in the rule, not in the data. */
export class RuleContractError extends Error {
  constructor(
    readonly rule: string,
    readonly messageId: string,
  ) {
    super(`Rule ${rule} reported undeclared message ${messageId}`);
    this.name = 'RuleContractError';
  }
}

/** Applies each rule to the context and returns every finding, in a stable order. */
export function runRules<Context>(
  rules: readonly Rule<Context>[],
  context: Context,
  options: RunOptions = {},
): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const { meta } = rule;
    const setting = options.severity?.[meta.id] ?? meta.defaultSeverity;
    if (setting === 'off') continue;
    for (const report of rule.check(context)) {
      if (!meta.messages.includes(report.messageId)) {
        throw new RuleContractError(meta.id, report.messageId);
      }
      findings.push({
        rule: meta.id,
        clauses: report.clauses ?? meta.clauses,
        severity: setting,
        messageId: report.messageId,
        params: report.params ?? {},
        subject: report.subject,
      });
    }
  }
  return sortFindings(findings);
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warn: 1 };

/** A finding with its sort key computed once, for sorting and merging. */
export interface KeyedFinding {
  readonly finding: Finding;
  readonly key: string;
}

/** The part of the order after severity and rule: subject, then message and params. */
export function findingSortKey(finding: Finding): string {
  return JSON.stringify([finding.subject, finding.messageId, finding.params]);
}

/** Errors first, then by rule id, then by subject, so output never depends on input row order. */
export function compareKeyedFindings(a: KeyedFinding, b: KeyedFinding): number {
  return (
    SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] ||
    compare(a.finding.rule, b.finding.rule) ||
    compare(a.key, b.key)
  );
}

/** Findings in the runner's order (see `compareKeyedFindings`). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const keyed = findings.map((finding) => ({ finding, key: findingSortKey(finding) }));
  keyed.sort(compareKeyedFindings);
  return keyed.map(({ finding }) => finding);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Counts findings by severity, for summaries and exit codes. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warn: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}
