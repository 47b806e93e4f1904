/**
 * The handover reducer: a pure fold `(record, entry) → record` over journal
 * entries, and {@link foldHandover}, which folds a journal and reads the
 * result under a policy.
 *
 * The fold is total: it never throws, whatever the entries. An entry of the
 * handover that does not fit its schema, comes before the opening, or is
 * written by someone who may not write it is set aside in `ignored` (rules
 * report it) rather than read as a fact. Entries of other handovers, other
 * domains and the journal's own checkpoints pass through untouched.
 */
import type { SealedEntry } from '../journal/entry.js';
import { isPlainObject, type JsonValue } from '../journal/json.js';
import type { ResolvedPolicy } from '../policy/resolve.js';
import { deriveHandover, type HandoverState } from './derive.js';
import {
  isHandoverEntryType,
  readHandoverPayload,
  type HandoverEntryType,
  type HandoverPayloads,
} from './entries.js';
import type { HandoverPhase, HandoverRecord, IgnoredReason, Stamp } from './record.js';
import {
  amendRequest,
  appendWritten,
  applyAmendment,
  textField,
  writtenEntry,
  writtenList,
  type WrittenEntry,
  type WrittenLog,
} from './written.js';

/** The record before any entry: follows `handoverId`, or the first handover opened when omitted. */
export function emptyHandoverRecord(handoverId?: string): HandoverRecord {
  return {
    handoverId,
    phase: 'draft',
    opened: undefined,
    outgoing: undefined,
    incoming: undefined,
    substitutions: [],
    arrivals: [],
    checklist: [],
    counts: [],
    matters: [],
    instructions: [],
    majorIssues: [],
    equipment: [],
    anomalies: [],
    fitness: [],
    flags: [],
    disputes: [],
    prepared: undefined,
    signatures: { outgoing: undefined, incoming: undefined },
    countersign: undefined,
    outgoingLeft: undefined,
    amendments: [],
    ignored: [],
    written: undefined,
  };
}

/** The handover an entry belongs to, read from its payload without trusting it. */
export function handoverIdOf(entry: {
  readonly type: string;
  readonly payload: unknown;
}): string | undefined {
  return entry.type.startsWith('handover.') ? textField(entry.payload, 'handoverId') : undefined;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const EMPTY: Partial<HandoverRecord> = {};

/** How a step turns the changes an entry makes into the next record. */
type Commit = (record: HandoverRecord, changes: Partial<HandoverRecord>) => HandoverRecord;

/** A new record for every entry: what the public reducer does. */
const copyOnWrite: Commit = (record, changes) => {
  const next: Mutable<HandoverRecord> = { ...record, ...changes };
  next.phase = phaseOf(next);
  return next;
};

/**
 * The changes laid into the record itself. Only for a record nobody else
 * can see: {@link foldHandover}'s working copy. Handlers never change what
 * they read (they return new lists and objects), so this gives the same
 * records as {@link copyOnWrite} without one copy of the record per entry.
 */
const inPlace: Commit = (record, changes) => {
  const next = record as Mutable<HandoverRecord>;
  Object.assign(next, changes);
  next.phase = phaseOf(next);
  return next;
};

/** Reads one journal entry into the record. Pure: the record passed in is never changed. */
export function reduceHandover(record: HandoverRecord, entry: SealedEntry): HandoverRecord {
  return step(record, entry, copyOnWrite);
}

function step(record: HandoverRecord, entry: SealedEntry, commit: Commit): HandoverRecord {
  const request = amendRequest(entry);
  if (request !== undefined) {
    const outcome = applyAmendment(record.written, entry, request, (payload) =>
      belongs(payload, record.handoverId),
    );
    if (outcome === undefined) return record;
    const amendments = [...record.amendments, outcome.amendment];
    if (!outcome.amendment.applied) return commit(record, { amendments });
    return commit(replay(record.handoverId, outcome.written), { amendments });
  }

  const handoverId = handoverIdOf(entry);
  if (handoverId === undefined) return record;
  if (record.handoverId === undefined) {
    // Following "the first handover opened": only a readable opening can name it.
    if (
      entry.type !== 'handover.opened' ||
      readHandoverPayload('handover.opened', entry.payload) === undefined
    ) {
      return record;
    }
  } else if (handoverId !== record.handoverId) {
    return record;
  }
  const written = writtenEntry(entry);
  return read(record, written, { handoverId, written: appendWritten(record.written, written) }, commit);
}

function belongs(payload: JsonValue, handoverId: string | undefined): boolean {
  return isPlainObject(payload) && payload['handoverId'] === handoverId;
}

/** The record rebuilt from its (corrected) entries, in a fresh working copy; the caller adds amendments. */
function replay(handoverId: string | undefined, written: WrittenLog | undefined): HandoverRecord {
  let record: HandoverRecord = { ...emptyHandoverRecord(handoverId), written };
  for (const entry of writtenList(written)) record = read(record, entry, EMPTY, inPlace);
  return record;
}

/** How many of the handover's own entries the record holds: the next entry's number. */
export function writtenCount(record: HandoverRecord): number {
  return record.written?.count ?? 0;
}

/** Reads one of the handover's own entries: the handler's changes and the caller's (`base`), committed. */
function read(
  record: HandoverRecord,
  entry: WrittenEntry,
  base: Partial<HandoverRecord>,
  commit: Commit,
): HandoverRecord {
  const patch = isHandoverEntryType(entry.type) ? dispatch(entry.type, record, entry) : 'unknown-type';
  const changes =
    typeof patch === 'string'
      ? { ignored: [...record.ignored, { seq: entry.seq, id: entry.id, type: entry.type, reason: patch }] }
      : patch;
  return commit(record, base === EMPTY ? changes : { ...base, ...changes });
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- T ties the schema to its handler
function dispatch<T extends HandoverEntryType>(type: T, record: HandoverRecord, entry: WrittenEntry): Patch {
  const payload = readHandoverPayload(type, entry.payload);
  if (payload === undefined) return 'invalid-payload';
  if (type !== 'handover.opened' && record.opened === undefined) return 'before-opened';
  const handler: Handler<T> = HANDLERS[type];
  return handler(record, payload, entry);
}

/**
 * Who wrote the entry, when, at which seq. Facts spell these fields out
 * rather than spreading a stamp: a literal that starts with a spread is
 * built property by property, which made long folds several times slower.
 */
function stamp(entry: WrittenEntry): Stamp {
  return { staffId: entry.actor.staffId, at: entry.at, seq: entry.seq };
}

/** Replaces the element with the same key, or appends: the latest version wins, first position kept. */
function upsert<T>(list: readonly T[], item: T, same: (existing: T) => boolean): T[] {
  const index = list.findIndex(same);
  if (index < 0) return [...list, item];
  const copy = [...list];
  copy[index] = item;
  return copy;
}

export function phaseOf(record: HandoverRecord): HandoverPhase {
  if (record.countersign !== undefined) return 'countersigned';
  const { outgoing, incoming } = record.signatures;
  if (outgoing !== undefined && incoming !== undefined) return 'signed-by-both';
  if (record.prepared === undefined) return 'draft';
  return hasArrived(record, record.incoming?.staffId) ? 'incoming-checking' : 'outgoing-prepared';
}

export function hasArrived(record: HandoverRecord, staffId: string | undefined): boolean {
  return staffId !== undefined && record.arrivals.some((arrival) => arrival.staffId === staffId);
}

function isOutgoing(record: HandoverRecord, staffId: string): boolean {
  return record.outgoing?.staffId === staffId;
}

function isIncoming(record: HandoverRecord, staffId: string): boolean {
  return record.incoming?.staffId === staffId;
}

function isParty(record: HandoverRecord, staffId: string): boolean {
  return isOutgoing(record, staffId) || isIncoming(record, staffId);
}

/** What reading an entry changes in the record, or why the entry is set aside. */
type Patch = Partial<HandoverRecord> | IgnoredReason;

type Handler<T extends HandoverEntryType> = (
  record: HandoverRecord,
  payload: HandoverPayloads[T],
  entry: WrittenEntry,
) => Patch;

const HANDLERS: { readonly [T in HandoverEntryType]: Handler<T> } = {
  'handover.opened': (record, payload, entry) => {
    if (record.opened !== undefined) return 'duplicate-open';
    return {
      opened: {
        staffId: entry.actor.staffId,
        at: entry.at,
        seq: entry.seq,
        site: payload.site,
        post: payload.post,
        outgoingShift: { key: payload.outgoingShift.key, scheduledEnd: payload.outgoingShift.scheduledEnd },
        incomingShift: {
          key: payload.incomingShift.key,
          scheduledStart: payload.incomingShift.scheduledStart,
        },
      },
      outgoing: person(payload.outgoing),
      incoming: person(payload.incoming),
    };
  },

  'handover.arrived': (record, payload, entry) => {
    if (hasArrived(record, payload.staffId)) return 'repeated';
    return {
      arrivals: [
        ...record.arrivals,
        { staffId: payload.staffId, arrivedAt: payload.arrivedAt, seq: entry.seq },
      ],
    };
  },

  'handover.checklist-item-done': (record, payload, entry) => {
    const by = entry.actor.staffId;
    const repeated = record.checklist.some(
      (tick) => tick.side === payload.side && tick.itemId === payload.itemId && tick.staffId === by,
    );
    if (repeated) return 'repeated';
    return {
      checklist: [
        ...record.checklist,
        {
          staffId: entry.actor.staffId,
          at: entry.at,
          seq: entry.seq,
          side: payload.side,
          itemId: payload.itemId,
          note: payload.note,
        },
      ],
    };
  },

  'handover.item-counted': (record, payload, entry) => ({
    counts: upsert(
      record.counts,
      {
        staffId: entry.actor.staffId,
        at: entry.at,
        seq: entry.seq,
        itemId: payload.itemId,
        counted: payload.counted,
        status: payload.status,
        explanation: payload.explanation,
      },
      (count) => count.itemId === payload.itemId,
    ),
  }),

  'handover.matter-carried-over': (record, payload, entry) => {
    const previous = record.matters.find((matter) => matter.matterId === payload.matterId);
    return {
      matters: upsert(
        record.matters,
        {
          staffId: entry.actor.staffId,
          at: entry.at,
          seq: entry.seq,
          matterId: payload.matterId,
          title: payload.title,
          cause: payload.cause,
          course: payload.course,
          result: payload.result,
          status: payload.status,
          nextStep: payload.nextStep,
          owner: payload.owner,
          due: payload.due,
          major: payload.major,
          version: (previous?.version ?? 0) + 1,
          // A new version is new content: the incoming person must read it again.
          acknowledged: undefined,
        },
        (matter) => matter.matterId === payload.matterId,
      ),
    };
  },

  'handover.matter-acknowledged': (record, payload, entry) => {
    const matter = record.matters.find((candidate) => candidate.matterId === payload.matterId);
    if (matter === undefined) return 'unknown-subject';
    if (!isIncoming(record, entry.actor.staffId)) return 'not-a-party';
    if (matter.acknowledged?.staffId === entry.actor.staffId) return 'repeated';
    return {
      matters: upsert(record.matters, { ...matter, acknowledged: stamp(entry) }, (m) => m === matter),
    };
  },

  'handover.instruction-passed-on': (record, payload, entry) => ({
    instructions: upsert(
      record.instructions,
      {
        staffId: entry.actor.staffId,
        at: entry.at,
        seq: entry.seq,
        instructionId: payload.instructionId,
        from: payload.from,
        instruction: payload.instruction,
      },
      (instruction) => instruction.instructionId === payload.instructionId,
    ),
  }),

  'handover.major-issue-recorded': (record, payload, entry) => ({
    majorIssues: upsert(
      record.majorIssues,
      {
        staffId: entry.actor.staffId,
        at: entry.at,
        seq: entry.seq,
        issueId: payload.issueId,
        description: payload.description,
        resolved: payload.resolved,
      },
      (issue) => issue.issueId === payload.issueId,
    ),
  }),

  'handover.equipment-status-recorded': (record, payload, entry) => ({
    equipment: upsert(
      record.equipment,
      {
        staffId: entry.actor.staffId,
        at: entry.at,
        seq: entry.seq,
        equipmentId: payload.equipmentId,
        name: payload.name,
        state: payload.state,
        major: payload.major,
        note: payload.note,
      },
      (status) => status.equipmentId === payload.equipmentId,
    ),
  }),

  'handover.anomaly-recorded': (record, payload, entry) => ({
    anomalies: upsert(
      record.anomalies,
      {
        staffId: entry.actor.staffId,
        at: entry.at,
        seq: entry.seq,
        anomalyId: payload.anomalyId,
        area: payload.area,
        description: payload.description,
        explanation: payload.explanation,
      },
      (anomaly) => anomaly.anomalyId === payload.anomalyId,
    ),
  }),

  'handover.fitness-confirmed': (record, payload, entry) => {
    const { incoming, outgoing } = record;
    if (incoming === undefined) return 'not-a-party';
    if (payload.staffId !== incoming.staffId) return 'not-a-party';
    if (record.signatures.incoming !== undefined) return 'out-of-sequence';
    const fitness = [
      ...record.fitness,
      {
        staffId: entry.actor.staffId,
        at: entry.at,
        seq: entry.seq,
        subject: payload.staffId,
        fit: payload.fit,
        observation: payload.observation,
        substitute: payload.substitute === undefined ? undefined : person(payload.substitute),
      },
    ];
    const { substitute } = payload;
    if (payload.fit || substitute === undefined) return { fitness };
    // The substitute takes over the incoming side; a party cannot stand in for themselves.
    if (substitute.staffId === incoming.staffId || substitute.staffId === outgoing?.staffId) {
      return { fitness };
    }
    const by = person(substitute);
    return {
      fitness,
      incoming: by,
      substitutions: [...record.substitutions, { replaced: incoming, by, seq: entry.seq, at: entry.at }],
    };
  },

  'handover.emergency-raised': (record, payload, entry) => {
    if (record.flags.some((flag) => flag.flagId === payload.flagId)) return 'repeated';
    return {
      flags: [
        ...record.flags,
        {
          flagId: payload.flagId,
          kind: payload.kind,
          description: payload.description,
          raised: stamp(entry),
          ledBy: record.outgoing?.staffId ?? entry.actor.staffId,
          cleared: undefined,
        },
      ],
    };
  },

  'handover.emergency-cleared': (record, payload, entry) => {
    const flag = record.flags.find((candidate) => candidate.flagId === payload.flagId);
    if (flag === undefined) return 'unknown-subject';
    if (flag.cleared !== undefined) return 'repeated';
    return {
      flags: upsert(
        record.flags,
        {
          ...flag,
          cleared: { staffId: entry.actor.staffId, at: entry.at, seq: entry.seq, outcome: payload.outcome },
        },
        (f) => f === flag,
      ),
    };
  },

  'handover.dispute-raised': (record, payload, entry) => {
    if (record.disputes.some((dispute) => dispute.disputeId === payload.disputeId)) {
      return 'repeated';
    }
    return {
      disputes: [
        ...record.disputes,
        {
          disputeId: payload.disputeId,
          description: payload.description,
          reportedTo: payload.reportedTo,
          raised: stamp(entry),
          resolved: undefined,
        },
      ],
    };
  },

  'handover.dispute-resolved': (record, payload, entry) => {
    const dispute = record.disputes.find((candidate) => candidate.disputeId === payload.disputeId);
    if (dispute === undefined) return 'unknown-subject';
    if (dispute.resolved !== undefined) return 'repeated';
    return {
      disputes: upsert(
        record.disputes,
        {
          ...dispute,
          resolved: {
            staffId: entry.actor.staffId,
            at: entry.at,
            seq: entry.seq,
            resolution: payload.resolution,
          },
        },
        (d) => d === dispute,
      ),
    };
  },

  'handover.outgoing-prepared': (record, _payload, entry) => {
    if (!isOutgoing(record, entry.actor.staffId)) return 'not-a-party';
    if (record.prepared !== undefined) return 'repeated';
    return { prepared: stamp(entry) };
  },

  'handover.signed': (record, payload, entry) => {
    const { role, staffId } = payload;
    const party = role === 'outgoing' ? isOutgoing(record, staffId) : isIncoming(record, staffId);
    if (!party || staffId !== entry.actor.staffId) return 'not-a-party';
    if (record.signatures[role] !== undefined) return 'repeated';
    const signature = {
      role,
      staffId,
      signedAt: payload.signedAt,
      matterCount: payload.matterCount,
      seq: entry.seq,
    };
    return { signatures: { ...record.signatures, [role]: signature } };
  },

  'handover.countersigned': (record, payload, entry) => {
    if (record.countersign !== undefined) return 'repeated';
    const { outgoing, incoming } = record.signatures;
    if (outgoing === undefined || incoming === undefined) return 'out-of-sequence';
    if (isParty(record, payload.staffId) || payload.staffId !== entry.actor.staffId) {
      return 'not-a-party';
    }
    return {
      countersign: {
        staffId: payload.staffId,
        at: entry.at,
        seq: entry.seq,
        role: payload.role,
        note: payload.note,
      },
    };
  },

  'handover.outgoing-left': (record, payload, entry) => {
    if (!isOutgoing(record, payload.staffId)) return 'not-a-party';
    if (record.outgoingLeft !== undefined) return 'repeated';
    return { outgoingLeft: stamp(entry) };
  },
};

function person(value: { readonly staffId: string; readonly name?: string | undefined }) {
  return value.name === undefined ? { staffId: value.staffId } : { staffId: value.staffId, name: value.name };
}

/** Options of {@link foldHandover}. */
export interface FoldOptions {
  /** The handover to follow; the first handover opened in the entries when omitted. */
  readonly handoverId?: string;
}

/**
 * Folds journal entries into one handover's state under the policy. Other
 * handovers' entries and other domains' entries are skipped.
 */
export function foldHandover(
  entries: readonly SealedEntry[],
  policy: ResolvedPolicy,
  options: FoldOptions = {},
): HandoverState {
  // A working copy nobody else sees: entries are committed into it (see `inPlace`).
  let record: HandoverRecord = { ...emptyHandoverRecord(options.handoverId) };
  for (const entry of entries) record = step(record, entry, inPlace);
  return deriveHandover(record, policy);
}

/** Every handover opened in the entries, each folded, in the order they were opened. */
export function foldHandovers(entries: readonly SealedEntry[], policy: ResolvedPolicy): HandoverState[] {
  const groups = new Map<string, SealedEntry[]>();
  // Amendments name an entry by id; remember which handover each id belongs to.
  const owners = new Map<string, string>();
  for (const entry of entries) {
    const request = amendRequest(entry);
    const handoverId = request === undefined ? handoverIdOf(entry) : owners.get(request.originalId);
    if (handoverId === undefined) continue;
    owners.set(entry.id, handoverId);
    const group = groups.get(handoverId);
    if (group === undefined) groups.set(handoverId, [entry]);
    else group.push(entry);
  }
  const states: HandoverState[] = [];
  for (const [handoverId, group] of groups) {
    let record: HandoverRecord = { ...emptyHandoverRecord(handoverId) };
    for (const entry of group) record = step(record, entry, inPlace);
    if (record.opened !== undefined) states.push(deriveHandover(record, policy));
  }
  return states.sort((a, b) => (a.opened?.seq ?? 0) - (b.opened?.seq ?? 0));
}
