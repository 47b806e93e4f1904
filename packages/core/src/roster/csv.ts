/**
 * A roster read from a CSV exported from a spreadsheet (排班表), in either
 * layout supervisors keep:
 *
 * - **long**: one row per assignment: date, staff, shift and (optionally)
 *   post, with headers such as `日期, 員工編號, 班次, 崗位` or
 *   `date, staff, shift, post`;
 * - **wide**: one row per person and one column per day (`1` … `31`,
 *   `12-01`, `2026-12-01`, `1日`, optionally with the weekday: `1 (二)`),
 *   each cell a shift code: the shift's id, its name in any language, its
 *   name without 班 (早, 中, 夜), or its initial (E, M, N). An empty cell,
 *   休, 休息, off, rest or `-` is a day off; `早+中` is two shifts.
 *
 * A CSV carries assignments and names only. The rest of the roster (site,
 * month, policy, staff and their roles, leave, swaps, publication history,
 * public holidays) comes from a companion **meta** document: a roster
 * document without its assignments. Without one, a minimal document is built
 * (staff from the CSV, the month from its dates, no holidays, no leave,
 * swaps or publication history) and the rules that need what is missing are
 * switched off and listed in `unchecked`, so a gap in the input is never
 * reported as a clean bill of health.
 *
 * Nothing is dropped or guessed silently: every non-empty cell becomes an
 * assignment, a day off or a problem, and columns the reader does not use
 * are listed in `ignoredColumns`. A row that refers to nothing (unknown staff
 * or shift), lies outside the month or repeats another is a problem, as in
 * `parseRoster`. Every problem names its line and column (1-based; columns
 * count characters, as an editor shows them) in its params and in its text.
 *
 * Pure: no Node APIs, no clock. The parser is a single pass (a 10 MB file
 * reads in well under a second).
 */
import { getDaysInMonth, getISODay } from 'date-fns';
import { problem, type Problem } from '../diagnostics/problem.js';
import { problemsFromIssues } from '../diagnostics/zod-problems.js';
import type { Locale } from '../diagnostics/format.js';
import type { MessageParams } from '../diagnostics/finding.js';
import { describeCharacter } from '../journal/import-syntax.js';
import type { MessageId } from '../messages.js';
import { PolicyError } from '../policy/policy-error.js';
import type { PresetId } from '../policy/presets/index.js';
import { resolvePolicy, type PolicyDocument, type ResolvedPolicy } from '../policy/resolve.js';
import type { SeveritySetting } from '../policy/schema.js';
import { calendarDay, isCalendarDate } from '../time/calendar-day.js';
import { MONTH_PATTERN } from '../time/month-days.js';
import { RosterDocument, type Assignment, type Roster } from './document.js';
import { parseRoster } from './parse.js';
import { ROSTER_RULES } from './rules/index.js';

// ---------------------------------------------------------------------------
// RFC 4180

/** One field of a CSV record, with where it starts (its opening quote, if quoted). */
export interface CsvCell {
  readonly value: string;
  /** 1-based line of the field's first character. */
  readonly line: number;
  /** 1-based column (in characters) of the field's first character. */
  readonly column: number;
}

/** One record: a row of the spreadsheet. */
export interface CsvRecord {
  readonly line: number;
  readonly cells: readonly CsvCell[];
}

export type CsvParseResult =
  | { readonly ok: true; readonly records: readonly CsvRecord[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Problems listed before the rest are only counted: a broken 10 MB file must not print 300,000 lines. */
export const CSV_MAX_PROBLEMS = 200;

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;
const DELIMITER = /[,\r\n]/g;

/**
 * Splits CSV text into records (RFC 4180): fields separated by commas,
 * records by CRLF, LF or a lone CR; a quoted field may hold commas, line
 * breaks and doubled quotes (`""`). A byte-order mark is skipped, a trailing
 * line break ends the last record, and blank lines are not records. A quote
 * inside an unquoted field is kept as text, as spreadsheets read it.
 */
export function parseCsv(text: string): CsvParseResult {
  const records: CsvRecord[] = [];
  const problems = new ProblemList();
  const end = text.length;
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  // The position (line, column) of offset `at`, moved forward only: one pass over the text in all.
  let line = 1;
  let column = 1;
  let at = start;
  const moveTo = (target: number): void => {
    for (; at < target; at++) {
      const c = text.charCodeAt(at);
      if (c === LF || (c === CR && text.charCodeAt(at + 1) !== LF)) {
        line++;
        column = 1;
      } else if (c !== CR && !(c >= 0xdc00 && c <= 0xdfff && isHighSurrogate(text.charCodeAt(at - 1)))) {
        column++;
      }
    }
  };

  let cells: CsvCell[] = [];
  let recordLine = 1;
  let quotedRecord = false;
  const finishRecord = (): void => {
    // A blank line is one unquoted empty field: not a record.
    if (!(cells.length === 1 && !quotedRecord && cells[0]?.value === '')) {
      records.push({ line: recordLine, cells });
    }
    cells = [];
    quotedRecord = false;
  };

  let i = start;
  while (i <= end) {
    moveTo(i);
    const cellLine = line;
    const cellColumn = column;
    if (cells.length === 0) recordLine = line;
    let value: string;
    if (text.charCodeAt(i) === QUOTE) {
      quotedRecord = true;
      let from = i + 1;
      value = '';
      for (;;) {
        const close = text.indexOf('"', from);
        if (close < 0) {
          problems.report('roster.csv.unclosed-quote', cellLine, cellColumn);
          return { ok: false, problems: problems.list() };
        }
        if (text.charCodeAt(close + 1) === QUOTE) {
          value += text.slice(from, close + 1);
          from = close + 2;
          continue;
        }
        value += text.slice(from, close);
        i = close + 1;
        break;
      }
      const next = text.charCodeAt(i);
      if (i < end && next !== COMMA && next !== CR && next !== LF) {
        moveTo(i);
        problems.report('roster.csv.text-after-quote', line, column, { found: describeCharacter(text, i) });
        DELIMITER.lastIndex = i;
        i = DELIMITER.exec(text)?.index ?? end;
      }
    } else {
      DELIMITER.lastIndex = i;
      const stop = DELIMITER.exec(text)?.index ?? end;
      value = text.slice(i, stop);
      i = stop;
    }
    cells.push({ value, line: cellLine, column: cellColumn });

    if (i >= end) {
      finishRecord();
      break;
    }
    if (text.charCodeAt(i) === COMMA) {
      i++;
      continue;
    }
    i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    finishRecord();
    if (i >= end) break;
  }
  return problems.count > 0 ? { ok: false, problems: problems.list() } : { ok: true, records };
}

export interface CsvRowsOptions {
  /** Line break between records (default CRLF, as RFC 4180 and Excel write). */
  readonly newline?: '\r\n' | '\n';
  /** Start with a UTF-8 byte-order mark, so that Excel reads Chinese text as UTF-8 (default false). */
  readonly bom?: boolean;
}

/** Writes records as CSV (RFC 4180), quoting the fields that need it; `parseCsv` reads it back exactly. */
export function formatCsvRows(rows: readonly (readonly string[])[], options: CsvRowsOptions = {}): string {
  const newline = options.newline ?? '\r\n';
  const body = rows
    .map((row) =>
      row.length === 1 && row[0] === ''
        ? '""' // an unquoted empty record would read as a blank line
        : row.map(quoteField).join(','),
    )
    .join(newline);
  return `${options.bom === true ? '\uFEFF' : ''}${body}${rows.length > 0 ? newline : ''}`;
}

function quoteField(value: string): string {
  return /[",\r\n]/.test(value) || value.startsWith('\uFEFF') ? `"${value.replaceAll('"', '""')}"` : value;
}

// ---------------------------------------------------------------------------
// A roster from the records

export type CsvLayout = 'long' | 'wide';

/** Why a rule was not applied to a roster read from a CSV without a meta document. */
export type UncheckedReason = 'publications' | 'holidays' | 'swaps-and-leave' | 'roles';

export interface UncheckedRule {
  readonly rule: string;
  readonly reason: UncheckedReason;
}

/** A column the reader did not use, so that the caller can say so. */
export interface IgnoredColumn {
  readonly header: string;
  readonly line: number;
  readonly column: number;
}

/** Where an assignment came from: its shift cell. */
export interface CsvSource {
  readonly line: number;
  readonly column: number;
}

export interface ReadRosterCsvOptions {
  /**
   * The policy: a preset id or `{ preset, overrides }`. Overrides the meta
   * document's; required when there is no meta document.
   */
  readonly policy?: PresetId | PolicyDocument;
  /**
   * Everything but the assignments: a roster document (site, month, policy,
   * staff, leave, swaps, publications, public holidays) without
   * `assignments`, as parsed from a companion JSON file.
   */
  readonly meta?: unknown;
  /** The site's name when there is no meta document (default `CSV roster`). */
  readonly site?: string;
}

export type RosterCsvResult =
  | {
      readonly ok: true;
      readonly roster: Roster;
      /** The policy to validate with: rules the input cannot support are `off` (see `unchecked`). */
      readonly policy: ResolvedPolicy;
      readonly layout: CsvLayout;
      /** For each assignment, the cell it was read from. */
      readonly sources: readonly CsvSource[];
      /** Rules switched off because the CSV came without a meta document. */
      readonly unchecked: readonly UncheckedRule[];
      readonly ignoredColumns: readonly IgnoredColumn[];
    }
  | {
      readonly ok: false;
      /**
       * Problems in the CSV carry `line` and `column` params; problems in
       * the meta document (or its policy) carry its path instead.
       */
      readonly problems: readonly Problem[];
    };

/**
 * Reads a roster from CSV text (see the module comment for the layouts)
 * and checks it as `parseRoster` checks a JSON document.
 */
export function readRosterCsv(text: string, options: ReadRosterCsvOptions = {}): RosterCsvResult {
  // 1. The meta document: its shape first, since the CSV is read against its staff and month.
  let meta: MetaDocument | undefined;
  if (options.meta !== undefined) {
    const checked = checkMeta(options.meta);
    if (!checked.ok) return checked;
    meta = checked.meta;
  }

  // 2. The policy, whose shifts the codes are read against.
  const policyRef = options.policy ?? meta?.roster.policy;
  if (policyRef === undefined) return { ok: false, problems: [problem([], 'roster.csv.no-policy')] };
  let policy: ResolvedPolicy;
  try {
    policy = resolvePolicy(policyRef);
  } catch (error) {
    if (!(error instanceof PolicyError)) throw error;
    // As `parseRoster` places them: a preset is valid, so a problem of the merged policy is in the overrides.
    const place = (path: readonly (string | number)[]) =>
      options.policy !== undefined || path.length === 0 || path[0] === 'overrides' || path[0] === 'preset'
        ? ['policy', ...path]
        : ['policy', 'overrides', ...path];
    return { ok: false, problems: error.problems.map((p) => problem(place(p.path), p.code, p.params)) };
  }

  // 3. The records, then the rows.
  const parsed = parseCsv(text);
  if (!parsed.ok) return parsed;
  const read = readRecords(parsed.records, policy, meta);
  if (!read.ok) return read;

  // 4. The document, checked as a JSON one is.
  let document: Record<string, unknown>;
  let unchecked: UncheckedRule[] = [];
  let effective = policy;
  if (meta !== undefined) {
    document = { ...meta.input, assignments: read.assignments };
  } else {
    unchecked = uncheckedRules(policy);
    if (unchecked.length > 0) {
      const off: Record<string, SeveritySetting> = {};
      for (const { rule } of unchecked) off[rule] = 'off';
      effective = resolvePolicy(policy, { severity: off });
    }
    document = {
      site: options.site ?? 'CSV roster',
      month: read.month,
      policy: policyRef,
      staff: read.staff,
      assignments: read.assignments,
    };
  }
  const result = parseRoster(document, { policy: effective });
  if (!result.ok) {
    return { ok: false, problems: result.problems.map((p) => locateProblem(p, read.sources)) };
  }
  return {
    ok: true,
    roster: result.roster,
    policy: result.policy,
    layout: read.layout,
    sources: read.sources,
    unchecked,
    ignoredColumns: read.ignoredColumns,
  };
}

/** Rules that need what a bare CSV cannot give, under `policy` (those not already off). */
export function uncheckedRules(policy: ResolvedPolicy): UncheckedRule[] {
  const restrictsPosts = policy.posts.some((post) => post.staffedBy !== undefined);
  const unchecked: UncheckedRule[] = [];
  for (const { meta } of ROSTER_RULES) {
    if ((policy.severity[meta.id] ?? meta.defaultSeverity) === 'off') continue;
    const reason = uncheckedReason(meta.id, restrictsPosts);
    if (reason !== undefined) unchecked.push({ rule: meta.id, reason });
  }
  return unchecked;
}

const NEEDS_PUBLICATIONS = new Set([
  'roster/prepared-by',
  'roster/deadline',
  'roster/review',
  'roster/publication',
  'roster/change-approval',
  'roster/holiday-publication',
  'roster/supersede',
]);
const NEEDS_HOLIDAYS = new Set(['roster/holiday-headroom', 'roster/emergency-seats']);

function uncheckedReason(rule: string, restrictsPosts: boolean): UncheckedReason | undefined {
  if (NEEDS_PUBLICATIONS.has(rule)) return 'publications';
  if (NEEDS_HOLIDAYS.has(rule)) return 'holidays';
  if (rule.startsWith('swap/')) return 'swaps-and-leave';
  if (rule === 'roster/qualified-for-post' && restrictsPosts) return 'roles';
  return undefined;
}

/** A problem `parseRoster` found in an assignment, placed at its CSV cell. */
function locateProblem(found: Problem, sources: readonly CsvSource[]): Problem {
  const [head, row] = found.path;
  const source = head === 'assignments' && typeof row === 'number' ? sources[row] : undefined;
  if (source === undefined) return found;
  return { ...found, path: [], params: { ...found.params, line: source.line, column: source.column } };
}

// ---------------------------------------------------------------------------
// The meta document

interface MetaDocument {
  /** The document as given (defaults not applied), to build the roster from. */
  readonly input: Record<string, unknown>;
  readonly roster: Roster;
}

function checkMeta(
  input: unknown,
): { readonly ok: true; readonly meta: MetaDocument } | { readonly ok: false; readonly problems: Problem[] } {
  if (!isPlainObject(input)) {
    const parsed = RosterDocument.safeParse(input, { reportInput: true });
    return { ok: false, problems: parsed.success ? [] : problemsFromIssues(parsed.error.issues) };
  }
  const listed = input['assignments'];
  if (listed !== undefined && !(Array.isArray(listed) && listed.length === 0)) {
    return { ok: false, problems: [problem(['assignments'], 'roster.csv.meta-assignments')] };
  }
  const parsed = RosterDocument.safeParse({ ...input, assignments: [] }, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: problemsFromIssues(parsed.error.issues) };
  return { ok: true, meta: { input, roster: parsed.data } };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---------------------------------------------------------------------------
// Headers

type Role = 'date' | 'id' | 'staff' | 'name' | 'shift' | 'post';

const HEADER_WORDS: Readonly<Record<Role, readonly string[]>> = {
  date: ['date', '日期'],
  id: [
    'id',
    'staff id',
    'staff no',
    'staff no.',
    'staff number',
    'employee id',
    'employee no',
    'employee no.',
    'employee number',
    '員工編號',
    '员工编号',
    '員工號',
    '员工号',
    '職員編號',
    '职员编号',
    '工號',
    '工号',
    '編號',
    '编号',
  ],
  staff: ['staff', 'employee', 'person', '員工', '员工', '職員', '职员', '人員', '人员', '值班員', '值班员'],
  name: ['name', 'staff name', 'employee name', '姓名', '名字', '員工姓名', '员工姓名'],
  shift: ['shift', 'shift id', 'shift code', 'code', '班次', '班別', '班别', '班'],
  post: ['post', 'position', 'desk', '崗位', '岗位', '職位', '职位'],
};

const ROLE_OF = new Map<string, Role>(
  (Object.entries(HEADER_WORDS) as [Role, readonly string[]][]).flatMap(([role, words]) =>
    words.map((word) => [word, role] as const),
  ),
);

/** Header and code text as compared: full-width forms folded (NFKC), trimmed, lower case, one space. */
function normal(text: string): string {
  let folded = NORMAL.get(text);
  if (folded === undefined) {
    folded = text
      .normalize('NFKC')
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, ' ');
    remember(NORMAL, text, folded);
  }
  return folded;
}

/** A cell's text as read: full-width forms folded (NFKC), trimmed. */
function cellText(text: string): string {
  let folded = CELL.get(text);
  if (folded === undefined) {
    folded = text.normalize('NFKC').trim();
    remember(CELL, text, folded);
  }
  return folded;
}

// A month's cells repeat the same few thousand texts (ids, names, dates, codes): each is folded once.
const NORMAL = new Map<string, string>();
const CELL = new Map<string, string>();

function remember(cache: Map<string, string>, text: string, folded: string): void {
  if (cache.size >= 100_000) cache.clear();
  cache.set(text, folded);
}

/** The day a wide layout's column stands for: `1`, `1日`, `12-01`, `12月1日`, `2026-12-01`, `1 (二)`. */
interface DayHeader {
  readonly year?: number;
  readonly month?: number;
  readonly day: number;
  /** ISO weekday (1 Monday … 7 Sunday) the header names, if any. */
  readonly weekday?: number;
}

const WEEKDAY = String.raw`(?:\s*[([]?\s*(?:週|周|星期|禮拜|礼拜)?\s*([一二三四五六日天])\s*[)\]]?|\s*[([]?\s*(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*[)\]]?)?`;
const DAY_MARK = String.raw`\s*[日號号]?`;
const FULL_DATE_HEADER = new RegExp(
  String.raw`^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})${DAY_MARK}${WEEKDAY}$`,
);
const MONTH_DAY_HEADER = new RegExp(String.raw`^(\d{1,2})\s*[-/.月]\s*(\d{1,2})${DAY_MARK}${WEEKDAY}$`);
const DAY_HEADER = new RegExp(String.raw`^(\d{1,2})${DAY_MARK}${WEEKDAY}$`);
const ZH_WEEKDAYS = '一二三四五六日';
const EN_WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Reads a (normal) header as a day, or `undefined`. */
function dayHeader(text: string): DayHeader | undefined {
  const weekday = (zh: string | undefined, en: string | undefined): { weekday?: number } => {
    if (zh !== undefined) return { weekday: zh === '天' ? 7 : ZH_WEEKDAYS.indexOf(zh) + 1 };
    if (en !== undefined) return { weekday: EN_WEEKDAYS.indexOf(en) + 1 };
    return {};
  };
  let match = FULL_DATE_HEADER.exec(text);
  if (match) {
    return {
      year: Number(match[1]),
      month: Number(match[2]),
      day: Number(match[3]),
      ...weekday(match[4], match[5]),
    };
  }
  match = MONTH_DAY_HEADER.exec(text);
  if (match) return { month: Number(match[1]), day: Number(match[2]), ...weekday(match[3], match[4]) };
  match = DAY_HEADER.exec(text);
  if (match) return { day: Number(match[1]), ...weekday(match[2], match[3]) };
  return undefined;
}

// ---------------------------------------------------------------------------
// Codes

/** Cells that mean a day off. */
const REST_CODES = new Set([
  '',
  '休',
  '休息',
  '例休',
  '輪休',
  '轮休',
  '公休',
  'off',
  'rest',
  'day off',
  '-',
  '–',
  '—',
  '/',
]);

/** Separators of several shifts in one wide cell: `早+中`. */
const SHIFT_SEPARATOR = /\s*[+、,;\n]\s*/;

export interface ShiftCodeTable {
  /** Normal code → shift ids it may mean (one unless ambiguous). */
  readonly codes: ReadonlyMap<string, readonly string[]>;
  /** The shifts as a person should write them, for messages. */
  readonly known: string;
}

/**
 * Every way a spreadsheet names a shift: its id (`early`), its names
 * (`早班`, `Early shift`), the names without 班 or "shift" (`早`, `Early`),
 * the parts of a name with a parenthesis (`早班(日間班)` → `早班`, `日間班`)
 * and the id's initial (`E`). An id always means its own shift; a name
 * shared by two shifts is ambiguous; a derived form shared by two shifts is
 * ambiguous unless one of them is named so exactly.
 */
export function shiftCodes(policy: ResolvedPolicy): ShiftCodeTable {
  const levels = new Map<string, Map<number, Set<string>>>();
  const add = (code: string, shift: string, level: number): void => {
    const key = normal(code);
    if (key === '' || REST_CODES.has(key)) return;
    let byLevel = levels.get(key);
    if (byLevel === undefined) levels.set(key, (byLevel = new Map<number, Set<string>>()));
    let shifts = byLevel.get(level);
    if (shifts === undefined) byLevel.set(level, (shifts = new Set<string>()));
    shifts.add(shift);
  };
  for (const shift of policy.shifts) {
    add(shift.id, shift.id, 0);
    for (const name of Object.values(shift.name)) {
      add(name, shift.id, 1);
      const parts = [name, ...(/^(.*?)\s*[(\uFF08](.*)[)\uFF09]\s*$/.exec(name)?.slice(1) ?? [])];
      for (const part of parts) {
        add(part, shift.id, 2);
        add(part.replace(/班$/, ''), shift.id, 2);
        add(part.replace(/\s+shift$/i, ''), shift.id, 2);
      }
    }
    add(shift.id.charAt(0), shift.id, 3);
  }
  const codes = new Map<string, readonly string[]>();
  for (const [key, byLevel] of levels) {
    const best = Math.min(...byLevel.keys());
    codes.set(key, [...(byLevel.get(best) ?? [])]);
  }
  const known = policy.shifts.map((shift) => `${shift.name['zh-Hant']} (${shift.id})`).join(', ');
  return { codes, known };
}

/** The code a wide layout writes for a shift: its Chinese name without 班 when that is unambiguous. */
function shortCode(table: ShiftCodeTable, shift: ResolvedPolicy['shifts'][number]): string {
  const candidates = [
    shift.name['zh-Hant'].replace(/[(\uFF08].*$/, '').replace(/班$/, ''),
    shift.id.charAt(0).toUpperCase(),
  ];
  return (
    candidates.find((code) => {
      const found = table.codes.get(normal(code));
      return found?.length === 1 && found[0] === shift.id;
    }) ?? shift.id
  );
}

// ---------------------------------------------------------------------------
// Rows

type ReadRecords =
  | {
      readonly ok: true;
      readonly layout: CsvLayout;
      readonly month: string;
      readonly staff: readonly { readonly id: string; readonly name: string }[];
      readonly assignments: readonly Assignment[];
      readonly sources: readonly CsvSource[];
      readonly ignoredColumns: readonly IgnoredColumn[];
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

interface Column {
  readonly index: number;
  readonly header: CsvCell;
}

interface DayColumn extends Column {
  readonly day: DayHeader;
}

/** A cell's text as read (NFKC, trimmed) and where it is. */
interface Value {
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

function readRecords(
  records: readonly CsvRecord[],
  policy: ResolvedPolicy,
  meta: MetaDocument | undefined,
): ReadRecords {
  const problems = new ProblemList();
  const fail = (): ReadRecords => ({ ok: false, problems: problems.list() });
  const [header, ...rows] = records;
  if (header === undefined) {
    problems.report('roster.csv.empty', 1, 1);
    return fail();
  }
  const first = header.cells[0] ?? { value: '', line: header.line, column: 1 };

  // Which column is what.
  const roles = new Map<Role, Column>();
  const days: DayColumn[] = [];
  const others: Column[] = [];
  header.cells.forEach((cell, index) => {
    const text = normal(cell.value);
    const role = ROLE_OF.get(text);
    const day = role === undefined ? dayHeader(text) : undefined;
    if (role !== undefined) {
      const earlier = roles.get(role);
      if (earlier === undefined) roles.set(role, { index, header: cell });
      else {
        problems.report('roster.csv.duplicate-column', cell.line, cell.column, {
          header: cell.value.trim(),
          first: earlier.header.column,
        });
      }
    } else if (day !== undefined) days.push({ index, header: cell, day });
    else others.push({ index, header: cell });
  });
  const layout: CsvLayout | undefined =
    roles.has('date') && roles.has('shift') ? 'long' : days.length > 0 ? 'wide' : undefined;
  if (layout === undefined) {
    problems.report('roster.csv.unknown-layout', first.line, first.column);
    return fail();
  }
  // Columns the layout does not read are listed as such: a day-like header in the long layout, a
  // date, shift or post column in the wide one.
  if (layout === 'long') others.push(...days.splice(0));
  const unread: readonly Role[] = layout === 'wide' ? ['date', 'shift', 'post'] : [];
  for (const role of unread) {
    const column = roles.get(role);
    if (column !== undefined) others.push(column);
    roles.delete(role);
  }
  // With a staff id column, a "staff" column names people (or, beside a name column, is not read).
  const staffColumn = roles.get('staff');
  if (roles.has('id') && staffColumn !== undefined) {
    if (roles.has('name')) others.push(staffColumn);
    else roles.set('name', staffColumn);
    roles.delete('staff');
  }
  const idColumn = roles.get('id') ?? roles.get('staff');
  const nameColumn = roles.get('name');
  if (idColumn === undefined && nameColumn === undefined) {
    problems.report('roster.csv.no-staff-column', first.line, first.column);
    return fail();
  }
  if (meta === undefined && idColumn === undefined && nameColumn !== undefined) {
    problems.report('roster.csv.no-staff-id', nameColumn.header.line, nameColumn.header.column, {
      header: nameColumn.header.value.trim(),
    });
    return fail();
  }
  if (problems.count > 0) return fail();
  if (rows.length === 0) {
    problems.report('roster.csv.no-rows', first.line, first.column);
    return fail();
  }

  const valueAt = (record: CsvRecord, column: Column | undefined): Value | undefined => {
    if (column === undefined) return undefined;
    const cell = record.cells[column.index];
    if (cell === undefined) {
      // A short row: the missing cell is placed after the row's last one.
      const last = record.cells[record.cells.length - 1];
      return { text: '', line: last?.line ?? record.line, column: (last?.column ?? 0) + 1 };
    }
    return { text: cellText(cell.value), line: cell.line, column: cell.column };
  };

  // The month: the meta document's, else the one most dates fall in.
  const month = meta?.roster.month ?? inferMonth(layout, rows, roles.get('date'), days, valueAt);
  if (month === undefined) {
    problems.report('roster.csv.month-unknown', first.line, first.column);
    return fail();
  }

  const codes = shiftCodes(policy);
  const posts = postTable(policy);
  const staffBook = meta === undefined ? undefined : staffIndex(meta.roster);
  const builtStaff = new Map<string, { name: string; line: number; named: boolean }>();
  const assignments: Assignment[] = [];
  const sources: CsvSource[] = [];
  // Assignments placed so far, by (person, day, shift) as one number: a month has 10⁵ of them.
  const seen = new Map<number, CsvSource>();
  const personNumber = new Map<string, number>();
  const shiftNumber = new Map(policy.shifts.map((shift, i) => [shift.id, i]));
  const width = header.cells.length;
  const used = new Set<number>([
    ...[...roles.values()].map((column) => column.index),
    ...days.map((column) => column.index),
  ]);
  const ignoredWithData = new Set<number>();

  /** The staff id a row names, or `undefined` after reporting why not. */
  const resolveStaff = (record: CsvRecord): string | undefined => {
    const key = valueAt(record, idColumn);
    const name = valueAt(record, nameColumn === idColumn ? undefined : nameColumn);
    const at = key ?? name ?? { text: '', line: record.line, column: 1 };
    if (staffBook !== undefined) {
      let id: string | undefined;
      if (key !== undefined && key.text !== '') {
        if (staffBook.names.has(key.text)) id = key.text;
        else if (idColumn === roles.get('id')) {
          problems.report('roster.csv.unknown-staff', key.line, key.column, { staff: key.text });
          return undefined;
        } else id = byName(staffBook, key);
      } else if (name !== undefined && name.text !== '') {
        return byName(staffBook, name);
      } else {
        problems.report('roster.csv.missing-staff', at.line, at.column);
        return undefined;
      }
      if (id === undefined) return undefined;
      const expected = staffBook.names.get(id);
      if (
        name !== undefined &&
        name.text !== '' &&
        expected !== undefined &&
        normal(expected) !== normal(name.text)
      ) {
        problems.report('roster.csv.name-mismatch', name.line, name.column, {
          staff: id,
          expected,
          name: name.text,
        });
        return undefined;
      }
      return id;
    }
    // No meta: the CSV's ids and names are the staff list.
    if (key === undefined || key.text === '') {
      problems.report('roster.csv.missing-staff', at.line, at.column);
      return undefined;
    }
    if (!STAFF_ID.test(key.text)) {
      problems.report('roster.csv.bad-staff-id', key.line, key.column, { staff: key.text });
      return undefined;
    }
    const known = builtStaff.get(key.text);
    const named = name !== undefined && name.text !== '';
    if (known === undefined) {
      builtStaff.set(key.text, { name: named ? name.text : key.text, line: key.line, named });
    } else if (named && known.named && normal(known.name) !== normal(name.text)) {
      problems.report('roster.csv.name-conflict', name.line, name.column, {
        staff: key.text,
        name: name.text,
        first: known.name,
        firstLine: known.line,
      });
      return undefined;
    } else if (named && !known.named) {
      builtStaff.set(key.text, { name: name.text, line: name.line, named });
    }
    return key.text;
  };

  const byName = (book: StaffBook, value: Value): string | undefined => {
    const ids = book.byName.get(normal(value.text)) ?? [];
    if (ids.length === 1) return ids[0];
    if (ids.length === 0) {
      problems.report('roster.csv.unknown-staff', value.line, value.column, { staff: value.text });
    } else {
      problems.report('roster.csv.ambiguous-staff', value.line, value.column, {
        staff: value.text,
        count: ids.length,
      });
    }
    return undefined;
  };

  /** The shift ids a cell names; `[]` for a day off; `undefined` after reporting a problem. */
  const readShifts = (value: Value, several: boolean): string[] | undefined => {
    if (REST_CODES.has(normal(value.text))) return [];
    const parts = several ? value.text.split(SHIFT_SEPARATOR) : [value.text];
    const shifts: string[] = [];
    for (const part of parts) {
      const found = codes.codes.get(normal(part));
      if (found === undefined || found.length === 0) {
        problems.report('roster.csv.unknown-shift', value.line, value.column, {
          code: part,
          known: codes.known,
        });
        return undefined;
      }
      if (found.length > 1) {
        problems.report('roster.csv.ambiguous-shift', value.line, value.column, {
          code: part,
          candidates: found.join(', '),
        });
        return undefined;
      }
      shifts.push(found[0] ?? '');
    }
    return shifts;
  };

  const place = (
    staff: string,
    date: string,
    shift: string,
    post: string | undefined,
    value: Value,
  ): void => {
    let person = personNumber.get(staff);
    if (person === undefined) personNumber.set(staff, (person = personNumber.size));
    const key = (person * 32 + Number(date.slice(8, 10))) * shiftNumber.size + (shiftNumber.get(shift) ?? 0);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.report('roster.csv.duplicate-assignment', value.line, value.column, {
        staff,
        shift,
        date,
        firstLine: earlier.line,
        firstColumn: earlier.column,
      });
      return;
    }
    const source = { line: value.line, column: value.column };
    seen.set(key, source);
    assignments.push(post === undefined ? { staff, date, shift } : { staff, date, shift, post });
    sources.push(source);
  };

  /** Cells beyond the header's last column, and data under columns the reader does not use. */
  const checkRest = (record: CsvRecord): void => {
    for (let index = 0; index < record.cells.length; index++) {
      if (used.has(index)) continue;
      const cell = record.cells[index];
      if (cell === undefined || cell.value.trim() === '') continue;
      if (index >= width) {
        problems.report('roster.csv.extra-cell', cell.line, cell.column, { value: cell.value.trim() });
      } else ignoredWithData.add(index);
    }
  };

  const isBlank = (record: CsvRecord): boolean => record.cells.every((cell) => cell.value.trim() === '');

  if (layout === 'long') {
    const dateColumn = roles.get('date');
    const shiftColumn = roles.get('shift');
    const postColumn = roles.get('post');
    for (const record of rows) {
      if (isBlank(record)) continue;
      checkRest(record);
      const dateValue = valueAt(record, dateColumn) ?? { text: '', line: record.line, column: 1 };
      const shiftValue = valueAt(record, shiftColumn) ?? { text: '', line: record.line, column: 1 };
      const postValue = valueAt(record, postColumn);
      const date = readDate(dateValue, month, problems);
      const staff = resolveStaff(record);
      let shifts: string[] | undefined;
      if (shiftValue.text === '') {
        problems.report('roster.csv.missing-shift', shiftValue.line, shiftValue.column);
      } else shifts = readShifts(shiftValue, false);
      const shift = shifts?.[0];
      let post: string | undefined;
      if (shift !== undefined && postValue !== undefined && postValue.text !== '') {
        post = readPost(postValue, shift, policy, posts, problems);
        if (post === undefined) continue;
      }
      if (date === undefined || staff === undefined || shifts === undefined) continue;
      // A row marked as a day off (休) places nobody.
      if (shift !== undefined) place(staff, date, shift, post, shiftValue);
    }
  } else {
    const dates = dayDates(days, month, problems);
    const rowOf = new Map<string, number>();
    for (const record of rows) {
      if (isBlank(record)) continue;
      checkRest(record);
      const cells = days.map((column) => ({ column, value: valueAt(record, column) }));
      const hasShifts = cells.some(({ value }) => value !== undefined && !REST_CODES.has(normal(value.text)));
      const keyValue = [valueAt(record, idColumn), valueAt(record, nameColumn)].find(
        (value) => value !== undefined && value.text !== '',
      );
      if (!hasShifts && keyValue === undefined) continue;
      const staff = resolveStaff(record);
      if (staff === undefined) continue;
      const earlierRow = rowOf.get(staff);
      if (earlierRow !== undefined) {
        const at = keyValue ?? { line: record.line, column: 1 };
        problems.report('roster.csv.duplicate-person', at.line, at.column, { staff, firstLine: earlierRow });
        continue;
      }
      rowOf.set(staff, record.line);
      for (const { column, value } of cells) {
        if (value === undefined || REST_CODES.has(normal(value.text))) continue;
        const date = dates.get(column.index);
        if (date === undefined) continue; // a header problem, already reported
        if (!date.inMonth) {
          problems.report('roster.csv.date-outside-month', value.line, value.column, {
            date: date.date,
            month,
          });
          continue;
        }
        const shifts = readShifts(value, true);
        for (const shift of shifts ?? []) place(staff, date.date, shift, undefined, value);
      }
    }
  }

  if (problems.count > 0) return fail();
  const ignoredColumns = [...others]
    .sort((a, b) => a.index - b.index)
    .filter((column) => column.header.value.trim() !== '' || ignoredWithData.has(column.index))
    .map(({ header: cell }) => ({ header: cell.value.trim(), line: cell.line, column: cell.column }));
  return {
    ok: true,
    layout,
    month,
    staff: [...builtStaff].map(([id, { name }]) => ({ id, name })),
    assignments,
    sources,
    ignoredColumns,
  };
}

const STAFF_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

interface StaffBook {
  /** Id → name. */
  readonly names: ReadonlyMap<string, string>;
  /** Normal name → ids. */
  readonly byName: ReadonlyMap<string, readonly string[]>;
}

function staffIndex(roster: Roster): StaffBook {
  const names = new Map<string, string>();
  const byName = new Map<string, string[]>();
  for (const member of roster.staff) {
    names.set(member.id, member.name);
    const key = normal(member.name);
    const ids = byName.get(key);
    if (ids === undefined) byName.set(key, [member.id]);
    else if (!ids.includes(member.id)) ids.push(member.id);
  }
  return { names, byName };
}

/** Normal post id or name → post id. */
function postTable(policy: ResolvedPolicy): ReadonlyMap<string, string> {
  const table = new Map<string, string>();
  for (const post of policy.posts) {
    for (const name of [post.id, ...Object.values(post.name)]) {
      const key = normal(name);
      if (!table.has(key)) table.set(key, post.id);
    }
  }
  return table;
}

function readPost(
  value: Value,
  shift: string,
  policy: ResolvedPolicy,
  posts: ReadonlyMap<string, string>,
  problems: ProblemList,
): string | undefined {
  const post = posts.get(normal(value.text));
  if (post === undefined) {
    problems.report('roster.csv.unknown-post', value.line, value.column, {
      post: value.text,
      known: policy.posts.map((p) => `${p.name['zh-Hant']} (${p.id})`).join(', '),
    });
    return undefined;
  }
  const expected = policy.shifts.find((s) => s.id === shift)?.post;
  if (expected !== undefined && expected !== post) {
    problems.report('roster.csv.wrong-post', value.line, value.column, { shift, post, expected });
    return undefined;
  }
  return post;
}

const DATE_CELL =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日號号]?(?:[ T]0{1,2}:00(?::00(?:\.0+)?)?)?$/;

/** `2026-12-01`, `2026/12/1`, `2026.12.1`, `2026年12月1日` (and Excel's `2026/12/1 0:00`) → `2026-12-01`. */
function dateText(text: string): string | undefined {
  let date = DATES.get(text);
  if (date === undefined) {
    const match = DATE_CELL.exec(text);
    const written = match ? `${match[1]}-${pad2(Number(match[2]))}-${pad2(Number(match[3]))}` : '';
    date = isCalendarDate(written) ? written : '';
    remember(DATES, text, date);
  }
  return date === '' ? undefined : date;
}

/** Date cells as read (`''` for text that is not a date). */
const DATES = new Map<string, string>();

function readDate(value: Value, month: string, problems: ProblemList): string | undefined {
  if (value.text === '') {
    problems.report('roster.csv.missing-date', value.line, value.column);
    return undefined;
  }
  const date = dateText(value.text);
  if (date === undefined) {
    problems.report('roster.csv.bad-date', value.line, value.column, { value: value.text });
    return undefined;
  }
  if (date.slice(0, 7) !== month) {
    problems.report('roster.csv.date-outside-month', value.line, value.column, { date, month });
    return undefined;
  }
  return date;
}

/** The month most dates fall in (the earliest of a tie), or `undefined` when no cell says. */
function inferMonth(
  layout: CsvLayout,
  rows: readonly CsvRecord[],
  dateColumn: Column | undefined,
  days: readonly DayColumn[],
  valueAt: (record: CsvRecord, column: Column | undefined) => Value | undefined,
): string | undefined {
  const counts = new Map<string, number>();
  const count = (month: string) => counts.set(month, (counts.get(month) ?? 0) + 1);
  if (layout === 'long') {
    for (const record of rows) {
      const date = dateText(valueAt(record, dateColumn)?.text ?? '');
      if (date !== undefined) count(date.slice(0, 7));
    }
  } else {
    for (const { day } of days) {
      if (day.year !== undefined && day.month !== undefined) count(`${day.year}-${pad2(day.month)}`);
    }
  }
  let best: string | undefined;
  for (const [month, n] of counts) {
    if (!MONTH_PATTERN.test(month)) continue;
    const most = best === undefined ? -1 : (counts.get(best) ?? 0);
    if (n > most || (n === most && best !== undefined && month < best)) best = month;
  }
  return best;
}

/**
 * The date of each day column in `month`. A column of another month or a
 * day the month does not have (31 in November) is kept, marked outside:
 * only a shift under it is a problem. Two columns for one date, or a
 * weekday that the date is not, are problems of the header.
 */
function dayDates(
  days: readonly DayColumn[],
  month: string,
  problems: ProblemList,
): Map<number, { date: string; inMonth: boolean }> {
  const dates = new Map<number, { date: string; inMonth: boolean }>();
  const byDate = new Map<string, DayColumn>();
  const [year = 0, monthNumber = 0] = month.split('-').map(Number);
  for (const column of days) {
    const { day } = column;
    const date = `${day.year ?? year}-${pad2(day.month ?? monthNumber)}-${pad2(day.day)}`;
    const real = isCalendarDate(date);
    const inMonth = real && date.slice(0, 7) === month;
    const { header } = column;
    const earlier = byDate.get(date);
    if (earlier !== undefined) {
      problems.report('roster.csv.duplicate-column', header.line, header.column, {
        header: header.value.trim(),
        first: earlier.header.column,
      });
      continue;
    }
    byDate.set(date, column);
    const calendar = real ? calendarDay(date) : undefined;
    if (day.weekday !== undefined && calendar !== undefined && getISODay(calendar) !== day.weekday) {
      problems.report('roster.csv.weekday-mismatch', header.line, header.column, {
        header: header.value.trim(),
        date,
      });
      continue;
    }
    dates.set(column.index, { date, inMonth });
  }
  return dates;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

// ---------------------------------------------------------------------------
// Problems

function csvProblem(id: MessageId, line: number, column: number, params: MessageParams = {}): Problem {
  return problem([], id, { ...params, line, column });
}

/**
 * Problems in reading order: the first {@link CSV_MAX_PROBLEMS} in full, the
 * rest counted (and the first of them placed), so that a broken 10 MB file
 * neither floods the screen nor hides how much is wrong.
 */
class ProblemList {
  private readonly listed: Problem[] = [];
  private omitted = 0;
  private omittedAt: { line: number; column: number } | undefined;

  get count(): number {
    return this.listed.length + this.omitted;
  }

  report(id: MessageId, line: number, column: number, params: MessageParams = {}): void {
    if (this.listed.length < CSV_MAX_PROBLEMS) {
      this.listed.push(csvProblem(id, line, column, params));
      return;
    }
    this.omitted += 1;
    this.omittedAt ??= { line, column };
  }

  list(): Problem[] {
    if (this.omitted === 0) return [...this.listed];
    const at = this.omittedAt ?? { line: 1, column: 1 };
    return [
      ...this.listed,
      csvProblem('roster.csv.more-problems', at.line, at.column, { count: this.omitted }),
    ];
  }
}

// ---------------------------------------------------------------------------
// Writing a roster as CSV

export interface WriteRosterCsvOptions {
  readonly layout: CsvLayout;
  /** The language of the header row (default zh-Hant: 日期, 員工編號, 姓名, 班次, 崗位). */
  readonly headers?: Locale;
  /**
   * How shifts (and posts) are written: their ids, their names in a
   * language, or (the wide layout's default) short codes such as 早 and 中.
   */
  readonly codes?: 'id' | 'short' | Locale;
  /** Wide layout: day columns headed `1`, `12-01` or `2026-12-01` (default `1`). */
  readonly days?: 'day' | 'month-day' | 'date';
  /** Wide layout: add the weekday to each day's header: `1 (二)`, `1 (Tue)`. */
  readonly weekdays?: boolean;
  /** Add a name column (default true). */
  readonly names?: boolean;
  readonly newline?: '\r\n' | '\n';
  readonly bom?: boolean;
}

const HEADERS: Readonly<Record<Locale, Readonly<Record<Role, string>>>> = {
  en: { date: 'date', id: 'staff id', staff: 'staff', name: 'name', shift: 'shift', post: 'post' },
  'zh-Hant': { date: '日期', id: '員工編號', staff: '員工', name: '姓名', shift: '班次', post: '崗位' },
  'zh-Hans': { date: '日期', id: '员工编号', staff: '员工', name: '姓名', shift: '班次', post: '岗位' },
};

/**
 * Writes a roster's assignments as a spreadsheet would export them, in the
 * long or the wide layout; {@link readRosterCsv} with the rest of the
 * document as meta reads the same assignments back. The wide layout has a
 * row for everyone with at least one shift, in staff-list order.
 */
export function writeRosterCsv(
  roster: Roster,
  policy: ResolvedPolicy,
  options: WriteRosterCsvOptions,
): string {
  const words = HEADERS[options.headers ?? 'zh-Hant'];
  const names = options.names ?? true;
  const table = shiftCodes(policy);
  const codeStyle = options.codes ?? (options.layout === 'wide' ? 'short' : 'id');
  const shiftCode = (id: string): string => {
    const shift = policy.shifts.find((s) => s.id === id);
    if (shift === undefined || codeStyle === 'id') return id;
    return codeStyle === 'short' ? shortCode(table, shift) : shift.name[codeStyle];
  };
  const postCode = (id: string): string => {
    const post = policy.posts.find((p) => p.id === id);
    if (post === undefined || codeStyle === 'id') return id;
    return post.name[codeStyle === 'short' ? 'zh-Hant' : codeStyle];
  };
  const nameOf = new Map(roster.staff.map((member) => [member.id, member.name]));
  const rows: string[][] = [];

  if (options.layout === 'long') {
    const withPost = roster.assignments.some((a) => a.post !== undefined);
    rows.push([
      words.date,
      words.id,
      ...(names ? [words.name] : []),
      words.shift,
      ...(withPost ? [words.post] : []),
    ]);
    for (const a of roster.assignments) {
      rows.push([
        a.date,
        a.staff,
        ...(names ? [nameOf.get(a.staff) ?? ''] : []),
        shiftCode(a.shift),
        ...(withPost ? [a.post === undefined ? '' : postCode(a.post)] : []),
      ]);
    }
  } else {
    const month = roster.month.slice(5, 7);
    const first = calendarDay(`${roster.month}-01`);
    const count = first === undefined ? 0 : getDaysInMonth(first);
    const english = (options.headers ?? 'zh-Hant') === 'en';
    const dayHeaders = Array.from({ length: count }, (_, i) => {
      const day = i + 1;
      const date = `${roster.month}-${pad2(day)}`;
      const base =
        options.days === 'date' ? date : options.days === 'month-day' ? `${month}-${pad2(day)}` : String(day);
      if (options.weekdays !== true) return base;
      const day0 = calendarDay(date);
      const weekday = day0 === undefined ? 0 : getISODay(day0);
      return `${base} (${english ? capitalize(EN_WEEKDAYS[weekday - 1] ?? '') : (ZH_WEEKDAYS[weekday - 1] ?? '')})`;
    });
    rows.push([words.id, ...(names ? [words.name] : []), ...dayHeaders]);
    const cells = new Map<string, string[][]>();
    for (const a of roster.assignments) {
      let row = cells.get(a.staff);
      if (row === undefined) cells.set(a.staff, (row = Array.from({ length: count }, () => [])));
      row[Number(a.date.slice(8, 10)) - 1]?.push(shiftCode(a.shift));
    }
    for (const member of roster.staff) {
      const row = cells.get(member.id);
      if (row === undefined) continue;
      rows.push([member.id, ...(names ? [member.name] : []), ...row.map((codes) => codes.join('+'))]);
    }
  }
  return formatCsvRows(rows, {
    ...(options.newline !== undefined && { newline: options.newline }),
    ...(options.bom !== undefined && { bom: options.bom }),
  });
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
