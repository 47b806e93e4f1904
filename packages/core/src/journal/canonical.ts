/**
 * The canonical serialisation every journal hash is computed over, in the
 * style of RFC 8785 (JSON Canonicalization Scheme):
 *
 * - object keys sorted by UTF-16 code units (what `Array.prototype.sort` does);
 * - no whitespace;
 * - numbers as ECMAScript writes them (`JSON.stringify`, `-0` → `0`);
 * - strings escaped exactly as `JSON.stringify` escapes them.
 *
 * Anything that has no single JSON spelling is refused with a
 * {@link CanonicalError} instead of being silently dropped or converted:
 * `NaN` and infinities, `undefined` in an array or at the top, functions,
 * symbols, bigints, dates, maps and other non-plain objects, and cycles. An
 * object property whose value is `undefined` is absent, as in `JSON.stringify`.
 */
import type { DataPath } from '../diagnostics/problem.js';
import type { EntryContent } from './entry.js';
import { isPlainObject } from './json.js';

export type CanonicalErrorCode = 'not-finite' | 'undefined' | 'unsupported' | 'cycle';

/** A value that cannot be written canonically; `path` locates it inside the value. */
export class CanonicalError extends Error {
  readonly code: CanonicalErrorCode;
  readonly path: DataPath;
  /** What was found: `NaN`, `function`, `bigint`, `Date`, … */
  readonly kind: string;

  constructor(code: CanonicalErrorCode, path: DataPath, kind: string) {
    super(`Cannot serialise canonically at ${path.length === 0 ? '(value)' : path.join('.')}: ${kind}`);
    this.name = 'CanonicalError';
    this.code = code;
    this.path = path;
    this.kind = kind;
  }
}

/** The canonical JSON text of a value. @throws {CanonicalError} */
export function canonicalize(value: unknown): string {
  return write(value, [], new Set());
}

/**
 * The canonical text a journal entry's hash covers: every field except `hash`
 * itself (`seq`, `id`, `at`, `actor`, `type`, `payload`, `prev`).
 * @throws {CanonicalError}
 */
export function canonicalEntry(entry: EntryContent): string {
  return canonicalize({
    seq: entry.seq,
    id: entry.id,
    at: entry.at,
    actor: entry.actor,
    type: entry.type,
    payload: entry.payload,
    prev: entry.prev,
  });
}

function write(value: unknown, path: (string | number)[], open: Set<object>): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalError('not-finite', [...path], String(value));
      return String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'undefined':
      throw new CanonicalError('undefined', [...path], 'undefined');
    case 'object':
      if (value === null) return 'null';
      return writeObject(value, path, open);
    default:
      // function, symbol, bigint
      throw new CanonicalError('unsupported', [...path], typeof value);
  }
}

function writeObject(value: object, path: (string | number)[], open: Set<object>): string {
  if (open.has(value)) throw new CanonicalError('cycle', [...path], 'cycle');
  let text: string;
  open.add(value);
  if (Array.isArray(value)) {
    const items = value as readonly unknown[];
    text = '[';
    for (let index = 0; index < items.length; index++) {
      if (index > 0) text += ',';
      path.push(index);
      text += write(items[index], path, open);
      path.pop();
    }
    text += ']';
  } else if (isPlainObject(value)) {
    text = '{';
    let first = true;
    for (const key of Object.keys(value).sort()) {
      const inner = value[key];
      if (inner === undefined) continue;
      path.push(key);
      const written = write(inner, path, open);
      path.pop();
      text += `${first ? '' : ','}${JSON.stringify(key)}:${written}`;
      first = false;
    }
    text += '}';
  } else {
    throw new CanonicalError('unsupported', [...path], kindOf(value));
  }
  open.delete(value);
  return text;
}

function kindOf(value: object): string {
  const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && name !== '' ? name : 'object';
}
