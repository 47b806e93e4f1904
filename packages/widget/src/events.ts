/**
 * The events `<duty-handover>` dispatches. Each is a typed class with a
 * `duty-handover-` name; all bubble and cross shadow roots (`composed`), so a
 * portal can listen on the element or anywhere above it. `detail` carries
 * the data; nothing in it is live (entries are copies).
 */
import type { HandoverPhase, Locale, Problem, Refusal, SealedEntry } from '@duty-handover/core';

function init<T>(detail: T): CustomEventInit<T> {
  return { detail, bubbles: true, composed: true };
}

/** Why a policy cannot be used: every problem with its path, code and words in every locale. */
export interface PolicyErrorDetail {
  readonly problems: readonly Pick<Problem, 'path' | 'code' | 'message'>[];
}

/** The policy (attribute `policy` or property `policyObject`) is invalid; the panel shows the problems. */
export class DutyHandoverPolicyErrorEvent extends CustomEvent<PolicyErrorDetail> {
  static readonly eventName = 'duty-handover-policy-error' as const;
  constructor(detail: PolicyErrorDetail) {
    super(DutyHandoverPolicyErrorEvent.eventName, init(detail));
  }

  /** Shorthand for `detail.problems`. */
  get problems(): PolicyErrorDetail['problems'] {
    return this.detail.problems;
  }
}

export interface ChangeDetail {
  /** The entries this panel appended (`origin: 'local'`), or empty when another tab or writer changed the store. */
  readonly entries: readonly SealedEntry[];
  readonly origin: 'local' | 'external';
  /** The latest handover and its phase after the change, when there is one. */
  readonly handoverId: string | undefined;
  readonly phase: HandoverPhase | undefined;
}

/** The journal changed: an entry of this panel reached the store, or another tab's did. */
export class DutyHandoverChangeEvent extends CustomEvent<ChangeDetail> {
  static readonly eventName = 'duty-handover-change' as const;
  constructor(detail: ChangeDetail) {
    super(DutyHandoverChangeEvent.eventName, init(detail));
  }
}

export interface SignedDetail {
  readonly handoverId: string;
  /** `outgoing` or `incoming` signature, or the supervisor's `countersign`. */
  readonly role: 'outgoing' | 'incoming' | 'countersign';
  readonly staffId: string;
  readonly name: string | undefined;
  readonly entry: SealedEntry;
}

/** A signature or the countersign is stored. */
export class DutyHandoverSignedEvent extends CustomEvent<SignedDetail> {
  static readonly eventName = 'duty-handover-signed' as const;
  constructor(detail: SignedDetail) {
    super(DutyHandoverSignedEvent.eventName, init(detail));
  }
}

export interface BlockedDetail {
  /** The form whose command was refused (`start`, `matter`, `sign.outgoing`, `count.radio`…). */
  readonly form: string;
  /** Core's refusal: code, clauses, message id and parameters, problems, blockers. */
  readonly refusal: Refusal<string>;
  /** The refusal's message in the panel's language. */
  readonly message: string;
  readonly locale: Locale;
}

/** Core refused a command (nothing was written); the panel shows why and the clauses. */
export class DutyHandoverBlockedEvent extends CustomEvent<BlockedDetail> {
  static readonly eventName = 'duty-handover-blocked' as const;
  constructor(detail: BlockedDetail) {
    super(DutyHandoverBlockedEvent.eventName, init(detail));
  }
}

export type ErrorKind =
  /** The store is full: nothing of the entry was written; the typed text is kept for a retry. */
  | 'quota'
  /** The store failed (a transaction aborted, a backend refused): nothing written, text kept. */
  | 'storage'
  /** Another writer kept winning the race for the next entry; nothing written, text kept. */
  | 'conflict'
  /** IndexedDB cannot be opened (private mode, blocked storage): the panel runs on memory. */
  | 'unavailable'
  /** The portal's `signer` threw. */
  | 'signer'
  /** Anything else (a bug): shown, never thrown. */
  | 'unexpected';

export interface ErrorDetail {
  readonly kind: ErrorKind;
  /** The text the panel shows, in its language. */
  readonly message: string;
  /** The form whose command failed, when one did. */
  readonly form: string | undefined;
  readonly error: unknown;
}

/** Something failed; the panel shows it and keeps what was typed. */
export class DutyHandoverErrorEvent extends CustomEvent<ErrorDetail> {
  static readonly eventName = 'duty-handover-error' as const;
  constructor(detail: ErrorDetail) {
    super(DutyHandoverErrorEvent.eventName, init(detail));
  }
}
