import type { RuleMeta } from '../../diagnostics/rule.js';

/** Every rule of the roster domain, in the order the docs list them. */
export const ROSTER_RULES: readonly { readonly meta: RuleMeta }[] = [];
