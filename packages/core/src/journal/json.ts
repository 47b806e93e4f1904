/**
 * JSON values as the journal stores them: plain data that survives a round
 * trip through any storage (IndexedDB, a portal's backend, a file) unchanged.
 */

/** A JSON value. Journal payloads are JSON so that their hash is reproducible anywhere. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | JsonObject;

/** A JSON object. */
export interface JsonObject {
  readonly [key: string]: JsonValue;
}

/** True for `{}`-style objects (and `Object.create(null)`), false for arrays, dates, maps, class instances. */
export function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * A deep copy of JSON data, so that a stored record and the caller's object
 * never share a reference (nobody can change a stored record through an old
 * reference — REG7-8.5a). Object properties whose value is `undefined` are
 * dropped, as in the canonical form. The input is expected to be JSON already
 * (checked by {@link canonicalize} before anything is stored).
 */
export function cloneJson<T>(value: T): T {
  return copy(value) as T;
}

function copy(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copy);
  const entries: [string, unknown][] = [];
  for (const key of Object.keys(value)) {
    const inner = (value as Record<string, unknown>)[key];
    if (inner !== undefined) entries.push([key, copy(inner)]);
  }
  // fromEntries defines own properties, so a "__proto__" key stays a plain key.
  return Object.fromEntries(entries);
}
