/**
 * An incident: what went wrong, when it was found, and what it concerns. It
 * is the question a manager asks of the journal ("who answers for this?");
 * the journal answers with a {@link Verdict}. The incident states the kind of
 * failure the manager suspects; the verdict only assigns it where the
 * journal's entries prove it, and otherwise names the evidence missing.
 */
import * as z from 'zod/mini';
import { formatMessage } from '../diagnostics/format.js';
import { describeProblems, type Problem } from '../diagnostics/problem.js';
import { CalendarDay, RecordId, ShiftInstanceKey } from '../handover/entries.js';
import { InstantSchema } from '../journal/entry.js';
import { PolicyId } from '../policy/schema.js';

/**
 * The failures the liability clauses assign, one per clause of issue item 5:
 *
 * - `omitted-matter`: a matter left out of the handover (漏交, CSM-6);
 * - `wrong-handover`: a matter handed over wrongly (錯交, CSM-6);
 * - `careless-receipt`: a careless receiving check (錯接, CSM-6, PWR-2);
 * - `missing-item`: a shared item recorded present at a signed handover and found missing later (CSM-6, PWR-2);
 * - `unclear-record`: a handover record not written clearly (HOS-4.5);
 * - `follow-up-not-done`: a follow-up taken over and not done (HOS-4.6);
 * - `incident-during-handover`: an emergency between the two signatures (GXP-4.4);
 * - `post-left-empty`: a swap that left a post empty (CSM-7, CSD-7.5);
 * - `left-before-handover`: the outgoing person left before the handover (HOS-4.12);
 * - `unresolved-complaint`: a problem not handled in time that led to a complaint (FCR-5.1, FCR-5.3, FCR-4.10).
 */
export const INCIDENT_KINDS = [
  'omitted-matter',
  'wrong-handover',
  'careless-receipt',
  'missing-item',
  'unclear-record',
  'follow-up-not-done',
  'incident-during-handover',
  'post-left-empty',
  'left-before-handover',
  'unresolved-complaint',
] as const;
export const IncidentKind = z.enum(INCIDENT_KINDS);
export type IncidentKind = z.infer<typeof IncidentKind>;

/**
 * What the incident concerns. Each kind reads the fields it needs (see
 * `deriveResponsibility`); a field it needs and cannot find in the journal
 * makes the verdict undetermined, never a guess.
 */
export const IncidentConcerns = z.strictObject({
  handoverId: z.optional(RecordId),
  /** A carried-over matter; by convention a matter about a case carries the case id as its matter id. */
  matterId: z.optional(RecordId),
  /** A shared item of the policy's inventory, or a set of area keys of the key register. */
  itemId: z.optional(RecordId),
  caseId: z.optional(RecordId),
  /** An emergency, incident or major event raised in the handover record. */
  flagId: z.optional(RecordId),
  /** `yyyy-MM-dd/shift/post`. */
  shiftInstance: z.optional(ShiftInstanceKey),
  post: z.optional(PolicyId),
  /** A site day, `yyyy-MM-dd`: with `post`, the day of the shift instance meant. */
  date: z.optional(CalendarDay),
});
export type IncidentConcerns = z.infer<typeof IncidentConcerns>;

export const IncidentSchema = z.strictObject({
  id: RecordId,
  what: IncidentKind,
  /** When the failure came to light: ISO 8601 with an offset. */
  foundAt: InstantSchema,
  concerns: IncidentConcerns,
  /** The failure had a major impact on the company: a written fault report is due (FCR-5.3). */
  majorImpact: z.optional(z.boolean()),
  note: z.optional(z.string()),
});
/** An incident as the caller writes it. */
export type IncidentInput = z.input<typeof IncidentSchema>;
/** An incident as read. */
export type Incident = z.infer<typeof IncidentSchema>;

/** Refused input: the incident is not what `deriveResponsibility` reads. */
export class LiabilityInputError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(`${formatMessage('liability.error.invalid-input', {}, 'en')}\n${describeProblems(problems, 'en')}`);
    this.name = 'LiabilityInputError';
    this.problems = problems;
  }
}
