import { CASE_RULES } from './cases/rules/index.js';
import type { RuleMeta } from './diagnostics/rule.js';
import { HANDOVER_RULES } from './handover/rules/index.js';
import { KEYS_RULES } from './keys/rules/index.js';
import { POLICY_RULES } from './policy/rules/index.js';
import { ROSTER_RULES } from './roster/rules/index.js';

/**
 * Every rule of the product, across domains: the source of truth for which
 * ids a policy's `severity` may name and which pages the docs generate.
 */
export const ALL_RULE_META: readonly RuleMeta[] = [
  ...POLICY_RULES,
  ...ROSTER_RULES,
  ...HANDOVER_RULES,
  ...KEYS_RULES,
  ...CASE_RULES,
].map((rule) => rule.meta);

export { RULE_IDS, type RuleId } from './rule-ids.js';
