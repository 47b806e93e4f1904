/**
 * Case commands. Each reads the register as it stands (or the journal
 * entries to fold), checks its guards, and returns either the entry to
 * append or a typed refusal naming the clause that forbids it. A command
 * never appends anything itself, so a refusal leaves the journal as it was.
 *
 * Decisions the clauses leave open, documented here once:
 *
 * - The first contact becomes the owner (FCR-4.2) and stays so: a second
 *   intake of the same case is refused, and a transfer that names another
 *   owner is refused (FCR-4.4). The first contact defaults to the actor;
 *   a colleague may type the intake for them.
 * - The intake fields a site requires (`cases.requiredIntakeFields`) are
 *   checked here, blank text counting as missing (FCR-4.5).
 * - Once a case is resolved it takes no more transfers, expected times,
 *   callback promises, plans, reports or resolutions. A customer who comes
 *   back is still recorded (the contact is a fact), the owner may still
 *   follow up, a promised callback may still be made, and the revisit
 *   (回訪) only comes after the resolution.
 * - A callback repeats the caller's name and number (FCR-4.8 wants them
 *   written down); they default to the intake's.
 * - A report of a major complaint goes by default to the role the policy
 *   names for it, else the top tier (DUTY-4, see `majorComplaintRecipient`).
 */
import * as z from 'zod/mini';
import { formatPath, problem, type Problem } from '../diagnostics/problem.js';
import { problemsFromIssues } from '../diagnostics/zod-problems.js';
import { majorComplaintRecipient } from '../escalation/tiers.js';
import { ActorSchema, InstantSchema, REPORT_INPUT, type Actor, type SealedEntry } from '../journal/entry.js';
import { cloneJson } from '../journal/json.js';
import type { ClauseId } from '../policy/clauses.js';
import type { ResolvedPolicy } from '../policy/resolve.js';
import type { IntakeField } from '../policy/schema.js';
import { isComplaint } from './deadlines.js';
import { CASE_PAYLOAD_SCHEMAS, type CaseEntryType, type CasePayloads, type StaffMember } from './entries.js';
import { foldCases, type CaseRegister, type CaseState } from './register.js';
import { refuseCase, type CaseCommandResult } from './refusal.js';

/** Who does something, when, under which policy. */
export interface CaseCommandContext {
  readonly policy: ResolvedPolicy;
  readonly actor: Actor;
  /** ISO 8601 with an offset, from the injected clock. */
  readonly at: string;
  /** The entry id; `<caseId>/<n>` by default, so a retried command collides instead of duplicating. */
  readonly entryId?: string;
}

/** The cases as they stand: a folded register, or the journal entries to fold. */
export type CaseSource = CaseRegister | readonly SealedEntry[];

type Fields<T extends CaseEntryType> = CasePayloads[T];

export type OpenCaseInput = Omit<Fields<'case.intake'>, 'firstContact'> & {
  /** The first member of staff the customer reached; the actor when omitted. */
  readonly firstContact?: StaffMember;
};
export type TransferCaseInput = Omit<Fields<'case.transferred'>, 'owner'> & {
  /** Who keeps the follow-up: the owner when omitted; anyone else is refused (FCR-4.4). */
  readonly owner?: string;
};
export type InformCustomerInput = Fields<'case.customer-informed'>;
export type RecordContactInput = Fields<'case.contacted'>;
export type PromiseCallbackInput = Omit<
  Fields<'case.callback-promised'>,
  'callbackId' | 'callerName' | 'callerPhone' | 'promisedBy'
> & {
  /** `<caseId>/callback/<n>` when omitted. */
  readonly callbackId?: string;
  /** The intake's when omitted. */
  readonly callerName?: string;
  readonly callerPhone?: string;
  /** The actor when omitted. */
  readonly promisedBy?: string;
};
export type RecordCallbackInput = Fields<'case.called-back'>;
export type FollowUpCaseInput = Fields<'case.followed-up'>;
export type GivePlanInput = Fields<'case.plan-given'>;
export type ReportCaseInput = Omit<Fields<'case.reported'>, 'to'> & {
  /** The major-complaint recipient of the policy when omitted (DUTY-4). */
  readonly to?: Fields<'case.reported'>['to'];
};
export type ResolveCaseInput = Fields<'case.resolved'>;
export type RevisitCaseInput = Fields<'case.revisited'>;

/** The clause an entry's content answers to, named when the content is refused. */
const CONTENT_CLAUSES: Readonly<Record<CaseEntryType, readonly ClauseId[]>> = {
  'case.intake': ['FCR-4.5'],
  'case.transferred': ['FCR-4.4'],
  'case.customer-informed': ['FCR-4.6'],
  'case.contacted': ['FCR-4.6'],
  'case.callback-promised': ['FCR-4.8'],
  'case.called-back': ['FCR-4.8'],
  'case.followed-up': ['FCR-4.4'],
  'case.plan-given': ['DUTY-4'],
  'case.reported': ['DUTY-4'],
  'case.resolved': ['FCR-4.1'],
  'case.revisited': ['DUTY-2'],
};

const CLOSED: readonly ClauseId[] = ['FCR-4.1'];

// ——— Intake ——————————————————————————————————————————————————————————————

/**
 * Takes a case in. Refused when the case id is already registered (its owner
 * is fixed, FCR-4.2) or a field the policy requires is missing (FCR-4.5).
 */
export function openCase(
  source: CaseSource | undefined,
  context: CaseCommandContext,
  input: OpenCaseInput,
): CaseCommandResult {
  const time = badTime(context);
  if (time !== undefined) return time;
  const existing = source === undefined ? undefined : registerOf(source, context).cases.get(input.caseId);
  if (existing !== undefined) {
    return refuseCase('already-opened', ['FCR-4.2'], { case: input.caseId, owner: existing.owner.staffId });
  }
  const missing = context.policy.cases.requiredIntakeFields.filter((field) =>
    isBlank(intakeValue(input, field)),
  );
  if (missing.length > 0) {
    return refuseCase(
      'missing-fields',
      ['FCR-4.5'],
      { case: input.caseId, fields: missing.join(', ') },
      missing.map((field) => problem([field], 'input.required')),
    );
  }
  const firstContact = input.firstContact ?? actorAsStaff(context.actor);
  return build('case.intake', { ...input, firstContact }, context, `${input.caseId}/0`);
}

// ——— While the case is open ——————————————————————————————————————————————

/**
 * Passes the matter to the responsible department or person (FCR-4.4). The
 * owner stays the first contact and keeps the follow-up: a transfer naming
 * another owner is refused.
 */
export function transferCase(
  source: CaseSource,
  context: CaseCommandContext,
  input: TransferCaseInput,
): CaseCommandResult {
  return withCase(source, context, input.caseId, { openOnly: true }, (state) => {
    const owner = state.owner.staffId;
    if (input.owner !== undefined && input.owner.trim() !== owner.trim()) {
      return refuseCase('owner-fixed', ['FCR-4.4', 'FCR-4.2'], {
        case: state.caseId,
        owner,
        named: input.owner.trim(),
      });
    }
    return build('case.transferred', { ...input, owner }, context, nextId(state));
  });
}

/** Records that the customer was told the procedure and the expected time (FCR-4.6). */
export function informCustomer(
  source: CaseSource,
  context: CaseCommandContext,
  input: InformCustomerInput,
): CaseCommandResult {
  return withCase(source, context, input.caseId, { openOnly: true }, (state) =>
    build('case.customer-informed', { ...input }, context, nextId(state)),
  );
}

/** Records that the customer came back about the matter; contacts are counted (FCR-4.6). */
export function recordContact(
  source: CaseSource,
  context: CaseCommandContext,
  input: RecordContactInput,
): CaseCommandResult {
  return withCase(source, context, input.caseId, {}, (state) =>
    build('case.contacted', { ...input }, context, nextId(state)),
  );
}

/**
 * Records a promised callback when the responsible person cannot be reached
 * (FCR-4.8): the caller's name, number and question, and who promised.
 */
export function promiseCallback(
  source: CaseSource,
  context: CaseCommandContext,
  input: PromiseCallbackInput,
): CaseCommandResult {
  return withCase(source, context, input.caseId, { openOnly: true }, (state) => {
    const callbackId = input.callbackId ?? `${state.caseId}/callback/${state.callbacks.length + 1}`;
    if (state.callbacks.some((callback) => callback.callbackId === callbackId)) {
      return refuseCase('duplicate-callback', ['FCR-4.8'], { case: state.caseId, callback: callbackId });
    }
    return build(
      'case.callback-promised',
      {
        ...input,
        callbackId,
        callerName: input.callerName ?? state.intake.payload.callerName,
        callerPhone: input.callerPhone ?? state.intake.payload.callerPhone,
        promisedBy: input.promisedBy ?? context.actor.staffId,
      },
      context,
      nextId(state),
    );
  });
}

/** Records that a promised callback was made (FCR-4.8). */
export function recordCallback(
  source: CaseSource,
  context: CaseCommandContext,
  input: RecordCallbackInput,
): CaseCommandResult {
  return withCase(source, context, input.caseId, {}, (state) => {
    const callback = state.callbacks.find((candidate) => candidate.callbackId === input.callbackId);
    if (callback === undefined) {
      return refuseCase('unknown-callback', ['FCR-4.8'], { case: state.caseId, callback: input.callbackId });
    }
    if (callback.made !== undefined) {
      return refuseCase('callback-made', ['FCR-4.8'], {
        case: state.caseId,
        callback: input.callbackId,
        seq: callback.made.seq,
      });
    }
    return build('case.called-back', { ...input }, context, nextId(state));
  });
}

/** Records the owner's tracking of the case, above all once it was passed on (FCR-4.4). */
export function followUpCase(
  source: CaseSource,
  context: CaseCommandContext,
  input: FollowUpCaseInput,
): CaseCommandResult {
  return withCase(source, context, input.caseId, {}, (state) =>
    build('case.followed-up', { ...input }, context, nextId(state)),
  );
}

/** Records a complaint's resolution plan, fed back to the complainant (DUTY-4). */
export function givePlan(
  source: CaseSource,
  context: CaseCommandContext,
  input: GivePlanInput,
): CaseCommandResult {
  return withCase(source, context, input.caseId, { openOnly: true }, (state) => {
    if (!isComplaint(state.gravity)) {
      return refuseCase('not-a-complaint', ['DUTY-4'], { case: state.caseId, gravity: state.gravity });
    }
    return build('case.plan-given', { ...input }, context, nextId(state));
  });
}

/** Records that the case was reported up; a major complaint must be (DUTY-4). */
export function reportCase(
  source: CaseSource,
  context: CaseCommandContext,
  input: ReportCaseInput,
): CaseCommandResult {
  return withCase(source, context, input.caseId, { openOnly: true }, (state) => {
    const to = input.to ?? { role: majorComplaintRecipient(context.policy) };
    return build('case.reported', { ...input, to }, context, nextId(state));
  });
}

/** Ends the case: solved, or a definite answer given (FCR-4.1). */
export function resolveCase(
  source: CaseSource,
  context: CaseCommandContext,
  input: ResolveCaseInput,
): CaseCommandResult {
  return withCase(source, context, input.caseId, { openOnly: true }, (state) =>
    build('case.resolved', { ...input }, context, nextId(state)),
  );
}

/** Records the revisit (回訪) after the case closed and how satisfied the customer is. */
export function revisitCase(
  source: CaseSource,
  context: CaseCommandContext,
  input: RevisitCaseInput,
): CaseCommandResult {
  return withCase(source, context, input.caseId, {}, (state) => {
    if (state.resolution === undefined) {
      return refuseCase('not-resolved', ['DUTY-2'], { case: state.caseId });
    }
    return build('case.revisited', { ...input }, context, nextId(state));
  });
}

// ——— Shared guards ————————————————————————————————————————————————————————

function registerOf(source: CaseSource, context: CaseCommandContext): CaseRegister {
  return isEntryList(source) ? foldCases(source, context.policy) : source;
}

function isEntryList(source: CaseSource): source is readonly SealedEntry[] {
  return Array.isArray(source);
}

function badTime(context: CaseCommandContext): CaseCommandResult | undefined {
  const checked = InstantSchema.safeParse(context.at, { reportInput: true });
  if (checked.success) return undefined;
  return refuseCase(
    'invalid-time',
    ['HOR-1.1'],
    { field: 'at' },
    problemsFromIssues(checked.error.issues, ['at']),
  );
}

/** Runs the guards every command on an existing case shares, then the command's own. */
function withCase(
  source: CaseSource,
  context: CaseCommandContext,
  caseId: string,
  options: { readonly openOnly?: boolean },
  body: (state: CaseState) => CaseCommandResult,
): CaseCommandResult {
  const time = badTime(context);
  if (time !== undefined) return time;
  const state = registerOf(source, context).cases.get(caseId);
  if (state === undefined) return refuseCase('not-opened', ['FCR-4.5'], { case: caseId });
  if ((options.openOnly ?? false) && state.resolution !== undefined) {
    return refuseCase('case-closed', CLOSED, { case: caseId, seq: state.resolution.seq });
  }
  return body(state);
}

/** Validates the payload and builds the entry; a refusal names the clause the content answers to. */
function build(
  type: CaseEntryType,
  fields: Readonly<Record<string, unknown>>,
  context: CaseCommandContext,
  defaultId: string,
): CaseCommandResult {
  // The journal refuses an entry whose actor it cannot store (a blank staff number, say):
  // refuse it here, naming the actor, rather than return it.
  const actor = ActorSchema.safeParse(context.actor, REPORT_INPUT);
  if (!actor.success) return contentRefusal(type, problemsFromIssues(actor.error.issues, ['actor']));
  const parsed = z.safeParse(CASE_PAYLOAD_SCHEMAS[type], fields, { reportInput: true });
  if (!parsed.success) return contentRefusal(type, problemsFromIssues(parsed.error.issues));
  return {
    ok: true,
    // The parsed form is trimmed; cloneJson drops optional fields left undefined, which JSON cannot hold.
    entry: {
      id: context.entryId ?? defaultId,
      at: context.at,
      actor: context.actor,
      type,
      payload: cloneJson(parsed.data),
    },
  };
}

/** Refuses an entry whose content (or actor) is not valid, naming the first field at fault. */
function contentRefusal(type: CaseEntryType, problems: readonly Problem[]): CaseCommandResult {
  const first = problems[0];
  return refuseCase(
    'invalid-content',
    CONTENT_CLAUSES[type],
    { field: first === undefined ? '—' : formatPath(first.path) },
    problems,
  );
}

function nextId(state: CaseState): string {
  return `${state.caseId}/${state.entries.length}`;
}

function actorAsStaff(actor: Actor): StaffMember {
  return actor.name === undefined ? { staffId: actor.staffId } : { staffId: actor.staffId, name: actor.name };
}

function intakeValue(input: OpenCaseInput, field: IntakeField): unknown {
  return input[field];
}

function isBlank(value: unknown): boolean {
  return value === undefined || (typeof value === 'string' && value.trim() === '');
}
