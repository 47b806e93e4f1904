/**
 * A journal as CSV, for people to read in a spreadsheet: one row per entry
 * with its seq, id, time, who recorded it, its type, its content in words
 * and its hash.
 *
 * The CSV is a reading copy, NOT a record: payloads are summarised, times
 * may be shown in another zone, and cells that a spreadsheet would take for
 * a formula are prefixed with `'`. It cannot be imported or verified; the
 * JSON export (`exportJournalJson`) is the faithful copy.
 *
 * - RFC 4180: fields holding a comma, a double quote or a line break are
 *   quoted (quotes doubled); rows end with CRLF.
 * - UTF-8 with a byte-order mark, so that Excel opens Chinese text correctly.
 * - Formula injection (CSV injection) is neutralised: a cell whose first
 *   character (after any leading whitespace) is `=`, `+`, `-` or `@`, or that
 *   starts with a tab or a carriage return, gets a leading `'`, so a
 *   spreadsheet shows it as text instead of running it. Any text in a journal
 *   may come from a person (a caller's words, a staff name), so every cell
 *   is treated this way, headers included.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { formatMessage, type Locale } from '../diagnostics/format.js';
import {
  AMEND_TYPE,
  AmendPayloadSchema,
  instantMillis,
  isCheckpoint,
  type Actor,
  type CheckpointPayload,
  type SealedEntry,
} from './entry.js';
import { isKnownTimeZone } from './export-json.js';
import type { JsonValue } from './json.js';

/** The byte-order mark a CSV export starts with (U+FEFF, written as EF BB BF in UTF-8). */
export const CSV_BOM = '\uFEFF';

/** Longest cell written: spreadsheets hold at most 32,767 characters in a cell. */
export const CSV_CELL_MAX_LENGTH = 32_000;

export interface ExportCsvOptions {
  /** Language of the header row and of the words in summaries. */
  readonly locale: Locale;
  /**
   * IANA time zone (the site's) to show times in, as `yyyy-MM-dd HH:mm:ss`
   * with the zone named in the header. Without it, times are shown as stored.
   */
  readonly timeZone?: string;
}

/** How deep a payload summary goes before it writes `…`. */
const SUMMARY_DEPTH = 16;

/**
 * The CSV text (starting with a byte-order mark) of a journal's entries.
 * For reading only: see the module comment.
 *
 * @throws {RangeError} when `timeZone` is not a time zone.
 */
export function exportJournalCsv(entries: readonly SealedEntry[], options: ExportCsvOptions): string {
  const { locale, timeZone } = options;
  if (timeZone !== undefined && !isKnownTimeZone(timeZone)) {
    throw new RangeError(`Unknown time zone: ${timeZone}`);
  }
  const text = (id: Parameters<typeof formatMessage>[0], params = {}) => formatMessage(id, params, locale);
  const header = [
    text('journal.csv.seq'),
    text('journal.csv.id'),
    timeZone === undefined ? text('journal.csv.time') : text('journal.csv.time-in-zone', { timeZone }),
    text('journal.csv.actor'),
    text('journal.csv.type'),
    text('journal.csv.summary'),
    text('journal.csv.hash'),
  ];
  const rows = entries.map((entry) => [
    String(entry.seq),
    entry.id,
    timeText(entry.at, timeZone),
    actorText(entry.actor),
    entry.type,
    summarise(entry, locale),
    entry.hash,
  ]);
  return CSV_BOM + formatCsv([header, ...rows]);
}

/**
 * Rows as RFC 4180 CSV (CRLF line ends, quoting where needed), every cell
 * cut to {@link CSV_CELL_MAX_LENGTH} and neutralised against formula
 * injection. No byte-order mark: prefix {@link CSV_BOM} when writing a file.
 */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  let csv = '';
  for (const row of rows)
    csv += `${row.map((cell) => quoteCsvCell(neutraliseCsvCell(cut(cell)))).join(',')}\r\n`;
  return csv;
}

const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@])/;

/**
 * The cell with a leading `'` when a spreadsheet could read it as a formula:
 * it starts with `=`, `+`, `-` or `@` (after any whitespace), or with a tab
 * or a carriage return.
 */
export function neutraliseCsvCell(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The cell quoted as RFC 4180 requires when it holds a comma, a quote or a line break. */
export function quoteCsvCell(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

function cut(cell: string): string {
  if (cell.length <= CSV_CELL_MAX_LENGTH) return cell;
  let end = CSV_CELL_MAX_LENGTH - 1;
  // Never split a surrogate pair.
  const code = cell.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${cell.slice(0, end)}…`;
}

function timeText(at: string, timeZone: string | undefined): string {
  if (timeZone === undefined) return at;
  const ms = instantMillis(at);
  return Number.isNaN(ms) ? at : format(new TZDate(ms, timeZone), 'yyyy-MM-dd HH:mm:ss');
}

/** `S-017 陳小明 (duty-officer)`. */
function actorText(actor: Actor): string {
  let text = actor.staffId;
  if (actor.name !== undefined) text += ` ${actor.name}`;
  if (actor.role !== undefined) text += ` (${actor.role})`;
  return text;
}

/** The payload in words: corrections and checkpoints in a sentence, anything else field by field. */
function summarise(entry: SealedEntry, locale: Locale): string {
  if (isCheckpoint(entry)) {
    const { count, fromSeq, seq, at }: CheckpointPayload = entry.payload;
    return formatMessage('journal.csv.checkpoint', { count, fromSeq, seq, at }, locale);
  }
  if (entry.type === AMEND_TYPE) {
    const amend = AmendPayloadSchema.safeParse(entry.payload);
    if (amend.success) {
      const { original, corrected, reason } = amend.data;
      const fields = fieldsText(corrected as JsonValue, locale);
      return formatMessage(
        'journal.csv.amend',
        { seq: original.seq, id: original.id, fields, reason },
        locale,
      );
    }
  }
  return fieldsText(entry.payload, locale);
}

/**
 * `caseId: C-12; caller: Mr Wong; sla.hours: 24; items: key-A1, radio-2`:
 * nested fields by their dotted path, lists of plain values joined with
 * commas, in the order the payload holds them. Stops once a cell is full.
 */
function fieldsText(payload: JsonValue, locale: Locale): string {
  const parts: string[] = [];
  let length = 0;
  const push = (part: string) => {
    parts.push(part);
    length += part.length + 2;
  };
  const label = (key: string, value: string) => (key === '' ? value : `${key}: ${value}`);
  const scalar = (value: JsonValue): string | undefined => {
    if (value === null) return '—';
    if (typeof value === 'boolean')
      return formatMessage(value ? 'journal.csv.yes' : 'journal.csv.no', {}, locale);
    if (typeof value === 'number') return String(value);
    if (typeof value === 'string') return value;
    return undefined;
  };

  const walk = (value: JsonValue, key: string, depth: number): void => {
    if (length > CSV_CELL_MAX_LENGTH) return;
    const plain = scalar(value);
    if (plain !== undefined) {
      push(label(key, plain));
    } else if (depth >= SUMMARY_DEPTH) {
      push(label(key, '…'));
    } else if (Array.isArray(value)) {
      const items = value as readonly JsonValue[];
      const plainItems = items.map(scalar);
      if (plainItems.every((item) => item !== undefined)) {
        push(label(key, items.length === 0 ? '—' : plainItems.join(', ')));
      } else {
        items.forEach((item, index) => {
          walk(item, `${key}[${index}]`, depth + 1);
        });
      }
    } else {
      const object = value as Readonly<Record<string, JsonValue>>;
      const keys = Object.keys(object);
      if (keys.length === 0 && key !== '') push(label(key, '—'));
      for (const inner of keys)
        walk(object[inner] ?? null, key === '' ? inner : `${key}.${inner}`, depth + 1);
    }
  };

  walk(payload, '', 0);
  return parts.join('; ');
}
