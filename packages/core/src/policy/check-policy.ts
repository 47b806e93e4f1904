import type { Finding } from '../diagnostics/finding.js';
import { runRules } from '../diagnostics/runner.js';
import type { ResolvedPolicy } from './resolve.js';
import { POLICY_RULES } from './rules/index.js';

/**
 * Findings about the policy itself: values that are valid one by one but
 * cannot work together (a band no shift can staff, a 24-hour post with a gap).
 */
export function checkPolicy(policy: ResolvedPolicy): Finding[] {
  return runRules(POLICY_RULES, policy, { severity: policy.severity });
}
