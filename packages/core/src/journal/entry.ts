/**
 * Journal entries. Every record of the product — a handover signed, a case
 * opened, a key issued, a roster published — is one entry of an append-only,
 * hash-chained journal: records are never altered (REG7-8.5a) and are kept
 * intact (HOS-4.8); a correction is a new entry that refers to the original.
 *
 * A caller supplies an {@link UnsealedEntry} (`id`, `at`, `actor`, `type`,
 * `payload`); the journal seals it with its position (`seq`), the hash of the
 * entry before it (`prev`) and its own `hash`, giving a {@link SealedEntry}.
 */
import * as z from 'zod/mini';
import { instantRefusal, parseInstant } from '../time/parse-instant.js';
import type { JsonValue } from './json.js';

/** Clauses this module records. */
export const RECORD_CLAUSES = ['REG7-8.5a', 'HOS-4.8'] as const;

/** The `prev` of the first entry of a journal that was never purged: 64 zeros. */
export const GENESIS_PREV = '0'.repeat(64);

/** The type of the entry that corrects another (REG7-8.5a). Written by `amend` only. */
export const AMEND_TYPE = 'journal.amend';
/** The type of the entry that stands for a purged prefix (REG7-8.5b). Written by `purge` only. */
export const CHECKPOINT_TYPE = 'journal.checkpoint';
/**
 * The type of the entry a purge appends at the head of the chain, naming the
 * checkpoint's hash: nothing else links to a checkpoint, so without this record
 * its fields (who purged, when, how many entries) could be rewritten unseen.
 * Written by `purge` only.
 */
export const PURGE_RECORD_TYPE = 'journal.purged';
/** Types the journal writes itself; `append` refuses them. */
export const RESERVED_TYPES: ReadonlySet<string> = new Set([AMEND_TYPE, CHECKPOINT_TYPE, PURGE_RECORD_TYPE]);

/** `handover.signed`, `case.opened`, `key-register.returned`: dot-separated lowercase words. */
export const ENTRY_TYPE_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\.[a-z][a-z0-9]*(?:-[a-z0-9]+)*)+$/;
/** Lowercase hex SHA-256. */
export const HASH_PATTERN = /^[0-9a-f]{64}$/;

/** Who wrote an entry. */
export interface Actor {
  /** Staff number (工號, CSM-3). */
  readonly staffId: string;
  readonly name?: string;
  /** A role id of the policy (`duty-officer`, `cs-supervisor`, …). */
  readonly role?: string;
}

/** What a caller passes to `append`. */
export interface UnsealedEntry {
  /** Unique in the journal; chosen by the caller so that a retried append is recognised. */
  readonly id: string;
  /**
   * ISO 8601 instant with an explicit offset: `2026-12-01T08:55:00+08:00` (or
   * `Z`), of the years 2000–2999, as {@link InstantSchema} accepts it.
   */
  readonly at: string;
  readonly actor: Actor;
  /** Dotted lowercase name, validated against the journal's payload schemas. */
  readonly type: string;
  /** Any JSON value (checked at run time); validated by the payload schema of `type`. */
  readonly payload: unknown;
}

/** The fields a hash covers: everything but the hash itself. */
export interface EntryContent extends UnsealedEntry {
  /** Position in the journal: 0, 1, 2, … (after a purge, from the checkpoint's seq). */
  readonly seq: number;
  /** Hash of the entry before (64 zeros for the first entry, see {@link GENESIS_PREV}). */
  readonly prev: string;
}

/** An entry as stored: sealed with its position and hash. */
export interface SealedEntry extends EntryContent {
  readonly payload: JsonValue;
  /** Lowercase hex SHA-256 of the canonical form of every other field. */
  readonly hash: string;
}

/**
 * Parse options for every check whose issues become problems: zod only
 * reports the offending value with `reportInput`, and without it
 * `problemsFromIssues` cannot tell a missing field from a wrong type.
 */
export const REPORT_INPUT = { reportInput: true } as const;

/** A non-empty string with surrounding spaces not counted. */
const Text = z.string().check(z.trim(), z.minLength(1));

export const ActorSchema = z.strictObject({
  staffId: Text,
  name: z.optional(Text),
  role: z.optional(Text),
});

/**
 * An instant: ISO 8601 with an explicit UTC offset (`Z` or `±HH:mm`), seconds
 * optional, at most nine fractional digits, a date that exists, and an
 * instant from 2000-01-01T00:00:00Z up to (not including)
 * 3000-01-01T00:00:00Z: exactly what `parseInstant` reads, so that every
 * reader of a stored time can read whatever the journal accepts. A local time
 * without offset is refused (it would be read in the host's zone) with
 * `journal.format.instant`; an instant outside the years 2000–2999 with
 * `journal.range.instant`. Every schema that takes an instant (entries,
 * payloads, commands, an escalation's matter) uses this one.
 */
export const InstantSchema = z.string().check(
  z.refine((text) => instantRefusal(text) !== 'format', 'journal.format.instant'),
  z.refine((text) => instantRefusal(text) !== 'range', 'journal.range.instant'),
);

export const EntryTypeSchema = z.string().check(z.regex(ENTRY_TYPE_PATTERN, 'journal.format.type'));

export const HashSchema = z.string().check(z.regex(HASH_PATTERN, 'journal.format.hash'));

const Seq = z.int().check(z.gte(0));

/** Presence only: whether the payload is JSON is checked by the canonical serialisation. */
const Payload = z.custom((value) => value !== undefined, 'input.required');

/** The shape of what callers pass to `append`. */
export const UnsealedEntrySchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  at: InstantSchema,
  actor: ActorSchema,
  type: EntryTypeSchema,
  payload: Payload,
});

/** The shape of a stored entry. */
export const SealedEntrySchema = z.strictObject({
  seq: Seq,
  id: z.string().check(z.minLength(1)),
  at: InstantSchema,
  actor: ActorSchema,
  type: EntryTypeSchema,
  payload: Payload,
  prev: HashSchema,
  hash: HashSchema,
});

/**
 * The payload of a `journal.checkpoint` entry: the last entry a purge removed
 * (its seq, hash and `at`), how many entries that purge removed, and the
 * first seq it removed. The entries after the checkpoint link to `hash`.
 */
export const CheckpointPayloadSchema = z.strictObject({
  seq: Seq,
  hash: HashSchema,
  at: InstantSchema,
  count: z.int().check(z.gte(1)),
  fromSeq: Seq,
});
export type CheckpointPayload = z.infer<typeof CheckpointPayloadSchema>;

/**
 * The payload of a `journal.purged` entry: the hash of the checkpoint the purge
 * left, and what that checkpoint stands for (the same seqs and count).
 */
export const PurgeRecordPayloadSchema = z.strictObject({
  checkpoint: HashSchema,
  seq: Seq,
  fromSeq: Seq,
  count: z.int().check(z.gte(1)),
});
export type PurgeRecordPayload = z.infer<typeof PurgeRecordPayloadSchema>;

/**
 * The payload of a `journal.amend` entry: which entry it corrects (by id, seq
 * and hash), the corrected payload fields, and why (REG7-8.5a).
 */
export const AmendPayloadSchema = z.strictObject({
  original: z.strictObject({ id: z.string().check(z.minLength(1)), seq: Seq, hash: HashSchema }),
  corrected: z.record(z.string(), z.unknown()),
  reason: Text,
});
// A type alias (not an interface) so that it is assignable to JsonValue.
export type AmendPayload = Readonly<{
  original: Readonly<{ id: string; seq: number; hash: string }>;
  corrected: Readonly<Record<string, JsonValue>>;
  reason: string;
}>;

/**
 * Milliseconds since the epoch of an instant {@link InstantSchema} accepts
 * (offset taken into account), as `parseInstant` reads it; NaN for anything
 * else (a stored time written under an older, looser definition).
 */
export function instantMillis(at: string): number {
  return parseInstant(at) ?? Number.NaN;
}

/** True when the entry is a checkpoint with a well-formed payload. */
export function isCheckpoint(
  entry: SealedEntry,
): entry is SealedEntry & { readonly payload: CheckpointPayload } {
  return entry.type === CHECKPOINT_TYPE && CheckpointPayloadSchema.safeParse(entry.payload).success;
}
