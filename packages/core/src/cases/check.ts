/**
 * Checks the cases of a journal against the policy at a given instant:
 * folds the entries (or takes a register already folded) and runs every
 * case rule, with the policy's per-rule severities.
 */
import type { Finding } from '../diagnostics/finding.js';
import { runRules } from '../diagnostics/runner.js';
import type { SealedEntry } from '../journal/entry.js';
import type { ResolvedPolicy } from '../policy/resolve.js';
import { parseInstant } from '../time/parse-instant.js';
import { siteClock } from './deadlines.js';
import { foldCases, type CaseRegister } from './register.js';
import { CASE_RULES } from './rules/index.js';

export interface CheckCasesOptions {
  /** The instant of the check, ISO 8601 with an offset, from the injected clock. */
  readonly now: string;
}

/**
 * Every case finding at `now`.
 * @throws {RangeError} when `now` is not an ISO 8601 instant with an offset (a caller's bug, not data).
 */
export function checkCases(
  source: readonly SealedEntry[] | CaseRegister,
  policy: ResolvedPolicy,
  options: CheckCasesOptions,
): Finding[] {
  const nowMs = parseInstant(options.now);
  if (nowMs === undefined) throw new RangeError(`Not an ISO 8601 instant with an offset: ${options.now}`);
  const register = isRegister(source) ? source : foldCases(source, policy);
  const context = { register, policy, now: options.now, nowMs, clock: siteClock(policy.timeZone) };
  return runRules(CASE_RULES, context, { severity: policy.severity });
}

function isRegister(source: readonly SealedEntry[] | CaseRegister): source is CaseRegister {
  return !Array.isArray(source);
}
