/**
 * The journal's file format: a versioned JSON document that carries every
 * sealed entry exactly as stored, so that the chain still verifies wherever
 * the file goes (a portal's backend, an archive, an auditor's laptop).
 *
 * ```json
 * {
 *   "format": "duty-handover-journal",
 *   "version": 1,
 *   "exportedAt": "2026-12-31T23:59:00+08:00",
 *   "site": { "id": "harbour-view", "name": "海景花園客服中心", "timeZone": "Asia/Hong_Kong" },
 *   "head": { "seq": 2, "hash": "…" },
 *   "entries": [
 *     { "seq": 0, "id": "…", "at": "…", "actor": { … }, "type": "…", "payload": { … }, "prev": "…", "hash": "…" },
 *     …
 *   ]
 * }
 * ```
 *
 * `head` repeats the seq and hash of the last entry (`null` for an empty
 * journal). The hash chain alone cannot show that entries were cut from the
 * end; a head kept apart from the entries can (see `verifyJournal`).
 *
 * One entry per line: a file is easy to diff, and a line number in an error
 * message points at an entry. Read a file back with `importJournalJson`.
 */
import { TZDate } from '@date-fns/tz';
import * as z from 'zod/mini';
import { describeProblems } from '../diagnostics/problem.js';
import { problemsFromIssues } from '../diagnostics/zod-problems.js';
import { canonicalize } from './canonical.js';
import { HashSchema, InstantSchema, REPORT_INPUT, type SealedEntry } from './entry.js';

/** The `format` marker of a journal file. */
export const JOURNAL_FORMAT = 'duty-handover-journal';
/** The version of the file format this code writes and reads. */
export const JOURNAL_FORMAT_VERSION = 1;

/** The site a journal belongs to, as written into an export. */
export interface JournalSite {
  /** The site's id (`harbour-view`). */
  readonly id: string;
  readonly name?: string;
  /** IANA time zone of the site (`Asia/Hong_Kong`): the CSV export shows times in it. */
  readonly timeZone?: string;
}

/** Seq and hash of the last entry of a journal. */
export interface JournalHead {
  readonly seq: number;
  readonly hash: string;
}

/** A journal file, as read by `importJournalJson`. */
export interface JournalDocument {
  readonly format: typeof JOURNAL_FORMAT;
  readonly version: typeof JOURNAL_FORMAT_VERSION;
  /** When the file was written: an ISO 8601 instant with an explicit offset. */
  readonly exportedAt: string;
  readonly site?: JournalSite;
  /** The last entry's seq and hash; `null` when the journal is empty. */
  readonly head: JournalHead | null;
  /** Every entry, exactly as stored (the chain verifies from them). */
  readonly entries: readonly SealedEntry[];
}

export interface ExportJsonOptions {
  /** When the export is made (core reads no clock): an ISO 8601 instant with an explicit offset. */
  readonly exportedAt: string;
  readonly site?: JournalSite;
}

/** True when `@date-fns/tz` knows the time zone (an IANA name or an offset such as `+08:00`). */
export function isKnownTimeZone(timeZone: string): boolean {
  return timeZone !== '' && !Number.isNaN(new TZDate(0, timeZone).getTime());
}

const Text = z.string().check(z.trim(), z.minLength(1));

export const JournalSiteSchema = z.strictObject({
  id: Text,
  name: z.optional(Text),
  timeZone: z.optional(z.string().check(z.refine(isKnownTimeZone, 'journal.import.time-zone'))),
});

export const JournalHeadSchema = z.nullable(
  z.strictObject({ seq: z.int().check(z.gte(0)), hash: HashSchema }),
);

/**
 * The text of a journal file holding `entries` (as `journal.entries()`
 * returns them, in seq order). The entries are written as they are; nothing
 * is verified here (run `verifyJournal` first when that matters).
 *
 * @throws {RangeError} when `exportedAt` is not an instant with an offset or
 *   `site` is not valid.
 * @throws {CanonicalError} when an entry holds something that is not JSON
 *   (JSON.stringify would silently change it, and the file would no longer verify).
 */
export function exportJournalJson(entries: readonly SealedEntry[], options: ExportJsonOptions): string {
  const { exportedAt, site } = options;
  if (!InstantSchema.safeParse(exportedAt).success) {
    throw new RangeError(
      `exportedAt must be an ISO 8601 instant with an offset, not ${JSON.stringify(exportedAt)}`,
    );
  }
  if (site !== undefined) {
    const checked = JournalSiteSchema.safeParse(site, REPORT_INPUT);
    if (!checked.success) {
      const problems = problemsFromIssues(checked.error.issues, ['site']);
      throw new RangeError(`The site is not valid:\n${describeProblems(problems, 'en')}`);
    }
  }
  const last = entries[entries.length - 1];
  const head: JournalHead | null = last === undefined ? null : { seq: last.seq, hash: last.hash };

  const lines = [
    '{',
    `  "format": ${JSON.stringify(JOURNAL_FORMAT)},`,
    `  "version": ${JOURNAL_FORMAT_VERSION},`,
    `  "exportedAt": ${JSON.stringify(exportedAt)},`,
  ];
  if (site !== undefined) lines.push(`  "site": ${JSON.stringify(siteFields(site))},`);
  lines.push(`  "head": ${JSON.stringify(head)},`);
  if (entries.length === 0) {
    lines.push('  "entries": []');
  } else {
    lines.push('  "entries": [');
    entries.forEach((entry, index) => {
      lines.push(`    ${entryLine(entry)}${index < entries.length - 1 ? ',' : ''}`);
    });
    lines.push('  ]');
  }
  lines.push('}', '');
  return lines.join('\n');
}

/** Only the fields of a site, in a fixed order. */
function siteFields(site: JournalSite): JournalSite {
  return {
    id: site.id,
    ...(site.name === undefined ? {} : { name: site.name }),
    ...(site.timeZone === undefined ? {} : { timeZone: site.timeZone }),
  };
}

/** One entry as a line of JSON, fields in the order a person reads them. */
function entryLine(entry: SealedEntry): string {
  const ordered = {
    seq: entry.seq,
    id: entry.id,
    at: entry.at,
    actor: entry.actor,
    type: entry.type,
    payload: entry.payload,
    prev: entry.prev,
    hash: entry.hash,
  };
  // Refuses what JSON.stringify would silently drop or change (undefined in a
  // list, NaN, a Date, a cycle…): the file must hold exactly what was hashed.
  canonicalize(ordered);
  return JSON.stringify(ordered);
}
