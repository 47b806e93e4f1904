import type { RuleMeta } from '../../diagnostics/rule.js';

/** Every rule of the handover domain, in the order the docs list them. */
export const HANDOVER_RULES: readonly { readonly meta: RuleMeta }[] = [];
