import type { Finding } from '../diagnostics/finding.js';
import { runRules, sortFindings } from '../diagnostics/runner.js';
import type { SealedEntry } from '../journal/entry.js';
import type { ResolvedPolicy } from '../policy/resolve.js';
import { foldHandover, foldHandovers } from './reduce.js';
import { HANDOVER_RULES } from './rules/index.js';
import { isoIn, type Instant } from './timing.js';

export interface CheckHandoverOptions {
  /** The instant of the check, from the injected clock: deadlines are measured against it. */
  readonly now: Instant;
  /** Check this handover only; every handover opened in the entries when omitted. */
  readonly handoverId?: string;
}

/**
 * Runs the handover rules over every handover in the entries (or the one
 * named), with the policy's severity settings. Findings come sorted, errors first.
 */
export function checkHandover(
  entries: readonly SealedEntry[],
  policy: ResolvedPolicy,
  options: CheckHandoverOptions,
): Finding[] {
  const now = isoIn(options.now, policy.timeZone);
  const { handoverId } = options;
  const handovers =
    handoverId === undefined
      ? foldHandovers(entries, policy)
      : [foldHandover(entries, policy, { handoverId })].filter((handover) => handover.opened !== undefined);
  return sortFindings(
    handovers.flatMap((handover) =>
      runRules(HANDOVER_RULES, { handover, policy, now }, { severity: policy.severity }),
    ),
  );
}
