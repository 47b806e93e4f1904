/**
 * The journal: an append-only, hash-chained record of every event
 * (REG7-8.5a records are never altered; HOS-4.8 records are kept intact).
 *
 * `createJournal` wraps a storage adapter. Every write is validated first and
 * written in one adapter call, so a refused operation writes nothing.
 * Operations of one journal object run one at a time, in call order.
 */
import * as z from 'zod/mini';
import { problem, type DataPath } from '../diagnostics/problem.js';
import { problemsFromIssues } from '../diagnostics/zod-problems.js';
import type { JournalAdapter } from './adapter.js';
import { buildAmendment } from './amend.js';
import { canonicalize, CanonicalError } from './canonical.js';
import {
  AMEND_TYPE,
  CHECKPOINT_TYPE,
  PURGE_RECORD_TYPE,
  type PurgeRecordPayload,
  ENTRY_TYPE_PATTERN,
  GENESIS_PREV,
  REPORT_INPUT,
  RESERVED_TYPES,
  UnsealedEntrySchema,
  instantMillis,
  type Actor,
  type EntryContent,
  type SealedEntry,
  type UnsealedEntry,
} from './entry.js';
import { JournalError, problemFromCanonical } from './errors.js';
import { hashEntry, webCryptoSubtle, type DigestProvider } from './hash.js';
import { cloneJson, type JsonValue } from './json.js';
import {
  planPurge,
  planPurgeBefore,
  type InstantInput,
  type PurgePlan,
  type RetentionPolicy,
  type RetentionWindow,
} from './retention.js';
import { verifyJournal, type VerifyResult } from './verify.js';

/** A zod schema (classic or mini) for the payload of one entry type. */
export type PayloadSchema = z.core.$ZodType;

/** Entry type → payload schema, as an object or a `Map`. */
export type PayloadSchemas = Readonly<Record<string, PayloadSchema>> | ReadonlyMap<string, PayloadSchema>;

export interface JournalOptions {
  readonly adapter: JournalAdapter;
  /** The entry types this journal accepts, each with the schema its payload must satisfy. */
  readonly payloadSchemas?: PayloadSchemas;
  /** Accept types without a schema (their payload must still be JSON). Off by default. */
  readonly allowUnknownTypes?: boolean;
  /** Digest provider; `globalThis.crypto.subtle` by default. */
  readonly subtle?: DigestProvider;
}

export interface AmendOptions {
  /** Id of the correcting entry; `<originalId>/amend/<seq>` by default. */
  readonly id?: string;
}

export interface PurgeOptions {
  /** Who purges; `{ staffId: 'journal' }` by default. */
  readonly actor?: Actor;
  /** Id of the checkpoint entry; `checkpoint/<seq>` by default. */
  readonly id?: string;
}

export interface PurgeResult {
  /** How many records were removed (0 when nothing was old enough). */
  readonly removed: number;
  /** The checkpoint left in their place, if anything was removed. */
  readonly checkpoint: SealedEntry | undefined;
  readonly window: RetentionWindow;
}

export interface Journal {
  /** Validates, seals and stores one entry. @throws {JournalError} nothing is stored on refusal. */
  append(entry: UnsealedEntry): Promise<SealedEntry>;
  /** Validates, seals and stores entries, all or none. @throws {JournalError} */
  appendMany(entries: readonly UnsealedEntry[]): Promise<SealedEntry[]>;
  /**
   * Records a correction of entry `originalId` as a new `journal.amend` entry
   * (REG7-8.5a): the original is never edited. `correction` holds the
   * corrected payload fields. @throws {JournalError} `unknown-original`, …
   */
  amend(
    originalId: string,
    correction: Readonly<Record<string, unknown>>,
    actor: Actor,
    at: string,
    reason: string,
    options?: AmendOptions,
  ): Promise<SealedEntry>;
  /** Every stored entry, in seq order (copies). */
  entries(): Promise<SealedEntry[]>;
  /** The last entry (a copy). Keep its hash elsewhere to detect truncation. */
  head(): Promise<SealedEntry | undefined>;
  /** The entry with this id, if it is stored. */
  get(id: string): Promise<SealedEntry | undefined>;
  /** Verifies the stored chain, see {@link verifyJournal}. */
  verify(): Promise<VerifyResult>;
  /**
   * Removes the largest prefix of whole archive months past retention
   * (REG7-8.5b) and leaves a checkpoint; removes nothing when nothing is old
   * enough. @throws {JournalError} `broken-chain` when the stored chain does not verify.
   */
  purge(now: InstantInput, policy: RetentionPolicy, options?: PurgeOptions): Promise<PurgeResult>;
  /**
   * Removes exactly the entries with `seq < beforeSeq`, or refuses with
   * `retention` (nothing removed) when any of them is still within retention.
   */
  purgeBefore(
    beforeSeq: number,
    now: InstantInput,
    policy: RetentionPolicy,
    options?: PurgeOptions,
  ): Promise<PurgeResult>;
}

/** What the journal knows about the store between operations. */
interface View {
  readonly firstSeq: number;
  head: SealedEntry | undefined;
  /** id → seq of every stored entry. */
  readonly ids: Map<string, number>;
}

/** The latest entry an appended one is compared with (time order). */
interface Latest {
  readonly seq: number;
  readonly at: string;
  readonly atMillis: number;
}

interface Accepted {
  readonly id: string;
  readonly at: string;
  readonly atMillis: number;
  readonly actor: Actor;
  readonly type: string;
  readonly payload: JsonValue;
}

export function createJournal(options: JournalOptions): Journal {
  const { adapter } = options;
  const allowUnknownTypes = options.allowUnknownTypes ?? false;
  const schemas = schemaMap(options.payloadSchemas);
  const subtle = (): DigestProvider => options.subtle ?? webCryptoSubtle();

  let view: View | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  /** Runs operations one at a time, so two appends never race for the same seq. */
  function exclusive<T>(operation: () => Promise<T>): Promise<T> {
    const run = queue.then(operation, operation);
    queue = run.catch(() => undefined);
    return run;
  }

  /** Brings the view up to date with the store (another tab may have written). */
  async function sync(): Promise<View> {
    const storedHead = await adapter.head();
    if (view !== undefined && sameEntry(view.head, storedHead)) return view;
    if (view?.head !== undefined && storedHead !== undefined && storedHead.seq > view.head.seq) {
      const added = await adapter.read(view.head.seq + 1);
      if (added[0]?.seq === view.head.seq + 1) {
        for (const entry of added) view.ids.set(entry.id, entry.seq);
        view.head = added[added.length - 1];
        return view;
      }
    }
    const all = await adapter.read(0);
    view = {
      firstSeq: all[0]?.seq ?? 0,
      head: all[all.length - 1],
      ids: new Map(all.map((entry) => [entry.id, entry.seq])),
    };
    return view;
  }

  /** The hash the next entry links to. A leading checkpoint passes on the hash it carries. */
  function nextLink(current: View): { seq: number; prev: string } {
    const { head } = current;
    if (head === undefined) return { seq: 0, prev: GENESIS_PREV };
    const prev = head.type === CHECKPOINT_TYPE && head.seq === current.firstSeq ? head.prev : head.hash;
    return { seq: head.seq + 1, prev };
  }

  /**
   * Checks one entry against the store and the entries before it in the
   * batch. Throws on the first kind of problem found.
   */
  function accept(
    input: unknown,
    path: DataPath,
    current: View,
    batch: ReadonlyMap<string, number>,
    latest: Latest | undefined,
    allowType?: string,
  ): Accepted {
    const shape = UnsealedEntrySchema.safeParse(input, REPORT_INPUT);
    if (!shape.success) throw new JournalError('invalid-entry', problemsFromIssues(shape.error.issues, path));
    // Store what the caller gave, not zod's output (which trims text).
    const { id, at, actor, type, payload } = input as UnsealedEntry;

    if (RESERVED_TYPES.has(type) && type !== allowType) {
      throw new JournalError('invalid-entry', [
        problem([...path, 'type'], 'journal.reserved-type', { type }),
      ]);
    }
    const schema = schemas.get(type);
    if (schema === undefined && !allowUnknownTypes && type !== allowType) {
      throw new JournalError('unknown-type', [problem([...path, 'type'], 'journal.unknown-type', { type })]);
    }
    try {
      canonicalize(payload);
    } catch (error) {
      if (error instanceof CanonicalError) {
        throw new JournalError('invalid-entry', [problemFromCanonical(error, [...path, 'payload'])]);
      }
      throw error;
    }
    if (schema !== undefined) {
      const checked = z.safeParse(schema, payload, REPORT_INPUT);
      if (!checked.success) {
        throw new JournalError(
          'invalid-entry',
          problemsFromIssues(checked.error.issues, [...path, 'payload']),
        );
      }
    }

    const storedSeq = current.ids.get(id);
    if (storedSeq !== undefined) {
      throw new JournalError('duplicate-id', [
        problem([...path, 'id'], 'journal.duplicate-id', { id, seq: storedSeq }),
      ]);
    }
    if (batch.has(id)) {
      throw new JournalError('duplicate-id', [
        problem([...path, 'id'], 'journal.duplicate-id-in-batch', { id }),
      ]);
    }

    const atMillis = instantMillis(at);
    if (latest !== undefined && atMillis < latest.atMillis) {
      throw new JournalError('out-of-order', [
        problem([...path, 'at'], 'journal.out-of-order', { at, headSeq: latest.seq, headAt: latest.at }),
      ]);
    }
    return {
      id,
      at,
      atMillis,
      actor: cloneJson<Actor>(actor),
      type,
      payload: cloneJson(payload as JsonValue),
    };
  }

  async function seal(entry: Accepted, seq: number, prev: string): Promise<SealedEntry> {
    const content: EntryContent & { payload: JsonValue } = {
      seq,
      id: entry.id,
      at: entry.at,
      actor: entry.actor,
      type: entry.type,
      payload: entry.payload,
      prev,
    };
    return { ...content, hash: await hashEntry(content, subtle()) };
  }

  async function store(current: View, sealed: readonly SealedEntry[]): Promise<SealedEntry[]> {
    try {
      await adapter.append(sealed);
    } catch (error) {
      view = undefined;
      throw storageError(error);
    }
    for (const entry of sealed) current.ids.set(entry.id, entry.seq);
    current.head = sealed[sealed.length - 1] ?? current.head;
    return sealed.map((entry) => cloneJson(entry));
  }

  async function appendAll(
    inputs: readonly unknown[],
    prefixed: boolean,
    allowType?: string,
  ): Promise<SealedEntry[]> {
    const current = await sync();
    const batch = new Map<string, number>();
    const accepted: Accepted[] = [];
    let { seq, prev } = nextLink(current);
    const { head } = current;
    let latest: Latest | undefined =
      head === undefined ? undefined : { seq: head.seq, at: head.at, atMillis: instantMillis(head.at) };
    for (const [index, input] of inputs.entries()) {
      const entry = accept(input, prefixed ? [index] : [], current, batch, latest, allowType);
      batch.set(entry.id, index);
      accepted.push(entry);
      latest = { seq: seq + index, at: entry.at, atMillis: entry.atMillis };
    }
    const sealed: SealedEntry[] = [];
    for (const entry of accepted) {
      const next = await seal(entry, seq, prev);
      sealed.push(next);
      seq += 1;
      prev = next.hash;
    }
    return store(current, sealed);
  }

  async function purgeWith(
    choose: (entries: readonly SealedEntry[]) => PurgePlan,
    purgeOptions: PurgeOptions,
  ): Promise<PurgeResult> {
    const current = await sync();
    const all = await adapter.read(0);
    const verified = await verifyJournal(all, { subtle: subtle() });
    if (!verified.intact) {
      throw new JournalError('broken-chain', [
        problem([verified.index], 'journal.broken-chain', { seq: verified.seq, reason: verified.reason }),
      ]);
    }
    const plan = choose(all);
    const { checkpoint: payload } = plan;
    if (payload === undefined) return { removed: 0, checkpoint: undefined, window: plan.window };

    const firstKeptSeq = payload.seq + 1;
    const id = purgeOptions.id ?? `checkpoint/${payload.seq}`;
    const taken = current.ids.get(id);
    if (taken !== undefined && taken >= firstKeptSeq) {
      throw new JournalError('duplicate-id', [problem(['id'], 'journal.duplicate-id', { id, seq: taken })]);
    }
    const unsealed = {
      id,
      at: plan.window.now,
      actor: purgeOptions.actor ?? { staffId: 'journal' },
      type: CHECKPOINT_TYPE,
      payload,
    };
    const shape = UnsealedEntrySchema.safeParse(unsealed, REPORT_INPUT);
    if (!shape.success) throw new JournalError('invalid-entry', problemsFromIssues(shape.error.issues));
    const checkpoint = await seal(
      {
        ...unsealed,
        atMillis: instantMillis(unsealed.at),
        actor: cloneJson(unsealed.actor),
        payload: cloneJson(payload),
      },
      payload.seq,
      payload.hash,
    );
    // First the record at the head, which chains the checkpoint's hash in; then
    // the prefix is replaced. Should the replacement fail, the journal keeps every
    // entry plus a record of a purge that did not happen, which verifies and can
    // be retried; the other order could leave a checkpoint nothing vouches for.
    const record: PurgeRecordPayload = {
      checkpoint: checkpoint.hash,
      seq: payload.seq,
      fromSeq: payload.fromSeq,
      count: payload.count,
    };
    await appendAll(
      [
        {
          id: `purge/${payload.seq}/${checkpoint.hash.slice(0, 12)}`,
          at: unsealed.at,
          actor: unsealed.actor,
          type: PURGE_RECORD_TYPE,
          payload: record,
        },
      ],
      false,
      PURGE_RECORD_TYPE,
    );
    try {
      await adapter.replaceBefore(firstKeptSeq, checkpoint);
    } catch (error) {
      throw storageError(error);
    } finally {
      view = undefined;
    }
    return { removed: plan.removed.length, checkpoint: cloneJson(checkpoint), window: plan.window };
  }

  return {
    append: (entry) =>
      exclusive(async () => {
        const [sealed] = await appendAll([entry], false);
        if (sealed === undefined) throw new Error('unreachable: one entry in, one entry out');
        return sealed;
      }),

    appendMany: (entries) => exclusive(() => appendAll(entries, true)),

    amend: (originalId, correction, actor, at, reason, amendOptions = {}) =>
      exclusive(async () => {
        const current = await sync();
        const seq = current.ids.get(originalId);
        const [original] = seq === undefined ? [] : await adapter.read(seq, seq + 1);
        if (original?.id !== originalId) {
          throw new JournalError('unknown-original', [
            problem(['originalId'], 'journal.unknown-original', { id: originalId }),
          ]);
        }
        const payload = buildAmendment(original, correction, reason, schemas.get(original.type));
        const id = amendOptions.id ?? `${originalId}/amend/${nextLink(current).seq}`;
        const [sealed] = await appendAll([{ id, at, actor, type: AMEND_TYPE, payload }], false, AMEND_TYPE);
        if (sealed === undefined) throw new Error('unreachable: one entry in, one entry out');
        return sealed;
      }),

    entries: () => exclusive(() => adapter.read(0)),

    head: () => exclusive(async () => cloneOrUndefined((await sync()).head)),

    get: (id) =>
      exclusive(async () => {
        const seq = (await sync()).ids.get(id);
        if (seq === undefined) return undefined;
        const [entry] = await adapter.read(seq, seq + 1);
        return entry;
      }),

    verify: () => exclusive(async () => verifyJournal(await adapter.read(0), { subtle: subtle() })),

    purge: (now, policy, purgeOptions = {}) =>
      exclusive(() => purgeWith((all) => planPurge(all, now, policy), purgeOptions)),

    purgeBefore: (beforeSeq, now, policy, purgeOptions = {}) =>
      exclusive(() => purgeWith((all) => planPurgeBefore(all, beforeSeq, now, policy), purgeOptions)),
  };
}

function schemaMap(schemas: PayloadSchemas | undefined): ReadonlyMap<string, PayloadSchema> {
  const entries: [string, PayloadSchema][] =
    schemas === undefined ? [] : isMap(schemas) ? [...schemas.entries()] : Object.entries(schemas);
  for (const [type] of entries) {
    if (!ENTRY_TYPE_PATTERN.test(type)) {
      throw new JournalError('invalid-entry', [problem(['payloadSchemas', type], 'journal.format.type')]);
    }
    if (RESERVED_TYPES.has(type)) {
      throw new JournalError('invalid-entry', [
        problem(['payloadSchemas', type], 'journal.reserved-type', { type }),
      ]);
    }
  }
  return new Map(entries);
}

function isMap(schemas: PayloadSchemas): schemas is ReadonlyMap<string, PayloadSchema> {
  return schemas instanceof Map;
}

function sameEntry(a: SealedEntry | undefined, b: SealedEntry | undefined): boolean {
  return a === undefined || b === undefined ? a === b : a.seq === b.seq && a.hash === b.hash;
}

function cloneOrUndefined(entry: SealedEntry | undefined): SealedEntry | undefined {
  return entry === undefined ? undefined : cloneJson(entry);
}

function storageError(error: unknown): JournalError {
  const detail = error instanceof Error ? error.message : String(error);
  return new JournalError('storage', [problem([], 'journal.storage', { detail })], { cause: error });
}
