import type { FindingSubject } from '../../diagnostics/finding.js';
import { isClauseId, type ClauseId } from '../../policy/clause-ids.js';
import type { ResolvedPolicy } from '../../policy/resolve.js';
import type { HandoverState } from '../derive.js';

/** What a handover rule reads: one handover as folded, the policy, and the instant of the check. */
export interface HandoverRuleContext {
  readonly handover: HandoverState;
  readonly policy: ResolvedPolicy;
  /** ISO 8601 with an offset. */
  readonly now: string;
}

/** The subject every handover finding starts from: the record and its outgoing shift instance. */
export function handoverSubject(handover: HandoverState, extra: FindingSubject = {}): FindingSubject {
  const shift = handover.opened?.outgoingShift.key;
  return {
    record: handover.handoverId ?? '',
    ...(shift === undefined ? {} : { shiftInstances: [shift] }),
    ...extra,
  };
}

/**
 * The clauses a policy cites for one of its values, kept to those the rule
 * enforces; the rule's own clauses when the policy cites none of them.
 */
export function narrowedClauses(
  policy: ResolvedPolicy,
  path: string,
  ruleClauses: readonly ClauseId[],
): readonly ClauseId[] {
  const cited = (policy.citations[path] ?? [])
    .filter(isClauseId)
    .filter((clause) => ruleClauses.includes(clause));
  return cited.length > 0 ? cited : ruleClauses;
}

/** True once both parties have signed. */
export function signedByBoth(handover: HandoverState): boolean {
  return handover.phase === 'signed-by-both' || handover.phase === 'countersigned';
}
