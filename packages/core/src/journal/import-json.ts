/**
 * Reads a journal file (see `exportJournalJson`) back, trusting nothing in
 * it. Every way a file can be wrong becomes a problem with its path, and
 * nothing is thrown, whatever the text: truncated or garbled JSON (with the
 * line and column), a byte-order mark, UTF-16 read as UTF-8, a file that is
 * not a journal export, an unsupported version, entries that are not sealed
 * entries, duplicate ids, seqs out of order, a head that does not match the
 * last entry, values nested absurdly deep, or simply too much text.
 *
 * This checks the file's structure only. Whether the hash chain is intact is
 * `verifyJournal(document.entries)`'s answer (asynchronous: it hashes).
 */
import * as z from 'zod/mini';
import { problem, type DataPath, type Problem } from '../diagnostics/problem.js';
import { problemsFromIssues } from '../diagnostics/zod-problems.js';
import { canonicalize, CanonicalError } from './canonical.js';
import { InstantSchema, REPORT_INPUT, SealedEntrySchema, type SealedEntry } from './entry.js';
import { problemFromCanonical } from './errors.js';
import {
  JOURNAL_FORMAT,
  JOURNAL_FORMAT_VERSION,
  JournalHeadSchema,
  JournalSiteSchema,
  type JournalDocument,
  type JournalHead,
} from './export-json.js';
import { describeCharacter, locateJsonSyntaxError, textPosition } from './import-syntax.js';
import { isPlainObject } from './json.js';

/** The longest text `importJournalJson` reads by default: 64 Mi characters. */
export const JOURNAL_IMPORT_MAX_LENGTH = 64 * 1024 * 1024;
/**
 * How deeply values may nest (the document itself is level 1, an entry's
 * payload level 4). Deeper input is refused before anything recurses into it.
 */
export const JOURNAL_IMPORT_MAX_DEPTH = 100;
/** At most this many problems are listed; one more problem says how many were left out. */
export const JOURNAL_IMPORT_MAX_PROBLEMS = 50;

export interface ImportJsonOptions {
  /** Longest text accepted, in UTF-16 code units; {@link JOURNAL_IMPORT_MAX_LENGTH} by default. */
  readonly maxLength?: number;
}

export type JournalImportResult =
  | { readonly ok: true; readonly document: JournalDocument }
  | {
      readonly ok: false;
      /** Every problem found (up to {@link JOURNAL_IMPORT_MAX_PROBLEMS}), each with its path. */
      readonly problems: readonly Problem[];
      /**
       * What the file holds when it is a readable journal export and only its
       * entries or its head are at fault, so that a caller can still locate
       * the first break with `verifyJournal(found.entries)`. Absent when the
       * file could not be read as a journal export at all.
       */
      readonly found?: { readonly head: JournalHead | null; readonly entries: readonly unknown[] };
    };

const EnvelopeSchema = z.strictObject({
  format: z.string(),
  version: z.number(),
  exportedAt: InstantSchema,
  site: z.optional(JournalSiteSchema),
  head: JournalHeadSchema,
  entries: z.array(z.unknown()),
});

/**
 * Parses and checks the text of a journal file. Never throws.
 *
 * A leading byte-order mark is ignored. The returned document holds the
 * entries exactly as the file has them (never zod's output, which would trim
 * text), so that their hashes still match.
 */
export function importJournalJson(text: string, options: ImportJsonOptions = {}): JournalImportResult {
  try {
    return importText(text, options.maxLength ?? JOURNAL_IMPORT_MAX_LENGTH);
  } catch (error) {
    // Nothing below should throw; if it ever does, the caller still gets a problem, not a crash.
    const detail = error instanceof Error ? error.message : String(error);
    return failed([problem([], 'journal.import.json.invalid', { detail })]);
  }
}

function importText(raw: string, maxLength: number): JournalImportResult {
  if (typeof raw !== 'string') return failed([problem([], 'input.expected-text')]);
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.length > maxLength) {
    return failed([problem([], 'journal.import.too-large', { length: text.length, limit: maxLength })]);
  }
  if (text.trim() === '') return failed([problem([], 'journal.import.empty')]);
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return failed([problem([], 'journal.import.nul', { ...textPosition(text, nul) })]);

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return failed([syntaxProblem(text, error)]);
  }

  const deep = tooDeep(data, JOURNAL_IMPORT_MAX_DEPTH);
  if (deep !== undefined) {
    return failed([problem(deep, 'journal.import.too-deep', { limit: JOURNAL_IMPORT_MAX_DEPTH })]);
  }
  if (!isPlainObject(data) || data['format'] !== JOURNAL_FORMAT) {
    const path = isPlainObject(data) ? ['format'] : [];
    return failed([problem(path, 'journal.import.not-a-journal', { expected: JOURNAL_FORMAT })]);
  }
  if (data['version'] !== JOURNAL_FORMAT_VERSION) {
    return failed([
      problem(['version'], 'journal.import.version', {
        found: shortJson(data['version']),
        supported: JOURNAL_FORMAT_VERSION,
      }),
    ]);
  }
  const envelope = EnvelopeSchema.safeParse(data, REPORT_INPUT);
  if (!envelope.success) return failed(capped(problemsFromIssues(envelope.error.issues)));

  const head = data['head'] as JournalHead | null;
  const entries = data['entries'] as readonly unknown[];
  const problems = checkEntries(entries, head);
  if (problems.length > 0) return failed(problems, { head, entries });

  const site = data['site'] as JournalDocument['site'];
  const document: JournalDocument = {
    format: JOURNAL_FORMAT,
    version: JOURNAL_FORMAT_VERSION,
    exportedAt: data['exportedAt'] as string,
    ...(site === undefined ? {} : { site }),
    head,
    entries: entries as readonly SealedEntry[],
  };
  return { ok: true, document };
}

function failed(
  problems: readonly Problem[],
  found?: { readonly head: JournalHead | null; readonly entries: readonly unknown[] },
): JournalImportResult {
  return found === undefined ? { ok: false, problems } : { ok: false, problems, found };
}

/** Problems listed so far, and how many more were found but not listed. */
interface Collected {
  readonly problems: Problem[];
  omitted: number;
}

/** Adds a problem while there is room; beyond that only counts it (a hostile file can hold millions). */
function add(collected: Collected, count: number, make: () => readonly Problem[]): void {
  if (collected.problems.length >= JOURNAL_IMPORT_MAX_PROBLEMS) collected.omitted += count;
  else collected.problems.push(...make());
}

function listed(collected: Collected): readonly Problem[] {
  const { problems, omitted } = collected;
  return omitted === 0
    ? problems
    : [...problems, problem([], 'journal.import.too-many-problems', { count: omitted })];
}

/** Every entry is a sealed entry holding JSON; ids are unique; seqs follow each other; the head is the last. */
function checkEntries(entries: readonly unknown[], head: JournalHead | null): readonly Problem[] {
  const collected: Collected = { problems: [], omitted: 0 };
  const seqOfId = new Map<string, number>();
  let previous: SealedEntry | undefined;
  let last: SealedEntry | undefined;
  for (const [index, raw] of entries.entries()) {
    const at: DataPath = ['entries', index];
    const entry = wellFormed(raw, at, collected);
    last = entry;
    if (entry === undefined) {
      previous = undefined;
      continue;
    }
    const firstSeq = seqOfId.get(entry.id);
    if (firstSeq === undefined) seqOfId.set(entry.id, entry.seq);
    else {
      add(collected, 1, () => [
        problem([...at, 'id'], 'journal.duplicate-id', { id: entry.id, seq: firstSeq }),
      ]);
    }
    if (previous !== undefined && entry.seq !== previous.seq + 1) {
      const expected = previous.seq + 1;
      add(collected, 1, () => [
        problem([...at, 'seq'], 'journal.import.seq-order', {
          found: entry.seq,
          previous: expected - 1,
          expected,
        }),
      ]);
    }
    previous = entry;
  }
  const lastIsKnown = entries.length === 0 || last !== undefined;
  if (lastIsKnown && (last?.seq !== head?.seq || last?.hash !== head?.hash)) {
    add(collected, 1, () => [
      problem(['head'], 'journal.import.head-mismatch', {
        headSeq: head === null ? '—' : head.seq,
        lastSeq: last === undefined ? '—' : last.seq,
      }),
    ]);
  }
  return listed(collected);
}

/** The entry when it is a well-formed sealed entry holding only JSON; otherwise its problems are added. */
function wellFormed(raw: unknown, at: DataPath, collected: Collected): SealedEntry | undefined {
  const parsed = SealedEntrySchema.safeParse(raw, REPORT_INPUT);
  if (!parsed.success) {
    const { issues } = parsed.error;
    add(collected, issues.length, () => problemsFromIssues(issues, at));
    return undefined;
  }
  const entry = raw as SealedEntry;
  try {
    // JSON.parse turns 1e999 into Infinity, which no hash could have covered.
    canonicalize(entry.payload);
  } catch (error) {
    if (!(error instanceof CanonicalError)) throw error;
    add(collected, 1, () => [problemFromCanonical(error, [...at, 'payload'])]);
    return undefined;
  }
  return entry;
}

/** Keeps the first problems and says how many more there were. */
function capped(problems: readonly Problem[]): readonly Problem[] {
  const collected: Collected = { problems: [], omitted: 0 };
  for (const p of problems) add(collected, 1, () => [p]);
  return listed(collected);
}

/** The problem for text that JSON.parse refused, located by line and column. */
function syntaxProblem(text: string, error: unknown): Problem {
  const located = locateJsonSyntaxError(text);
  if (located === undefined) {
    // The scanner and the engine disagree: report the engine's words rather than nothing.
    const detail = error instanceof Error ? error.message : String(error);
    return problem([], 'journal.import.json.invalid', { detail });
  }
  const position = textPosition(text, located.offset);
  if (located.kind === 'unexpected-end')
    return problem([], 'journal.import.json.unexpected-end', { ...position });
  const found = describeCharacter(text, located.offset);
  return problem([], `journal.import.json.${located.kind}`, { ...position, found });
}

/**
 * The path of a value nested deeper than `limit` (cut after the entry's
 * field, so it stays readable), or `undefined`. Iterative: a hostile file
 * cannot overflow the stack here.
 */
function tooDeep(data: unknown, limit: number): DataPath | undefined {
  const stack: [unknown, number, DataPath][] = [[data, 1, []]];
  while (stack.length > 0) {
    const [value, depth, path] = stack.pop() ?? [undefined, 0, []];
    if (typeof value !== 'object' || value === null) continue;
    if (depth > limit) return path;
    const keys = Array.isArray(value) ? value.keys() : Object.keys(value).values();
    for (const key of keys) {
      const inner = (value as Record<string | number, unknown>)[key];
      if (typeof inner === 'object' && inner !== null) {
        stack.push([inner, depth + 1, path.length < 4 ? [...path, key] : path]);
      }
    }
  }
  return undefined;
}

/** A value as a short piece of JSON for a message. */
function shortJson(value: unknown): string {
  if (value === undefined) return '(none)';
  const text = typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
