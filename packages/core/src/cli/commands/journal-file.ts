/** Reading a journal file and finding its first break: shared by `verify` and `export`. */
import {
  importJournalJson,
  verifyJournal,
  type JournalHead,
  type JournalImportResult,
  type Locale,
  type Problem,
  type SealedEntry,
} from '../../index.js';
import type { CommandContext } from '../command.js';
import { findJsonAmbiguity } from '../json-text.js';
import { showProblem, showReadFailure, type ShownProblem } from '../report.js';

export type LoadedJournal =
  | { readonly readable: false; readonly problems: readonly ShownProblem[] }
  | { readonly readable: true; readonly imported: JournalImportResult };

/**
 * Reads a file and imports it as a journal export. `readable: false` when
 * it cannot be used at all (not readable, not JSON, not a journal export);
 * otherwise the import result, whose entries may still be at fault.
 */
export async function loadJournal(context: CommandContext, path: string): Promise<LoadedJournal> {
  const read = await context.readText(path);
  if (!read.ok) return { readable: false, problems: [showReadFailure(read.failure, context.locale)] };
  const imported = importJournalJson(read.text);
  // JSON.parse keeps the last of two equal keys and reads 1e309 as Infinity; a
  // journal file that leans on either is refused before its chain is judged.
  if (imported.ok || imported.found !== undefined) {
    const ambiguity = findJsonAmbiguity(read.text, context.locale);
    if (ambiguity !== undefined) return { readable: false, problems: [ambiguity] };
  }
  if (!imported.ok && imported.found === undefined) {
    return { readable: false, problems: imported.problems.map((p) => showProblem(p, context.locale)) };
  }
  return { readable: true, imported };
}

export type BreakReason =
  | 'altered'
  | 'forged-link'
  | 'removed'
  | 'reordered'
  | 'malformed'
  | 'unrecorded-checkpoint'
  | 'duplicate-id'
  | 'head-mismatch';

/** The first break of a journal file, in one language. */
export interface JournalBreak {
  readonly seq: number;
  readonly reason: BreakReason;
  /** The break in a sentence. */
  readonly message: string;
  /** What is wrong with a malformed entry, field by field. */
  readonly problems: readonly ShownProblem[];
}

/**
 * Where a journal file breaks first, or `undefined` when it is intact. The
 * hash chain is checked by `verifyJournal`; what the chain cannot show —
 * two entries with one id, entries cut from or added to the end after
 * export (the head written at export no longer matches) — comes from the
 * import's problems.
 */
export async function findBreak(
  entries: readonly unknown[],
  head: JournalHead | null,
  importProblems: readonly Problem[],
  locale: Locale,
): Promise<JournalBreak | undefined> {
  const verified = await verifyJournal(entries);
  if (!verified.intact) {
    return {
      seq: verified.seq,
      reason: verified.reason,
      message: verified.detail.message[locale],
      problems: verified.problems.map((p) => showProblem(p, locale, ['entries'])),
    };
  }
  // The chain verified, so every entry is a well-formed sealed entry.
  const sealed = entries as readonly SealedEntry[];
  const duplicate = importProblems.find((p) => p.code === 'journal.duplicate-id');
  if (duplicate !== undefined) {
    const index = duplicate.path[1];
    const entry = typeof index === 'number' ? sealed[index] : undefined;
    return { seq: entry?.seq ?? 0, reason: 'duplicate-id', message: duplicate.message[locale], problems: [] };
  }
  const mismatch = importProblems.find((p) => p.code === 'journal.import.head-mismatch');
  if (mismatch !== undefined) {
    return {
      seq: firstSeqAfter(head, verified.head, sealed),
      reason: 'head-mismatch',
      message: mismatch.message[locale],
      problems: [],
    };
  }
  const other = importProblems[0];
  if (other !== undefined) {
    // Not expected once the chain verifies; still never report a file with problems as intact.
    const index = other.path[1];
    const entry = typeof index === 'number' ? sealed[index] : undefined;
    return {
      seq: entry?.seq ?? 0,
      reason: 'malformed',
      message: other.message[locale],
      problems: [showProblem(other, locale)],
    };
  }
  return undefined;
}

/** The first seq that differs between the head written at export and the entries found. */
function firstSeqAfter(
  head: JournalHead | null,
  last: SealedEntry | undefined,
  entries: readonly SealedEntry[],
): number {
  if (head === null) return entries[0]?.seq ?? 0;
  if (last === undefined) return 0;
  return head.seq === last.seq ? last.seq : Math.min(head.seq, last.seq) + 1;
}
