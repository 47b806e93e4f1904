/**
 * Case entries: what first-contact responsibility (首問責任制) writes into the
 * journal, one entry per fact, each with its payload schema. Pass
 * {@link CASE_PAYLOAD_SCHEMAS} to `createJournal` so a malformed payload is
 * refused before it is sealed; corrections go through the journal's `amend`,
 * which checks the corrected payload against the same schema (REG7-8.5a).
 *
 * Every payload names its `caseId`, so cases share one journal with
 * handovers and the key register. Who wrote an entry is the entry's `actor`;
 * a payload only names people when they are its subject (the first contact,
 * the person a matter is passed to, who promised a callback).
 *
 * The intake fields a site may require (`cases.requiredIntakeFields`) are
 * optional here: which of them are required is policy, so the commands and
 * the `case/intake-complete` rule check them, not the schema.
 */
import * as z from 'zod/mini';
import { InstantSchema } from '../journal/entry.js';
import { PolicyId } from '../policy/schema.js';

/** A case id chosen by the caller: any text without spaces. */
export const CaseId = z
  .string()
  .check(z.minLength(1), z.maxLength(200), z.regex(/^\S+$/u, 'case.format.case-id'));

/** A staff number (工號). */
export const StaffId = z.string().check(z.trim(), z.minLength(1), z.maxLength(100));

/** Free text written by staff: never blank. */
export const CaseText = z.string().check(z.trim(), z.minLength(1), z.maxLength(4000));

/** A contact number: at least three digits, with the usual separators and extensions. */
export const PhoneNumber = z
  .string()
  .check(z.trim(), z.minLength(1), z.maxLength(60), z.regex(/(?:\d\D*){3}/u, 'case.format.phone'));

/** A member of staff named in a case: staff number and, optionally, a name. */
export const StaffMember = z.strictObject({ staffId: StaffId, name: z.optional(CaseText) });
export type StaffMember = z.infer<typeof StaffMember>;

/** How the customer reached the centre. */
export const CASE_CHANNELS = ['phone', 'visit', 'app', 'other'] as const;
export const CaseChannel = z.enum(CASE_CHANNELS);
export type CaseChannel = z.infer<typeof CaseChannel>;

/**
 * How heavy a case is: it sets the deadlines. General matters close the same
 * day (FINE-3.4), difficult ones within a week (FINE-3.5); complaints owe a
 * plan on time and a major complaint goes to the project manager (DUTY-4).
 */
export const CASE_GRAVITIES = ['general', 'difficult', 'complaint', 'major-complaint'] as const;
export const CaseGravity = z.enum(CASE_GRAVITIES);
export type CaseGravity = z.infer<typeof CaseGravity>;

/** How a case ended: solved, or a definite answer given (FCR-4.1 accepts either). */
export const CASE_OUTCOMES = ['resolved', 'definite-answer'] as const;
export const CaseOutcome = z.enum(CASE_OUTCOMES);
export type CaseOutcome = z.infer<typeof CaseOutcome>;

/** What the customer said when called back after the case closed (回訪). */
export const SATISFACTION_LEVELS = ['satisfied', 'neutral', 'dissatisfied'] as const;
export const Satisfaction = z.enum(SATISFACTION_LEVELS);
export type Satisfaction = z.infer<typeof Satisfaction>;

const Base = { caseId: CaseId };

/**
 * A case is taken in (FCR-4.2, FCR-4.5): the first member of staff the
 * customer reached becomes its owner for good, whoever types the entry.
 */
export const CaseIntakePayload = z.strictObject({
  ...Base,
  firstContact: StaffMember,
  gravity: CaseGravity,
  channel: z.optional(CaseChannel),
  callerName: z.optional(CaseText),
  callerPhone: z.optional(PhoneNumber),
  matter: z.optional(CaseText),
  category: z.optional(CaseText),
  /** Whether the matter lies within the owner's own duties; if not, it must be passed on (FCR-4.4). */
  inRemit: z.optional(z.boolean()),
});

/** Where a matter is passed: a department, or a named person. */
export const TransferTarget = z.strictObject({
  kind: z.enum(['department', 'person']),
  id: CaseText,
  name: z.optional(CaseText),
});

/**
 * The matter is passed to the responsible department or person (FCR-4.4).
 * `owner` states who keeps the follow-up: it must be the case's owner, so a
 * transfer can be read on its own and a journal that tried to move the
 * ownership is caught.
 */
export const CaseTransferredPayload = z.strictObject({
  ...Base,
  to: TransferTarget,
  /** The person who actually takes the work on (詳細負責人), when known. */
  handler: z.optional(StaffMember),
  owner: StaffId,
  note: z.optional(CaseText),
});

/** The customer is told the requirements, procedure and expected time (FCR-4.6). */
export const CaseCustomerInformedPayload = z.strictObject({
  ...Base,
  procedure: CaseText,
  expectedBy: InstantSchema,
  requirements: z.optional(CaseText),
});

/** The customer came back about the same matter: one more contact (FCR-4.6, 二次辦結). */
export const CaseContactedPayload = z.strictObject({
  ...Base,
  channel: CaseChannel,
  note: z.optional(CaseText),
});

/**
 * The responsible person could not be reached, so the customer's name,
 * number and question are written down and a reply is promised (FCR-4.8).
 */
export const CaseCallbackPromisedPayload = z.strictObject({
  ...Base,
  callbackId: CaseId,
  callerName: CaseText,
  callerPhone: PhoneNumber,
  question: CaseText,
  /** Who made the promise: the one who owes the call. */
  promisedBy: StaffId,
  /** When the reply was promised for; by default the same-day cut-off (see `deadlines.ts`). */
  replyBy: z.optional(InstantSchema),
  /** Whom the staff member tried and failed to reach. */
  unreachable: z.optional(CaseText),
});

/** The promised callback was made. */
export const CaseCalledBackPayload = z.strictObject({
  ...Base,
  callbackId: CaseId,
  answer: z.optional(CaseText),
});

/** The owner tracks a case, typically one passed on (FCR-4.4: 做好跟蹤服務). */
export const CaseFollowedUpPayload = z.strictObject({
  ...Base,
  note: CaseText,
});

/** A complaint's resolution plan, fed back to the complainant (DUTY-4). */
export const CasePlanGivenPayload = z.strictObject({
  ...Base,
  plan: CaseText,
  /** When the plan promises the complaint settled. */
  resolveBy: z.optional(InstantSchema),
});

/** The case was reported up, as a major complaint must be (DUTY-4). */
export const CaseReportedPayload = z.strictObject({
  ...Base,
  to: z.strictObject({ role: PolicyId, staffId: z.optional(StaffId) }),
  note: z.optional(CaseText),
});

/** The case ends: solved, or a definite answer given (FCR-4.1), with what the customer was told. */
export const CaseResolvedPayload = z.strictObject({
  ...Base,
  outcome: CaseOutcome,
  answer: CaseText,
});

/** The customer was called back after the case closed (回訪, FINE-3.9) and said how satisfied they are. */
export const CaseRevisitedPayload = z.strictObject({
  ...Base,
  satisfaction: Satisfaction,
  note: z.optional(CaseText),
});

/** Entry type → payload schema, for `createJournal({ payloadSchemas })`. */
export const CASE_PAYLOAD_SCHEMAS = {
  'case.intake': CaseIntakePayload,
  'case.transferred': CaseTransferredPayload,
  'case.customer-informed': CaseCustomerInformedPayload,
  'case.contacted': CaseContactedPayload,
  'case.callback-promised': CaseCallbackPromisedPayload,
  'case.called-back': CaseCalledBackPayload,
  'case.followed-up': CaseFollowedUpPayload,
  'case.plan-given': CasePlanGivenPayload,
  'case.reported': CaseReportedPayload,
  'case.resolved': CaseResolvedPayload,
  'case.revisited': CaseRevisitedPayload,
} as const;

export type CaseEntryType = keyof typeof CASE_PAYLOAD_SCHEMAS;

/** The parsed payload of each case entry type. */
export type CasePayloads = { readonly [T in CaseEntryType]: z.infer<(typeof CASE_PAYLOAD_SCHEMAS)[T]> };

export const CASE_ENTRY_TYPES = Object.keys(CASE_PAYLOAD_SCHEMAS) as readonly CaseEntryType[];

export function isCaseEntryType(type: string): type is CaseEntryType {
  return Object.hasOwn(CASE_PAYLOAD_SCHEMAS, type);
}

/** The payload parsed with its schema, or `undefined` when it does not fit. */
export function parseCasePayload<T extends CaseEntryType>(
  type: T,
  payload: unknown,
): CasePayloads[T] | undefined {
  const parsed = z.safeParse(CASE_PAYLOAD_SCHEMAS[type], payload);
  return parsed.success ? (parsed.data as CasePayloads[T]) : undefined;
}
