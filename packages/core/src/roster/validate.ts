import type { Finding } from '../diagnostics/finding.js';
import { runRules } from '../diagnostics/runner.js';
import type { ResolvedPolicy } from '../policy/resolve.js';
import { buildRosterContext, type RosterContext, type ValidateOptions } from './context.js';
import type { Roster } from './document.js';
import { rosterReport, type RosterReport } from './report.js';
import { ROSTER_RULES } from './rules/index.js';

/** The outcome of a roster check: findings (errors first, in a stable order) and the report. */
export interface RosterValidation {
  readonly findings: readonly Finding[];
  readonly report: RosterReport;
}

/**
 * Checks a roster against every `roster/*` and `swap/*` rule under
 * `policy`, with the policy's per-rule severities (`off` silences a rule).
 *
 * `options.now` (ISO 8601 with offset) is the moment of the check: with it,
 * a roster not yet prepared or published past its deadline is reported;
 * without it, the documents are judged on their own (a draft is not late).
 *
 * @throws {RosterError} when the roster does not resolve against the policy
 *   (use `parseRoster` first to get those problems as data).
 */
export function validateRoster(
  roster: Roster,
  policy: ResolvedPolicy,
  options: ValidateOptions = {},
): RosterValidation {
  return checkRosterContext(buildRosterContext(roster, policy, options));
}

/** Runs every rule over indexes already built. */
export function checkRosterContext(context: RosterContext): RosterValidation {
  const findings = runRules(ROSTER_RULES, context, { severity: context.policy.severity });
  return { findings, report: rosterReport(context, findings) };
}
