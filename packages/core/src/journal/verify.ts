/**
 * Checks a journal's hash chain and locates the first break.
 *
 * Each entry's hash covers all its other fields, `prev` included, and each
 * `prev` is the hash of the entry before. So:
 *
 * - a field changed in place no longer matches the entry's hash → `altered`;
 * - an entry changed and re-hashed matches its own hash, but the next entry's
 *   `prev` still names the old hash → `forged-link` at the next seq;
 * - a deleted entry leaves a gap in the seqs → `removed` at the seq after it;
 * - moved or repeated entries make the seqs go backwards → `reordered`;
 * - something that is not an entry at all → `malformed`.
 *
 * Truncating the tail is NOT detectable from the entries alone: the shorter
 * journal is a valid chain. The result therefore exposes `head` (seq and
 * hash of the last entry); a caller that keeps the head hash it last saw
 * elsewhere (a portal's backend, a printed handover sheet) compares it to
 * detect a cut tail.
 *
 * A journal that starts with a `journal.checkpoint` (left by a purge,
 * REG7-8.5b) verifies from the checkpoint: its payload names the seq and
 * hash of the last removed entry, and the entries after it link to that hash.
 * Nothing links to the checkpoint itself, so the purge also appended a
 * `journal.purged` entry naming the checkpoint's hash and repeating its seq,
 * first seq and count; a checkpoint that no such entry vouches for was changed
 * (and re-hashed) or forged, or its record was → `unrecorded-checkpoint`.
 */
import { problem, type Problem } from '../diagnostics/problem.js';
import { problemsFromIssues } from '../diagnostics/zod-problems.js';
import { canonicalEntry, CanonicalError } from './canonical.js';
import { problemFromCanonical } from './errors.js';
import {
  CHECKPOINT_TYPE,
  CheckpointPayloadSchema,
  GENESIS_PREV,
  PURGE_RECORD_TYPE,
  PurgeRecordPayloadSchema,
  REPORT_INPUT,
  SealedEntrySchema,
  type SealedEntry,
} from './entry.js';
import { toHex, utf8, webCryptoSubtle, type DigestProvider } from './hash.js';

/** Clauses the verification enforces. */
export const VERIFY_CLAUSES = ['REG7-8.5a', 'HOS-4.8'] as const;

export type BreakReason =
  'altered' | 'forged-link' | 'removed' | 'reordered' | 'malformed' | 'unrecorded-checkpoint';

export interface VerifyOptions {
  /** Digest provider; `globalThis.crypto.subtle` by default. */
  readonly subtle?: DigestProvider;
}

export interface IntactJournal {
  readonly intact: true;
  readonly count: number;
  /**
   * The last entry (`undefined` for an empty journal). Compare its `hash`
   * with a head hash kept elsewhere to detect a truncated tail.
   */
  readonly head: SealedEntry | undefined;
}

export interface BrokenJournal {
  readonly intact: false;
  readonly reason: BreakReason;
  /**
   * The seq where the chain breaks: the seq the entry at `index` should have
   * (for `removed`, the seq of the entry found after the gap).
   */
  readonly seq: number;
  /** Position of the offending entry in the list given. */
  readonly index: number;
  /** The break as a problem (path `[index]`), with a message in every locale. */
  readonly detail: Problem;
  /** For `malformed`: what is wrong with the entry, field by field. */
  readonly problems: readonly Problem[];
}

export type VerifyResult = IntactJournal | BrokenJournal;

/**
 * Verifies a journal (entries in stored order) and reports the first break.
 *
 * Digests run one at a time, in order. While the digest of one entry is in
 * flight (Web Crypto works off the main thread), the next entry is checked
 * against the schema and serialised, so that work costs almost nothing
 * extra: verifying is close to the time of hashing the canonical bytes alone.
 */
export async function verifyJournal(
  entries: readonly unknown[],
  options: VerifyOptions = {},
): Promise<VerifyResult> {
  const subtle = options.subtle ?? webCryptoSubtle();
  let previous: SealedEntry | undefined;
  /** The hash the next entry's `prev` must equal. */
  let link = GENESIS_PREV;

  const vouched = purgeRecordHashes(entries);
  let unrecorded: { readonly index: number; readonly seq: number } | undefined;

  let current = entries.length > 0 ? prepare(entries[0], 0) : undefined;
  let digest = current?.bytes === undefined ? undefined : subtle.digest('SHA-256', current.bytes);

  for (let index = 0; index < entries.length && current !== undefined; index++) {
    const expected = previous === undefined ? startSeq(entries[index], entries[index + 1]) : previous.seq + 1;
    if (current.bytes === undefined || digest === undefined) {
      return brokenAt('malformed', index, expected, {}, current.problems);
    }
    const entry = current.entry;
    // Prepare the next entry while this one's digest is computed.
    const next = index + 1 < entries.length ? prepare(entries[index + 1], index + 1) : undefined;
    const hash = toHex(await digest);
    if (hash !== entry.hash) return brokenAt('altered', index, expected);

    if (previous === undefined && entry.type === CHECKPOINT_TYPE) {
      // The chain resumes after a purge: the checkpoint stands for the last
      // removed entry and must agree with itself.
      const payload = CheckpointPayloadSchema.safeParse(entry.payload, REPORT_INPUT);
      if (!payload.success) {
        const problems = problemsFromIssues(payload.error.issues, [index, 'payload']);
        return brokenAt('malformed', index, expected, {}, problems);
      }
      if (entry.seq !== payload.data.seq || entry.prev !== payload.data.hash) {
        return brokenAt('forged-link', index, entry.seq);
      }
      // Whether a purge recorded this checkpoint is settled once the rest of the
      // chain (the record included) has verified: a damaged record is reported
      // where it stands, not here.
      if (!vouched.has(entry.hash)) unrecorded = { index, seq: entry.seq };
      link = payload.data.hash;
    } else {
      // A journal that was never purged starts at seq 0 from 64 zeros.
      const want = previous === undefined ? 0 : expected;
      // A purged journal whose checkpoint was moved from the front.
      const displaced = previous === undefined ? laterCheckpointSeq(entries, index + 1) : undefined;
      if (displaced !== undefined)
        return brokenAt('reordered', index, displaced, { expected: displaced, found: entry.seq });
      if (entry.seq !== want) {
        const reordered = entry.seq < want || appearsLater(entries, index + 1, want);
        return reordered
          ? brokenAt('reordered', index, want, { expected: want, found: entry.seq })
          : brokenAt('removed', index, entry.seq, { expected: want });
      }
      if (entry.prev !== link) return brokenAt('forged-link', index, want);
      link = entry.hash;
    }
    previous = entry;
    current = next;
    digest = current?.bytes === undefined ? undefined : subtle.digest('SHA-256', current.bytes);
  }
  if (unrecorded !== undefined) return brokenAt('unrecorded-checkpoint', unrecorded.index, unrecorded.seq);
  return { intact: true, count: entries.length, head: previous };
}

/** An entry checked and serialised, ready to digest; or what makes it malformed. */
type Prepared =
  | { readonly entry: SealedEntry; readonly bytes: Uint8Array<ArrayBuffer>; readonly problems?: undefined }
  | { readonly entry?: undefined; readonly bytes?: undefined; readonly problems: Problem[] };

function prepare(raw: unknown, index: number): Prepared {
  const parsed = SealedEntrySchema.safeParse(raw, REPORT_INPUT);
  if (!parsed.success) return { problems: problemsFromIssues(parsed.error.issues, [index]) };
  const entry = raw as SealedEntry;
  try {
    return { entry, bytes: utf8(canonicalEntry(entry)) };
  } catch (error) {
    if (!(error instanceof CanonicalError)) throw error;
    return { problems: [problemFromCanonical(error, [index])] };
  }
}

function brokenAt(
  reason: BreakReason,
  index: number,
  seq: number,
  params: Readonly<Record<string, number>> = {},
  problems: readonly Problem[] = [],
): BrokenJournal {
  const detail = problem([index], `journal.verify.${reason}`, { seq, position: index + 1, ...params });
  return { intact: false, reason, seq, index, detail, problems };
}

/**
 * The seq the first entry should have: 0 for a journal that starts at its
 * genesis, the checkpoint's own seq after a purge.
 */
function startSeq(raw: unknown, following: unknown): number {
  if (typeof raw !== 'object' || raw === null) return 0;
  const { prev, seq, type, payload } = raw as {
    prev?: unknown;
    seq?: unknown;
    type?: unknown;
    payload?: unknown;
  };
  if (prev === GENESIS_PREV) return 0;
  const isSeq = (value: unknown): value is number =>
    typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
  // A checkpoint's own seq and its payload's copy can each be changed in place;
  // the entry after it, whose seq its own hash covers, is the better witness.
  const next =
    typeof following === 'object' && following !== null ? (following as { seq?: unknown }).seq : undefined;
  if (type === CHECKPOINT_TYPE && isSeq(next) && next > 0) return next - 1;
  if (isSeq(seq)) return seq;
  const claimed = (payload as { seq?: unknown } | null | undefined)?.seq;
  return isSeq(claimed) ? claimed : 0;
}

/**
 * The checkpoint hashes that `journal.purged` entries vouch for (their chain is
 * checked in the loop). A record vouches for a checkpoint when it names its hash
 * and repeats what it stands for (seq, first seq, count): so neither can be
 * rewritten and re-hashed on its own, even as the newest entry.
 */
function purgeRecordHashes(entries: readonly unknown[]): ReadonlySet<string> {
  const hashes = new Set<string>();
  const first = entries[0] as { type?: unknown; payload?: unknown } | null | undefined;
  if (typeof first !== 'object' || first?.type !== CHECKPOINT_TYPE) return hashes;
  const claims = CheckpointPayloadSchema.safeParse(first.payload);
  if (!claims.success) return hashes;
  for (const raw of entries) {
    if (typeof raw !== 'object' || raw === null) continue;
    const { type, payload } = raw as { type?: unknown; payload?: unknown };
    if (type !== PURGE_RECORD_TYPE) continue;
    const parsed = PurgeRecordPayloadSchema.safeParse(payload);
    if (
      parsed.success &&
      parsed.data.seq === claims.data.seq &&
      parsed.data.fromSeq === claims.data.fromSeq &&
      parsed.data.count === claims.data.count
    ) {
      hashes.add(parsed.data.checkpoint);
    }
  }
  return hashes;
}

/** The seq of a checkpoint found after the first position, if any (a checkpoint belongs first). */
function laterCheckpointSeq(entries: readonly unknown[], from: number): number | undefined {
  for (let index = from; index < entries.length; index++) {
    const raw = entries[index];
    if (typeof raw !== 'object' || raw === null) continue;
    const { type, seq, payload } = raw as { type?: unknown; seq?: unknown; payload?: unknown };
    if (type !== CHECKPOINT_TYPE) continue;
    // Where the checkpoint stood: its payload's copy of its seq, else its own.
    const claimed = (payload as { seq?: unknown } | null | undefined)?.seq;
    if (typeof claimed === 'number' && Number.isSafeInteger(claimed)) return claimed;
    if (typeof seq === 'number' && Number.isSafeInteger(seq)) return seq;
  }
  return undefined;
}

function appearsLater(entries: readonly unknown[], from: number, seq: number): boolean {
  for (let index = from; index < entries.length; index++) {
    const entry = entries[index];
    if (typeof entry === 'object' && entry !== null && (entry as { seq?: unknown }).seq === seq) return true;
  }
  return false;
}
