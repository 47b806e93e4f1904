import type { ResolvedPolicy } from '../../policy/resolve.js';
import type { KeyRegister } from '../register.js';

/** What a key register rule reads: the register as folded, the policy, and the instant of the check. */
export interface KeyRuleContext {
  readonly register: KeyRegister;
  readonly policy: ResolvedPolicy;
  /** ISO 8601 with an offset. */
  readonly now: string;
}
