import type { RuleMeta } from '../../diagnostics/rule.js';

/** Every rule of the keys domain, in the order the docs list them. */
export const KEYS_RULES: readonly { readonly meta: RuleMeta }[] = [];
