/** How commands show problems and results: text lines for people, JSON for programs. */
import { formatPath, type DataPath, type Locale, type Problem } from '../index.js';
import type { CommandContext } from './command.js';
import type { ReadFailure } from './input.js';
import type { ExitCode } from './io.js';
import { cliText } from './messages.js';

export type OutputFormat = 'text' | 'json';

/** A problem as the command line shows it. */
export interface ShownProblem {
  /** Where in the document (`entries[3].at`); `null` for the file as a whole. */
  readonly path: string | null;
  /** Line and column in the file, for syntax errors. */
  readonly line?: number;
  readonly column?: number;
  readonly code: string;
  readonly message: string;
}

/** A core problem in one language; `prefix` places a path inside the document. */
export function showProblem(problem: Problem, locale: Locale, prefix: DataPath = []): ShownProblem {
  const path = [...prefix, ...problem.path];
  const { line, column } = problem.params;
  return {
    path: path.length === 0 ? null : formatPath(path),
    ...(typeof line === 'number' && typeof column === 'number' ? { line, column } : {}),
    code: problem.code,
    message: problem.message[locale],
  };
}

/** A file that could not be read, as a problem. */
export function showReadFailure(failure: ReadFailure, locale: Locale): ShownProblem {
  return { path: null, code: failure.id, message: cliText(failure.id, failure.params, locale) };
}

/** `journal.json:3:17: message`, `journal.json: entries[2].at: message` or `journal.json: message`. */
export function problemLine(file: string, problem: ShownProblem): string {
  if (problem.line !== undefined && problem.column !== undefined) {
    return `${file}:${problem.line}:${problem.column}: ${problem.message}`;
  }
  return problem.path === null
    ? `${file}: ${problem.message}`
    : `${file}: ${problem.path}: ${problem.message}`;
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
