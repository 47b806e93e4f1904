import { formatMessage, LOCALES, type Locale } from '../diagnostics/format.js';
import { describeProblems, problem, type DataPath, type Problem } from '../diagnostics/problem.js';
import type { CanonicalError } from './canonical.js';

/** Why the journal refused an operation. Nothing is written when any of these is thrown. */
export type JournalErrorCode =
  | 'invalid-entry'
  | 'duplicate-id'
  | 'out-of-order'
  | 'unknown-type'
  | 'unknown-original'
  | 'retention'
  | 'storage'
  | 'broken-chain';

/**
 * A refused journal operation. `code` says why, as data; `problems` lists
 * what is wrong with its path (inside the entry, or `[index, …]` inside a
 * batch) and a message in every locale; `message` is the English text, so a
 * log shows something useful without a stack.
 */
export class JournalError extends Error {
  readonly code: JournalErrorCode;
  readonly problems: readonly Problem[];

  constructor(code: JournalErrorCode, problems: readonly Problem[], options?: { cause?: unknown }) {
    const summary = formatMessage(`journal.error.${code}`, {}, 'en');
    super(problems.length === 0 ? summary : `${summary}\n${describeProblems(problems, 'en')}`, options);
    this.name = 'JournalError';
    this.code = code;
    this.problems = problems;
  }

  /** The summary and the problems, in one locale. */
  describe(locale: Locale): string {
    const summary = formatMessage(`journal.error.${this.code}`, {}, locale);
    return this.problems.length === 0 ? summary : `${summary}\n${describeProblems(this.problems, locale)}`;
  }

  /** The summary in every locale. */
  get summary(): Readonly<Record<Locale, string>> {
    return Object.fromEntries(
      LOCALES.map((locale) => [locale, formatMessage(`journal.error.${this.code}`, {}, locale)]),
    ) as Record<Locale, string>;
  }
}

/** The problem for a value that is not JSON, located inside the entry. */
export function problemFromCanonical(error: CanonicalError, prefix: DataPath): Problem {
  const path = [...prefix, ...error.path];
  switch (error.code) {
    case 'not-finite':
      return problem(path, 'journal.json.not-finite', { kind: error.kind });
    case 'undefined':
      return problem(path, 'journal.json.undefined');
    case 'unsupported':
      return problem(path, 'journal.json.unsupported', { kind: error.kind });
    case 'cycle':
      return problem(path, 'journal.json.cycle');
  }
}
