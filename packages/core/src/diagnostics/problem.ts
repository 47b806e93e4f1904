import type { MessageParams } from './finding.js';
import { formatMessage, LOCALES, type Locale } from './format.js';
import type { MessageId } from '../messages.js';

/** A path into a checked document: object keys and array indexes. */
export type DataPath = readonly (string | number)[];

/**
 * One problem with a document a person supplied (a policy, a roster, a
 * journal file): where it is, what is wrong as data, and the words for it.
 */
export interface Problem {
  readonly path: DataPath;
  readonly code: MessageId;
  readonly params: MessageParams;
  readonly message: Readonly<Record<Locale, string>>;
}

/** Builds a problem with its message rendered in every locale. */
export function problem(path: DataPath, code: MessageId, params: MessageParams = {}): Problem {
  const message = Object.fromEntries(
    LOCALES.map((locale) => [locale, formatMessage(code, params, locale)]),
  ) as Record<Locale, string>;
  return { path: [...path], code, params, message };
}

/** `shifts[1].end` — the way a person reads a location in a document. */
export function formatPath(path: DataPath): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? key : `.${key}`;
  }
  return text === '' ? '(document)' : text;
}

/** Renders problems as lines `path: message`, one per problem. */
export function describeProblems(problems: readonly Problem[], locale: Locale): string {
  return problems.map((p) => `${formatPath(p.path)}: ${p.message[locale]}`).join('\n');
}
