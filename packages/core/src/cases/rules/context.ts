import type { FindingSubject } from '../../diagnostics/finding.js';
import type { ResolvedPolicy } from '../../policy/resolve.js';
import type { SiteClock } from '../deadlines.js';
import type { CaseRegister, CaseState } from '../register.js';

/** What a case rule reads: the register as folded, the policy, and the instant of the check. */
export interface CaseRuleContext {
  readonly register: CaseRegister;
  readonly policy: ResolvedPolicy;
  /** ISO 8601 with an offset. */
  readonly now: string;
  readonly nowMs: number;
  /** The site's calendar, for rules that reason in site days. */
  readonly clock: SiteClock;
}

/** The subject every case finding starts from: the case, its owner and the entries that prove it. */
export function caseSubject(
  state: CaseState,
  entries: readonly number[],
  staff: readonly string[] = [],
): FindingSubject {
  return {
    record: state.caseId,
    staff: [...new Set([state.owner.staffId, ...staff])],
    entries: [...new Set(entries)].sort((a, b) => a - b),
  };
}
