/**
 * Entries as a fold reads them: a journal entry with its payload as
 * corrected. A record is never edited (REG7-8.5a): a `journal.amend` entry
 * names the original by id and hash and carries corrected fields. A fold
 * keeps the entries it has read in a {@link WrittenLog}; when one of them is
 * amended, it lays the corrected fields over that entry and reads its
 * entries again from the start. Amendments are rare, so the replay costs
 * little, and the fold stays a plain `(state, entry) → state`.
 */
import { AMEND_TYPE, AmendPayloadSchema, type Actor, type SealedEntry } from '../journal/entry.js';
import { isPlainObject, type JsonObject, type JsonValue } from '../journal/json.js';

/** A journal entry as a fold reads it: its payload with any amendments laid over. */
export interface WrittenEntry {
  readonly seq: number;
  readonly id: string;
  readonly at: string;
  readonly actor: Actor;
  readonly type: string;
  readonly payload: JsonValue;
  /** Hash of the original entry: an amendment names it, so it must match. */
  readonly hash: string;
}

/**
 * The entries a fold has read, newest first. Appending shares every earlier
 * entry instead of copying them, so reading n entries stays linear; use
 * {@link writtenList} for them in journal order.
 */
export interface WrittenLog {
  readonly entry: WrittenEntry;
  readonly earlier: WrittenLog | undefined;
  /** How many entries the log holds. */
  readonly count: number;
}

export function appendWritten(log: WrittenLog | undefined, entry: WrittenEntry): WrittenLog {
  return { entry, earlier: log, count: (log?.count ?? 0) + 1 };
}

/** The entries of a log, oldest first. */
export function writtenList(log: WrittenLog | undefined): WrittenEntry[] {
  const list: WrittenEntry[] = [];
  for (let node = log; node !== undefined; node = node.earlier) list.push(node.entry);
  return list.reverse();
}

function logOf(entries: readonly WrittenEntry[]): WrittenLog | undefined {
  let log: WrittenLog | undefined;
  for (const entry of entries) log = appendWritten(log, entry);
  return log;
}

/** A correction a fold has read. */
export interface Amendment {
  readonly seq: number;
  readonly id: string;
  readonly at: string;
  readonly by: string;
  readonly originalId: string;
  readonly originalSeq: number;
  readonly reason: string;
  /** False when the amendment could not be applied (the original's hash differs, or it moves the entry away). */
  readonly applied: boolean;
}

export function writtenEntry(entry: SealedEntry): WrittenEntry {
  return {
    seq: entry.seq,
    id: entry.id,
    at: entry.at,
    actor: entry.actor,
    type: entry.type,
    payload: entry.payload,
    hash: entry.hash,
  };
}

/** The `key` field of an object payload when it is text, else `undefined`. */
export function textField(payload: unknown, key: string): string | undefined {
  if (!isPlainObject(payload)) return undefined;
  const value = payload[key];
  return typeof value === 'string' ? value : undefined;
}

/** What an amendment entry asks for, when it is one and is well formed. */
export interface AmendRequest {
  readonly originalId: string;
  readonly originalSeq: number;
  readonly originalHash: string;
  readonly corrected: JsonObject;
  readonly reason: string;
}

export function amendRequest(entry: SealedEntry): AmendRequest | undefined {
  if (entry.type !== AMEND_TYPE) return undefined;
  const parsed = AmendPayloadSchema.safeParse(entry.payload);
  if (!parsed.success) return undefined;
  const { original, corrected, reason } = parsed.data;
  return {
    originalId: original.id,
    originalSeq: original.seq,
    originalHash: original.hash,
    corrected: corrected as JsonObject,
    reason,
  };
}

/** The outcome of laying an amendment over a fold's entries. */
export interface AmendOutcome {
  /** The entries with the correction applied (the same log when it was not). */
  readonly written: WrittenLog | undefined;
  readonly amendment: Amendment;
}

/**
 * Lays the amendment over the entry it names, when that entry is among
 * `written`; `undefined` when it names an entry this fold does not hold.
 * `stays` says whether the corrected payload still belongs to the fold (a
 * correction may not move a record to another handover or register).
 */
export function applyAmendment(
  written: WrittenLog | undefined,
  entry: SealedEntry,
  request: AmendRequest,
  stays: (payload: JsonValue) => boolean,
): AmendOutcome | undefined {
  let found: WrittenEntry | undefined;
  for (let node = written; node !== undefined && found === undefined; node = node.earlier) {
    if (node.entry.id === request.originalId) found = node.entry;
  }
  const original = found;
  if (original === undefined) return undefined;
  const base: Omit<Amendment, 'applied'> = {
    seq: entry.seq,
    id: entry.id,
    at: entry.at,
    by: entry.actor.staffId,
    originalId: original.id,
    originalSeq: original.seq,
    reason: request.reason,
  };
  if (original.hash !== request.originalHash || !isPlainObject(original.payload)) {
    return { written, amendment: { ...base, applied: false } };
  }
  const payload: JsonObject = { ...original.payload, ...request.corrected };
  if (!stays(payload)) return { written, amendment: { ...base, applied: false } };
  const corrected = writtenList(written).map((candidate) =>
    candidate === original ? { ...original, payload } : candidate,
  );
  return { written: logOf(corrected), amendment: { ...base, applied: true } };
}
