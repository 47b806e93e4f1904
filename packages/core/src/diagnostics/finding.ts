import type { ClauseId } from '../policy/clauses.js';
import type { MessageId } from '../messages.js';

/** How loudly a finding speaks. `error` blocks (a roster is not approvable), `warn` informs. */
export type Severity = 'warn' | 'error';

/** Values a message template may interpolate. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * What a finding is about: the people, days, shift instances, records or
 * policy fields concerned, so a person can go straight to the cause.
 */
export interface FindingSubject {
  /** Staff ids concerned. */
  readonly staff?: readonly string[];
  /** Calendar days (`yyyy-MM-dd`, site time). */
  readonly dates?: readonly string[];
  /** Shift instance keys (`yyyy-MM-dd/shift/post`). */
  readonly shiftInstances?: readonly string[];
  /** An exact interval, ISO 8601 with the site's UTC offset. */
  readonly interval?: { readonly start: string; readonly end: string };
  /** Journal entry sequence numbers. */
  readonly entries?: readonly number[];
  /** Path of a field in the checked document. */
  readonly path?: readonly (string | number)[];
  /** Handover, case or other record id. */
  readonly record?: string;
}

/** One problem a rule found, as data: text comes from the message catalogues. */
export interface Finding {
  readonly rule: string;
  readonly clauses: readonly ClauseId[];
  readonly severity: Severity;
  readonly messageId: MessageId;
  readonly params: MessageParams;
  readonly subject: FindingSubject;
}
