/**
 * Reading the roster `check` is given: a JSON roster document, or a CSV
 * exported from a spreadsheet with (optionally) its meta file. Every problem
 * that keeps it from being read names the file, and the line and column
 * where a person can find it (for a JSON document, the line and column of
 * the value at the problem's path).
 */
import {
  parseRoster,
  readRosterCsv,
  type CsvLayout,
  type DataPath,
  type IgnoredColumn,
  type PresetId,
  type Problem,
  type ResolvedPolicy,
  type Roster,
  type UncheckedRule,
} from '../../index.js';
import type { CommandContext } from '../command.js';
import { locateJsonPaths, parseJsonText } from '../json-text.js';
import { showProblem, showReadFailure, type ShownProblem } from '../report.js';

export type RosterFormat = 'json' | 'csv';

/** A file's text kept beside its name, so that paths can be found in it later. */
interface JsonSource {
  readonly file: string;
  readonly text: string;
}

export interface LoadedRoster {
  readonly roster: Roster;
  readonly policy: ResolvedPolicy;
  readonly format: RosterFormat;
  readonly layout?: CsvLayout;
  /** The meta file's name, for a CSV read with one. */
  readonly meta?: string;
  readonly unchecked: readonly UncheckedRule[];
  readonly ignoredColumns: readonly IgnoredColumn[];
  /** Where each path of the document is: in the JSON roster, or in the meta file of a CSV. */
  readonly locate: (paths: readonly DataPath[]) => (FileLocation | undefined)[];
}

export interface FileLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export type LoadRosterResult =
  | { readonly ok: true; readonly loaded: LoadedRoster }
  | { readonly ok: false; readonly problems: readonly ShownProblem[] }
  | { readonly ok: false; readonly metaWithJson: true };

export interface LoadRosterOptions {
  readonly policy?: PresetId;
  readonly metaPath?: string;
}

/**
 * JSON or CSV: by the file's extension, else by its content (a document
 * starts with `{`).
 */
export function rosterFormat(path: string, text: string): RosterFormat {
  const lower = path.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  return /^\uFEFF?\s*[{[]/.test(text) ? 'json' : 'csv';
}

export async function loadRoster(
  context: CommandContext,
  path: string,
  options: LoadRosterOptions,
): Promise<LoadRosterResult> {
  const { locale } = context;
  const file = context.displayName(path);
  const read = await context.readText(path);
  if (!read.ok) return { ok: false, problems: [{ ...showReadFailure(read.failure, locale), file }] };
  const format = rosterFormat(path, read.text);

  if (format === 'json') {
    if (options.metaPath !== undefined) return { ok: false, metaWithJson: true };
    const json = parseJsonText(read.text, locale);
    if (!json.ok) return { ok: false, problems: [{ ...json.problem, file }] };
    const source = { file, text: read.text };
    const parsed = parseRoster(json.data, options.policy === undefined ? {} : { policy: options.policy });
    if (!parsed.ok) return { ok: false, problems: showInJson(parsed.problems, source, locale) };
    return {
      ok: true,
      loaded: {
        roster: parsed.roster,
        policy: parsed.policy,
        format,
        unchecked: [],
        ignoredColumns: [],
        locate: (paths) => locateIn(source, paths),
      },
    };
  }

  let meta: { source: JsonSource; data: unknown } | undefined;
  if (options.metaPath !== undefined) {
    const metaFile = context.displayName(options.metaPath);
    const metaRead = await context.readText(options.metaPath);
    if (!metaRead.ok) {
      return { ok: false, problems: [{ ...showReadFailure(metaRead.failure, locale), file: metaFile }] };
    }
    const json = parseJsonText(metaRead.text, locale);
    if (!json.ok) return { ok: false, problems: [{ ...json.problem, file: metaFile }] };
    meta = { source: { file: metaFile, text: metaRead.text }, data: json.data };
  }
  const result = readRosterCsv(read.text, {
    ...(options.policy !== undefined && { policy: options.policy }),
    ...(meta !== undefined && { meta: meta.data }),
    site: siteName(path),
  });
  if (!result.ok) {
    // Problems in the CSV carry their line and column; the others are in the meta file (or about the setup).
    const inCsv = (p: Problem) => typeof p.params['line'] === 'number';
    const csvProblems = result.problems.filter(inCsv).map((p) => ({ ...showProblem(p, locale), file }));
    const others = result.problems.filter((p) => !inCsv(p));
    const otherProblems =
      meta === undefined
        ? others.map((p) => ({ ...showProblem(p, locale), file }))
        : showInJson(others, meta.source, locale);
    return { ok: false, problems: [...otherProblems, ...csvProblems] };
  }
  const metaSource = meta?.source;
  return {
    ok: true,
    loaded: {
      roster: result.roster,
      policy: result.policy,
      format,
      layout: result.layout,
      ...(metaSource !== undefined && { meta: metaSource.file }),
      unchecked: result.unchecked,
      ignoredColumns: result.ignoredColumns,
      locate: (paths) =>
        metaSource === undefined ? paths.map(() => undefined) : locateIn(metaSource, paths),
    },
  };
}

/** Problems of a JSON document, each placed at the line and column of its path. */
function showInJson(problems: readonly Problem[], source: JsonSource, locale: CommandContext['locale']) {
  const positions = locateJsonPaths(
    source.text,
    problems.map((p) => p.path),
  );
  return problems.map((p, i) => {
    const shown = showProblem(p, locale);
    const position = positions[i];
    return { ...shown, file: source.file, ...(shown.line === undefined && position) };
  });
}

function locateIn(source: JsonSource, paths: readonly DataPath[]): FileLocation[] {
  return locateJsonPaths(source.text, paths).map((position) => ({ file: source.file, ...position }));
}

/** A CSV without a meta file names its site after the file: `/data/tower-a-2026-12.csv` → `tower-a-2026-12`. */
export function siteName(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  const name = base.replace(/\.[^.]*$/, '');
  return name === '' || name === '-' ? 'CSV roster' : name;
}
