import { StorageConflictError, type JournalAdapter } from './adapter.js';
import { CHECKPOINT_TYPE, type SealedEntry } from './entry.js';
import { cloneJson } from './json.js';

/**
 * A journal store in memory, for tests and for short-lived tools. Entries are
 * copied in and out, so no caller can change a stored record through a
 * reference it kept (REG7-8.5a).
 *
 * `initial` entries are stored as given, without any check: tests use it to
 * load a tampered journal.
 */
export function createMemoryAdapter(initial: readonly SealedEntry[] = []): JournalAdapter {
  let stored: SealedEntry[] = initial.map((entry) => cloneJson(entry));

  const firstSeq = () => stored[0]?.seq ?? 0;
  const last = () => stored[stored.length - 1];

  return {
    append(entries) {
      const batch = entries.map((entry) => cloneJson(entry));
      const first = batch[0];
      if (first === undefined) return Promise.resolve();
      const head = last();
      if (head === undefined) {
        if (first.seq !== 0 && first.type !== CHECKPOINT_TYPE) {
          return conflict(`an empty journal starts at seq 0 or with a checkpoint, not at seq ${first.seq}`);
        }
      } else if (first.seq !== head.seq + 1) {
        return conflict(`expected seq ${head.seq + 1} after the head, got ${first.seq}`);
      }
      for (let index = 1; index < batch.length; index++) {
        if (batch[index]?.seq !== first.seq + index)
          return conflict('the seqs of a batch must be consecutive');
      }
      stored = [...stored, ...batch];
      return Promise.resolve();
    },

    read(fromSeq, toSeqExclusive) {
      const base = firstSeq();
      const start = Math.max(0, fromSeq - base);
      const end = toSeqExclusive === undefined ? stored.length : Math.max(start, toSeqExclusive - base);
      return Promise.resolve(stored.slice(start, end).map((entry) => cloneJson(entry)));
    },

    head() {
      const head = last();
      return Promise.resolve(head === undefined ? undefined : cloneJson(head));
    },

    replaceBefore(firstKeptSeq, checkpoint) {
      const head = last();
      if (head === undefined) return conflict('nothing is stored');
      if (checkpoint.seq !== firstKeptSeq - 1) {
        return conflict(`the checkpoint must take seq ${firstKeptSeq - 1}, the last removed one`);
      }
      if (firstKeptSeq <= firstSeq() || firstKeptSeq > head.seq + 1) {
        return conflict(`seq ${firstKeptSeq} is outside the stored range ${firstSeq()}–${head.seq}`);
      }
      const lastRemoved = stored[firstKeptSeq - 1 - firstSeq()];
      if (lastRemoved?.hash !== checkpoint.prev) {
        return conflict('the checkpoint does not link to the last removed entry');
      }
      stored = [cloneJson(checkpoint), ...stored.slice(firstKeptSeq - firstSeq())];
      return Promise.resolve();
    },
  };
}

function conflict(message: string): Promise<never> {
  return Promise.reject(new StorageConflictError(message));
}
