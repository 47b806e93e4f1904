/** How commands show problems and results: text lines for people, JSON for programs. */
import { formatPath, type DataPath, type Locale, type Problem } from '../index.js';
import type { CommandContext } from './command.js';
import type { ReadFailure } from './input.js';
import type { ExitCode } from './io.js';
import { cliText, printable } from './messages.js';

export type OutputFormat = 'text' | 'json';

/** A problem as the command line shows it. */
export interface ShownProblem {
  /** The file it is in, when a command reads more than one (a CSV roster and its meta file). */
  readonly file?: string;
  /** Where in the document (`entries[3].at`); `null` for the file as a whole. */
  readonly path: string | null;
  /** Line and column in the file, for syntax errors. */
  readonly line?: number;
  readonly column?: number;
  readonly code: string;
  readonly message: string;
}

/**
 * A core problem in one language; `prefix` places a path inside the
 * document. Its message and path often quote the file (a cell, a key), so
 * they are shown with `printable`: on one line, escapes visible, a huge
 * value cut in the middle.
 */
export function showProblem(problem: Problem, locale: Locale, prefix: DataPath = []): ShownProblem {
  const path = [...prefix, ...problem.path];
  const { line, column } = problem.params;
  return {
    path: path.length === 0 ? null : printable(formatPath(path)),
    ...(typeof line === 'number' && typeof column === 'number' ? { line, column } : {}),
    code: problem.code,
    message: printable(problem.message[locale]),
  };
}

/** A file that could not be read, as a problem (with the line and column of a bad byte). */
export function showReadFailure(failure: ReadFailure, locale: Locale): ShownProblem {
  const { line, column } = failure;
  return {
    path: null,
    ...(line !== undefined && column !== undefined ? { line, column } : {}),
    code: failure.id,
    message: cliText(failure.id, failure.params, locale),
  };
}

/**
 * `journal.json:3:17: message`, `roster.json:12:5: staff[2].id: message`,
 * `journal.json: entries[2].at: message` or `journal.json: message`. A
 * problem that names its own file is shown under it.
 */
export function problemLine(file: string, problem: ShownProblem): string {
  const name = problem.file ?? file;
  const path = problem.path === null ? '' : `${problem.path}: `;
  if (problem.line !== undefined && problem.column !== undefined) {
    return `${name}:${problem.line}:${problem.column}: ${path}${problem.message}`;
  }
  return `${name}: ${path}${problem.message}`;
}

/** Prints a JSON result on standard output. */
export function printJson(context: CommandContext, value: unknown): void {
  context.io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Reports a file that cannot be used (exit 2): one line per problem on
 * standard error, or `{ file, status: "unreadable", problems }` on standard
 * output for `--format json`.
 */
export function reportUnreadable(
  context: CommandContext,
  file: string,
  problems: readonly ShownProblem[],
  format: OutputFormat,
): ExitCode {
  if (format === 'json') printJson(context, { file, status: 'unreadable', problems });
  else context.io.stderr(problems.map((problem) => `${problemLine(file, problem)}\n`).join(''));
  return 2;
}
