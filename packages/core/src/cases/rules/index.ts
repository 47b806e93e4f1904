import type { RuleMeta } from '../../diagnostics/rule.js';

/** Every rule of the cases domain (first-contact responsibility), in the order the docs list them. */
export const CASE_RULES: readonly { readonly meta: RuleMeta }[] = [];
