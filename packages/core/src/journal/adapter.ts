/**
 * Where a journal keeps its entries. Core never touches storage itself: the
 * widget chooses IndexedDB, tests use {@link createMemoryAdapter}, and a
 * portal implements this interface to sync with its own backend.
 *
 * An adapter stores sealed entries as they are given — it never re-seals,
 * edits or reorders them (REG7-8.5a, HOS-4.8) — and keeps them in `seq`
 * order without gaps. Seqs start at 0, or at the seq of a checkpoint after a
 * purge.
 */
import type { SealedEntry } from './entry.js';

/** Clauses an adapter implementation upholds. */
export const STORAGE_CLAUSES = ['REG7-8.5a', 'HOS-4.8'] as const;

export interface JournalAdapter {
  /**
   * Stores entries after the current head, all or none.
   *
   * Must refuse (reject, storing nothing) when the first entry's seq is not
   * `head.seq + 1` — another writer got there first — or when the seqs of
   * the batch are not consecutive. An empty store accepts a batch starting at
   * seq 0, or one starting with a `journal.checkpoint` entry (a restored,
   * purged journal).
   */
  append(entries: readonly SealedEntry[]): Promise<void>;

  /** Entries with `fromSeq ≤ seq < toSeqExclusive` (to the head when omitted), in seq order. */
  read(fromSeq: number, toSeqExclusive?: number): Promise<SealedEntry[]>;

  /** The entry with the highest seq, or `undefined` when nothing is stored. */
  head(): Promise<SealedEntry | undefined>;

  /**
   * The one deletion an adapter performs, for a purge after the retention
   * period (REG7-8.5b): atomically removes every entry with
   * `seq < firstKeptSeq` and stores `checkpoint` in their place.
   *
   * The checkpoint takes the seq of the last removed entry
   * (`checkpoint.seq === firstKeptSeq - 1`) and its `prev` is that entry's
   * hash. Must refuse, changing nothing, when those do not hold for what is
   * stored (a concurrent purge or a stale view), or when `firstKeptSeq` is
   * beyond `head.seq + 1`.
   */
  replaceBefore(firstKeptSeq: number, checkpoint: SealedEntry): Promise<void>;
}

/** Thrown by an adapter that refuses a write because the store is not in the expected state. */
export class StorageConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StorageConflictError';
  }
}
