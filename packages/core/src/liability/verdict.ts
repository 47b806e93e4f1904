/**
 * The verdict on an incident: who is responsible, in which capacity, under
 * which clauses, why, and the entries that prove it; or, when the journal
 * cannot decide, what evidence is missing. Text comes from the message
 * catalogues (`liability.*`), never from here.
 */
import type { MessageParams } from '../diagnostics/finding.js';
import type { MessageId } from '../messages.js';
import type { ClauseId } from '../policy/clauses.js';
import type { Incident } from './incident.js';

/**
 * The capacity in which someone answers for a failure. Shares are kinds, not
 * fractions: under FCR-5.3 each layer bears 100% of its own failure and
 * nothing is split; `joint` marks parties who answer together for one
 * failure (both sides of a swap, CSM-7, CSD-7.5; the incoming person who
 * assists the outgoing one in an emergency, GXP-4.4).
 */
export const SHARES = ['direct', 'supervisory', 'management', 'joint'] as const;
export type Share = (typeof SHARES)[number];

/** The part a person played in the matter. */
export const LIABILITY_ROLES = [
  'outgoing',
  'incoming',
  'follower',
  'key-holder',
  'swap-requester',
  'swap-counterpart',
  'case-owner',
  'supervisor',
  'manager',
] as const;
export type LiabilityRole = (typeof LIABILITY_ROLES)[number];

/** A message of the catalogues and its parameters. */
export interface VerdictText {
  readonly messageId: MessageId;
  readonly params: MessageParams;
}

/** What proves a statement: a journal entry, or a row of the roster. */
export type Evidence =
  | {
      readonly kind: 'entry';
      readonly seq: number;
      readonly id: string;
      readonly type: string;
      /** ISO 8601, as written in the entry. */
      readonly at: string;
    }
  | {
      readonly kind: 'roster';
      /** Path in the roster document, `['swaps', 0]`. */
      readonly path: readonly (string | number)[];
      /** The swap id, or the shift instance key, the row is about. */
      readonly record: string;
    };

export interface Responsibility {
  readonly staffId: string;
  readonly role: LiabilityRole;
  readonly share: Share;
  readonly clauses: readonly ClauseId[];
  readonly because: VerdictText;
  readonly evidence: readonly Evidence[];
}

/** What the journal (or the roster) would have to hold for the verdict to be decided. */
export const MISSING_KINDS = [
  'subject',
  'handover',
  'signatures',
  'matter',
  'pending',
  'item-record',
  'unclear-part',
  'acknowledgement',
  'roster',
  'swap',
  'post-empty',
  'leave-record',
  'case',
  'role-holder',
  'flag',
] as const;
export type MissingKind = (typeof MISSING_KINDS)[number];

export interface MissingEvidence extends VerdictText {
  readonly kind: MissingKind;
}

/**
 * `determined`: the journal proves the verdict. `responsible` may then be
 * empty: the journal shows no failure of the kind the incident names (the
 * matter was handed over, the follow-up was done…), and `summary` says what
 * it shows instead. `undetermined`: something the verdict needs is not in the
 * journal; `missingEvidence` names it, and `responsible` lists only the
 * parties already proven (the case owner of a complaint whose supervisor the
 * roster does not name, say). A verdict never guesses.
 */
export interface Verdict {
  readonly incident: Incident;
  readonly status: 'determined' | 'undetermined';
  readonly responsible: readonly Responsibility[];
  /** Every clause cited, in order of first citation. */
  readonly clauses: readonly ClauseId[];
  readonly summary: VerdictText;
  /** Empty when determined. */
  readonly missingEvidence: readonly MissingEvidence[];
  /** A major impact calls for a written fault report (問題過錯單, FCR-5.3). */
  readonly faultReport: { readonly required: boolean; readonly clauses: readonly ClauseId[] };
}
