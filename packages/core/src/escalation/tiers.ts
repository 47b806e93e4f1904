/**
 * The reporting chain of a policy (`escalation.tiers`), read the same way by
 * escalation decisions and by the case rules that need "the manager".
 */
import type { DeepReadonly, ResolvedPolicy } from '../policy/resolve.js';
import type { EscalationTier, MatterGravity } from '../policy/schema.js';

export type Tier = DeepReadonly<EscalationTier>;

/** The tiers from the bottom (the duty officer who reports) to the top. */
export function tiersInOrder(policy: ResolvedPolicy): readonly Tier[] {
  return [...policy.escalation.tiers].sort((a, b) => a.level - b.level);
}

/** The top tier: the manager the reporting chain ends at. The schema guarantees at least one tier. */
export function topTier(policy: ResolvedPolicy): Tier {
  const tiers = tiersInOrder(policy);
  const top = tiers[tiers.length - 1];
  if (top === undefined) throw new RangeError('A policy has at least one escalation tier');
  return top;
}

/**
 * The lowest tier that decides matters of this gravity. A policy whose
 * tiers leave a gravity to nobody sends it to the top, where every matter
 * can be decided.
 */
export function deciderOf(policy: ResolvedPolicy, gravity: MatterGravity): Tier {
  return tiersInOrder(policy).find((tier) => tier.decides.includes(gravity)) ?? topTier(policy);
}

/**
 * The role a major complaint is reported to (DUTY-4: the project manager).
 * When the policy names none, the top tier stands in: it is the manager the
 * whole chain answers to.
 */
export function majorComplaintRecipient(policy: ResolvedPolicy): string {
  return policy.escalation.majorComplaintReportedTo ?? topTier(policy).role;
}

/**
 * The role that goes on site first for a dissatisfied resident's complaint
 * (FCR-5.2: the department manager); the top tier when the policy names none.
 */
export function dissatisfiedComplaintResponder(policy: ResolvedPolicy): string {
  return policy.escalation.dissatisfiedComplaintOnSite ?? topTier(policy).role;
}
