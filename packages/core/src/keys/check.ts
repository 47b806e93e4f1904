import type { Finding } from '../diagnostics/finding.js';
import { runRules } from '../diagnostics/runner.js';
import type { SealedEntry } from '../journal/entry.js';
import type { ResolvedPolicy } from '../policy/resolve.js';
import { isoIn, type Instant } from '../handover/timing.js';
import { foldKeyRegister } from './register.js';
import { KEYS_RULES } from './rules/index.js';

/** Runs the key register rules over the entries at `now`, with the policy's severity settings. */
export function checkKeys(
  entries: readonly SealedEntry[],
  policy: ResolvedPolicy,
  options: { readonly now: Instant },
): Finding[] {
  const now = isoIn(options.now, policy.timeZone);
  return runRules(
    KEYS_RULES,
    { register: foldKeyRegister(entries), policy, now },
    { severity: policy.severity },
  );
}
