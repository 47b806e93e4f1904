/**
 * The case register (登記在冊, FCR-4.5): every case as its journal entries
 * tell it, folded by {@link foldCases}.
 *
 * The fold is pure and total: it never throws and never changes its input.
 * An entry that does not fit its schema, names a case that was never taken
 * in, or repeats what can only happen once is set aside in `ignored` rather
 * than read as a fact. Corrections (`journal.amend`, REG7-8.5a) are laid over
 * the entries they correct before anything is read, so a corrected intake
 * moves the deadlines with it. Entries of other domains pass by untouched.
 *
 * Ownership is fixed at intake: the first contact is the owner (FCR-4.2) and
 * nothing later changes it, a transfer included (FCR-4.4). A second intake
 * of the same case is kept in `repeatedIntakes` for the rules to report.
 */
import { AMEND_TYPE, AmendPayloadSchema, type SealedEntry } from '../journal/entry.js';
import { isPlainObject } from '../journal/json.js';
import type { ResolvedPolicy } from '../policy/resolve.js';
import { parseInstant } from '../time/parse-instant.js';
import { closeByOf, planByOf, sameDayCutoff, siteClock, type SiteClock } from './deadlines.js';
import {
  isCaseEntryType,
  parseCasePayload,
  type CaseChannel,
  type CaseEntryType,
  type CaseGravity,
  type CaseOutcome,
  type CasePayloads,
  type Satisfaction,
  type StaffMember,
} from './entries.js';

/** Where and when something happened in a case, and who wrote it. */
export interface CaseStamp {
  readonly seq: number;
  readonly id: string;
  /** ISO 8601, as written in the entry. */
  readonly at: string;
  readonly atMs: number;
  /** Staff number of the entry's actor. */
  readonly by: string;
}

/** One contact of the customer about the case; the intake is contact 1. */
export interface CaseContact extends CaseStamp {
  readonly number: number;
  readonly channel: CaseChannel | undefined;
  /** Whether the case was still unresolved when the customer had to come back. */
  readonly whileUnresolved: boolean;
}

export interface CaseTransfer extends CaseStamp {
  readonly to: CasePayloads['case.transferred']['to'];
  readonly handler: StaffMember | undefined;
  /** The owner the transfer names; anything but the case's owner breaks FCR-4.4. */
  readonly ownerNamed: string;
  readonly keepsOwner: boolean;
}

/** An expected time the customer was given (FCR-4.6), told directly or through a complaint plan. */
export interface CaseExpectation extends CaseStamp {
  readonly source: 'informed' | 'plan';
  readonly procedure: string;
  readonly expectedBy: string;
  readonly expectedByMs: number;
}

export interface CaseCallback {
  readonly callbackId: string;
  readonly promised: CaseStamp;
  readonly callerName: string;
  readonly callerPhone: string;
  readonly question: string;
  readonly promisedBy: string;
  /** The promised time, or the same-day cut-off when none was stated. */
  readonly replyBy: string;
  readonly replyByMs: number;
  readonly replyByStated: boolean;
  readonly made: CaseStamp | undefined;
}

export interface CasePlan extends CaseStamp {
  readonly plan: string;
  readonly resolveBy: string | undefined;
}

export interface CaseReport extends CaseStamp {
  readonly role: string;
  readonly staffId: string | undefined;
}

export interface CaseResolution extends CaseStamp {
  readonly outcome: CaseOutcome;
  readonly answer: string;
}

export interface CaseRevisit extends CaseStamp {
  readonly satisfaction: Satisfaction;
}

/** A second intake of a case already in the register. */
export interface RepeatedIntake extends CaseStamp {
  readonly firstContact: string;
}

/**
 * `open`: in the owner's hands; `transferred`: passed on, still owned and
 * tracked by the owner; `resolved`: solved or answered; `revisited`: resolved
 * and the customer called back (回訪).
 */
export type CaseStatus = 'open' | 'transferred' | 'resolved' | 'revisited';

export interface CaseDeadlines {
  /** General: the same-day cut-off (FINE-3.4); difficult: the week (FINE-3.5); complaints: none. */
  readonly closeBy: string | undefined;
  readonly closeByMs: number | undefined;
  /** Complaints: when the plan is due (DUTY-4). */
  readonly planBy: string | undefined;
  readonly planByMs: number | undefined;
}

export interface CaseState {
  readonly caseId: string;
  readonly intake: CaseStamp & { readonly payload: CasePayloads['case.intake'] };
  /** The first contact, owner until the case ends (FCR-4.1, FCR-4.2). */
  readonly owner: StaffMember;
  readonly gravity: CaseGravity;
  readonly status: CaseStatus;
  readonly contacts: readonly CaseContact[];
  readonly transfers: readonly CaseTransfer[];
  readonly expectations: readonly CaseExpectation[];
  readonly callbacks: readonly CaseCallback[];
  readonly followUps: readonly CaseStamp[];
  readonly plans: readonly CasePlan[];
  readonly reports: readonly CaseReport[];
  readonly resolution: CaseResolution | undefined;
  readonly revisits: readonly CaseRevisit[];
  readonly repeatedIntakes: readonly RepeatedIntake[];
  readonly deadlines: CaseDeadlines;
  /** Seqs of every entry of the case, corrections included, in journal order. */
  readonly entries: readonly number[];
  /** Seqs of the corrections applied to the case's entries. */
  readonly amendments: readonly number[];
}

export type IgnoredCaseReason =
  'invalid-payload' | 'before-intake' | 'already-resolved' | 'unknown-callback' | 'duplicate-callback';

export interface IgnoredCaseEntry {
  readonly seq: number;
  readonly id: string;
  readonly type: string;
  readonly reason: IgnoredCaseReason;
}

export interface CaseRegister {
  /** Cases by id, in order of intake. */
  readonly cases: ReadonlyMap<string, CaseState>;
  readonly ignored: readonly IgnoredCaseEntry[];
}

/** A case while it is being folded: the same fields, writable. */
type Draft = {
  -readonly [K in keyof CaseState]: CaseState[K] extends readonly (infer E)[] ? E[] : CaseState[K];
};

export interface FoldCasesOptions {
  /**
   * Fold only these cases: the others' entries are skipped before they are
   * parsed, so reading one case out of a year's journal stays cheap.
   * `ignored` then lists only entries of these cases.
   */
  readonly caseIds?: Iterable<string>;
}

/** Folds journal entries into the case register under a policy (for the site's time zone and limits). */
export function foldCases(
  entries: readonly SealedEntry[],
  policy: ResolvedPolicy,
  options: FoldCasesOptions = {},
): CaseRegister {
  const clock = siteClock(policy.timeZone);
  const wanted = options.caseIds === undefined ? undefined : new Set(options.caseIds);
  const { corrections, amendedBy } = collectCorrections(entries);
  const drafts = new Map<string, Draft>();
  const ignored: IgnoredCaseEntry[] = [];

  for (const entry of entries) {
    if (!isCaseEntryType(entry.type)) continue;
    const payload = corrections.get(entry.id) ?? entry.payload;
    if (wanted !== undefined && !wanted.has(caseIdOf(payload) ?? '')) continue;
    const atMs = parseInstant(entry.at);
    const reason = atMs === undefined ? 'invalid-payload' : read(entry.type, payload, stampOf(entry, atMs));
    if (reason !== undefined) ignored.push({ seq: entry.seq, id: entry.id, type: entry.type, reason });
  }

  const cases = new Map<string, CaseState>();
  for (const [caseId, draft] of drafts) cases.set(caseId, finish(draft));
  return { cases, ignored };

  function finish(draft: Draft): CaseState {
    const amendments = draft.entries.flatMap((seq) => amendedBy.get(seq) ?? []);
    const entrySeqs =
      amendments.length === 0 ? draft.entries : [...draft.entries, ...amendments].sort((a, b) => a - b);
    return { ...draft, status: statusOf(draft), entries: entrySeqs, amendments };
  }

  /** Reads one case entry; returns why it was set aside, if it was. */
  function read(type: CaseEntryType, payload: unknown, stamp: CaseStamp): IgnoredCaseReason | undefined {
    if (type === 'case.intake') {
      const intake = parseCasePayload('case.intake', payload);
      if (intake === undefined) return 'invalid-payload';
      const existing = drafts.get(intake.caseId);
      if (existing !== undefined) {
        existing.repeatedIntakes.push({ ...stamp, firstContact: intake.firstContact.staffId });
        existing.entries.push(stamp.seq);
        return undefined;
      }
      drafts.set(intake.caseId, opened(intake, stamp, policy, clock));
      return undefined;
    }
    const caseId = caseIdOf(payload);
    const draft = caseId === undefined ? undefined : drafts.get(caseId);
    if (draft === undefined)
      return parseCasePayload(type, payload) === undefined ? 'invalid-payload' : 'before-intake';
    const reason = apply(draft, type, payload, stamp, clock, policy);
    if (reason === undefined) draft.entries.push(stamp.seq);
    return reason;
  }
}

function stampOf(entry: SealedEntry, atMs: number): CaseStamp {
  return { seq: entry.seq, id: entry.id, at: entry.at, atMs, by: entry.actor.staffId.trim() };
}

function caseIdOf(payload: unknown): string | undefined {
  if (!isPlainObject(payload)) return undefined;
  const caseId = payload['caseId'];
  return typeof caseId === 'string' ? caseId : undefined;
}

function opened(
  payload: CasePayloads['case.intake'],
  stamp: CaseStamp,
  policy: ResolvedPolicy,
  clock: SiteClock,
): Draft {
  const closeByMs = closeByOf(payload.gravity, stamp.atMs, policy, clock);
  const planByMs = planByOf(payload.gravity, stamp.atMs, policy);
  return {
    caseId: payload.caseId,
    intake: { ...stamp, payload },
    owner: payload.firstContact,
    gravity: payload.gravity,
    status: 'open',
    contacts: [{ ...stamp, number: 1, channel: payload.channel, whileUnresolved: true }],
    transfers: [],
    expectations: [],
    callbacks: [],
    followUps: [],
    plans: [],
    reports: [],
    resolution: undefined,
    revisits: [],
    repeatedIntakes: [],
    deadlines: {
      closeBy: closeByMs === undefined ? undefined : clock.text(closeByMs),
      closeByMs,
      planBy: planByMs === undefined ? undefined : clock.text(planByMs),
      planByMs,
    },
    entries: [stamp.seq],
    amendments: [],
  };
}

/** Reads an entry of an opened case into its draft. */
function apply(
  draft: Draft,
  type: Exclude<CaseEntryType, 'case.intake'>,
  payload: unknown,
  stamp: CaseStamp,
  clock: SiteClock,
  policy: ResolvedPolicy,
): IgnoredCaseReason | undefined {
  switch (type) {
    case 'case.transferred': {
      const parsed = parseCasePayload(type, payload);
      if (parsed === undefined) return 'invalid-payload';
      const ownerNamed = parsed.owner.trim();
      draft.transfers.push({
        ...stamp,
        to: parsed.to,
        handler: parsed.handler,
        ownerNamed,
        keepsOwner: ownerNamed === draft.owner.staffId.trim(),
      });
      return undefined;
    }
    case 'case.customer-informed': {
      const parsed = parseCasePayload(type, payload);
      const expectedByMs = parsed === undefined ? undefined : parseInstant(parsed.expectedBy);
      if (parsed === undefined || expectedByMs === undefined) return 'invalid-payload';
      draft.expectations.push({
        ...stamp,
        source: 'informed',
        procedure: parsed.procedure,
        expectedBy: parsed.expectedBy,
        expectedByMs,
      });
      return undefined;
    }
    case 'case.contacted': {
      const parsed = parseCasePayload(type, payload);
      if (parsed === undefined) return 'invalid-payload';
      draft.contacts.push({
        ...stamp,
        number: draft.contacts.length + 1,
        channel: parsed.channel,
        whileUnresolved: draft.resolution === undefined,
      });
      return undefined;
    }
    case 'case.callback-promised': {
      const parsed = parseCasePayload(type, payload);
      if (parsed === undefined) return 'invalid-payload';
      if (draft.callbacks.some((callback) => callback.callbackId === parsed.callbackId))
        return 'duplicate-callback';
      const stated = parsed.replyBy === undefined ? undefined : parseInstant(parsed.replyBy);
      // FCR-4.8 promises a reply "as early as possible" without a time: the same-day cut-off stands in.
      const replyByMs = stated ?? sameDayCutoff(stamp.atMs, policy.cases.generalCloseBy, clock);
      draft.callbacks.push({
        callbackId: parsed.callbackId,
        promised: stamp,
        callerName: parsed.callerName,
        callerPhone: parsed.callerPhone,
        question: parsed.question,
        promisedBy: parsed.promisedBy.trim(),
        replyBy: parsed.replyBy ?? clock.text(replyByMs),
        replyByMs,
        replyByStated: stated !== undefined,
        made: undefined,
      });
      return undefined;
    }
    case 'case.called-back': {
      const parsed = parseCasePayload(type, payload);
      if (parsed === undefined) return 'invalid-payload';
      const index = draft.callbacks.findIndex((callback) => callback.callbackId === parsed.callbackId);
      const callback = draft.callbacks[index];
      if (callback === undefined) return 'unknown-callback';
      if (callback.made !== undefined) return 'duplicate-callback';
      draft.callbacks[index] = { ...callback, made: stamp };
      return undefined;
    }
    case 'case.followed-up': {
      if (parseCasePayload(type, payload) === undefined) return 'invalid-payload';
      draft.followUps.push(stamp);
      return undefined;
    }
    case 'case.plan-given': {
      const parsed = parseCasePayload(type, payload);
      if (parsed === undefined) return 'invalid-payload';
      draft.plans.push({ ...stamp, plan: parsed.plan, resolveBy: parsed.resolveBy });
      const resolveByMs = parsed.resolveBy === undefined ? undefined : parseInstant(parsed.resolveBy);
      if (parsed.resolveBy !== undefined && resolveByMs !== undefined) {
        // A plan fed back to the complainant tells them what will happen and by when (FCR-4.6).
        draft.expectations.push({
          ...stamp,
          source: 'plan',
          procedure: parsed.plan,
          expectedBy: parsed.resolveBy,
          expectedByMs: resolveByMs,
        });
      }
      return undefined;
    }
    case 'case.reported': {
      const parsed = parseCasePayload(type, payload);
      if (parsed === undefined) return 'invalid-payload';
      draft.reports.push({ ...stamp, role: parsed.to.role, staffId: parsed.to.staffId });
      return undefined;
    }
    case 'case.resolved': {
      const parsed = parseCasePayload(type, payload);
      if (parsed === undefined) return 'invalid-payload';
      if (draft.resolution !== undefined) return 'already-resolved';
      draft.resolution = { ...stamp, outcome: parsed.outcome, answer: parsed.answer };
      return undefined;
    }
    case 'case.revisited': {
      const parsed = parseCasePayload(type, payload);
      if (parsed === undefined) return 'invalid-payload';
      draft.revisits.push({ ...stamp, satisfaction: parsed.satisfaction });
      return undefined;
    }
  }
}

function statusOf(draft: Draft): CaseStatus {
  if (draft.resolution !== undefined) {
    return draft.revisits.some((revisit) => revisit.atMs >= (draft.resolution?.atMs ?? 0))
      ? 'revisited'
      : 'resolved';
  }
  return draft.transfers.length > 0 ? 'transferred' : 'open';
}

/**
 * The corrected payload of every case entry that a `journal.amend` names
 * (by id, seq and hash, as `correctedPayload` reads them), and which
 * corrections touched which entry. Corrections are rare, so the journal is
 * only searched for their originals when there are any.
 */
function collectCorrections(entries: readonly SealedEntry[]): {
  corrections: Map<string, Readonly<Record<string, unknown>>>;
  amendedBy: Map<number, number[]>;
} {
  const corrections = new Map<string, Readonly<Record<string, unknown>>>();
  const amendedBy = new Map<number, number[]>();
  const amendments = entries.flatMap((entry) => {
    if (entry.type !== AMEND_TYPE) return [];
    const parsed = AmendPayloadSchema.safeParse(entry.payload);
    return parsed.success ? [{ seq: entry.seq, ...parsed.data }] : [];
  });
  if (amendments.length === 0) return { corrections, amendedBy };

  const targeted = new Set(amendments.map((amendment) => amendment.original.id));
  const originals = new Map<string, SealedEntry>();
  for (const entry of entries) {
    if (targeted.has(entry.id) && isCaseEntryType(entry.type)) originals.set(entry.id, entry);
  }
  for (const { seq, original, corrected } of amendments) {
    const target = originals.get(original.id);
    if (target?.hash !== original.hash || target.seq !== original.seq || target.seq >= seq) continue;
    if (!isPlainObject(target.payload)) continue;
    const current = corrections.get(target.id) ?? target.payload;
    corrections.set(target.id, { ...current, ...corrected });
    amendedBy.set(target.seq, [...(amendedBy.get(target.seq) ?? []), seq]);
  }
  return { corrections, amendedBy };
}
