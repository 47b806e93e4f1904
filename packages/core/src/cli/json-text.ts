/**
 * JSON files a person names on the command line (a roster, a CSV roster's
 * meta file): parsed with the line and column of a syntax error, refused
 * when nested deeper than any real document (so no later step can run out
 * of stack) or when `JSON.parse` would read it differently from what it
 * says (a key given twice keeps only its last value; a number such as
 * `1e309` becomes Infinity), and searched for the line and column of a path
 * (`publications[0].reviewedBy`) so that a problem or a finding points into
 * the file a supervisor has open in an editor.
 */
import {
  formatPath,
  locateJsonSyntaxError,
  textPosition,
  type DataPath,
  type Locale,
  type TextPosition,
} from '../index.js';
import { cliText, printable } from './messages.js';
import type { ShownProblem } from './report.js';

/** Deeper than any roster document (about 6 levels) could be. */
export const MAX_JSON_DEPTH = 64;

export type JsonTextResult =
  { readonly ok: true; readonly data: unknown } | { readonly ok: false; readonly problem: ShownProblem };

/** Parses JSON text; a problem says where it goes wrong, in `locale`. Never throws. */
export function parseJsonText(text: string, locale: Locale): JsonTextResult {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') {
    return {
      ok: false,
      problem: { path: null, code: 'cli.file.empty', message: cliText('cli.file.empty', {}, locale) },
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return { ok: false, problem: syntaxProblem(body, error, locale) };
  }
  if (tooDeep(data, MAX_JSON_DEPTH)) {
    return {
      ok: false,
      problem: {
        path: null,
        code: 'cli.json.too-deep',
        message: cliText('cli.json.too-deep', { limit: MAX_JSON_DEPTH }, locale),
      },
    };
  }
  const ambiguity = findJsonAmbiguity(body, locale);
  if (ambiguity !== undefined) return { ok: false, problem: ambiguity };
  return { ok: true, data };
}

/** Where valid JSON text does not say what `JSON.parse` makes of it. */
export type JsonAmbiguity =
  | {
      readonly kind: 'duplicate-key';
      readonly key: string;
      /** Where the key is given again, and where first (offsets in the text). */
      readonly offset: number;
      readonly firstOffset: number;
      /** The path of the member: the object's path, then the key. */
      readonly path: DataPath;
    }
  | {
      readonly kind: 'number-too-large';
      readonly literal: string;
      readonly offset: number;
      readonly path: DataPath;
    };

/**
 * The first place, in text order, where valid JSON text holds a key twice in
 * one object or a number too large for a double (`1e309`, which `JSON.parse`
 * turns into Infinity without a word). One pass, iterative; text that is not
 * valid JSON gives no answer worth reading but never throws.
 */
export function scanJsonAmbiguity(text: string): JsonAmbiguity | undefined {
  interface Frame {
    /** Keys of an object so far, with where each is first given; `undefined` for an array. */
    readonly keys: Map<string, number> | undefined;
    /** The member being read: an object's key, an array's index. */
    at: string | number;
    expectKey: boolean;
  }
  const frames: Frame[] = [];
  const pathTo = (depth: number): DataPath => frames.slice(0, depth).map((frame) => frame.at);
  const end = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < end) {
    const c = text.charCodeAt(i);
    const top = frames[frames.length - 1];
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      frames.push(
        c === 0x7b
          ? { keys: new Map(), at: '', expectKey: true }
          : { keys: undefined, at: 0, expectKey: false },
      );
      i++;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      frames.pop();
      i++;
    } else if (c === 0x2c /* , */) {
      if (top !== undefined) {
        if (top.keys === undefined) top.at = Number(top.at) + 1;
        else top.expectKey = true;
      }
      i++;
    } else if (c === 0x22 /* " */) {
      let j = i + 1;
      let escaped = false;
      while (j < end && text.charCodeAt(j) !== 0x22) {
        if (text.charCodeAt(j) === 0x5c) {
          escaped = true;
          j++;
        }
        j++;
      }
      if (top?.keys !== undefined && top.expectKey) {
        const key = escaped ? decodeJsonString(text.slice(i, j + 1)) : text.slice(i + 1, j);
        const first = top.keys.get(key);
        if (first !== undefined) {
          return {
            kind: 'duplicate-key',
            key,
            offset: i,
            firstOffset: first,
            path: [...pathTo(frames.length - 1), key],
          };
        }
        top.keys.set(key, i);
        top.at = key;
        top.expectKey = false;
      }
      i = j + 1;
    } else if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) {
      let j = i + 1;
      while (j < end && !ENDS_SCALAR.has(text.charCodeAt(j))) j++;
      const literal = text.slice(i, j);
      if (!Number.isFinite(Number(literal))) {
        return { kind: 'number-too-large', literal, offset: i, path: pathTo(frames.length) };
      }
      i = j;
    } else {
      i++;
    }
  }
  return undefined;
}

function decodeJsonString(raw: string): string {
  try {
    return String(JSON.parse(raw));
  } catch {
    return raw;
  }
}

/** {@link scanJsonAmbiguity}'s finding as a problem, in `locale`; `undefined` when the text reads as it says. */
export function findJsonAmbiguity(text: string, locale: Locale): ShownProblem | undefined {
  const found = scanJsonAmbiguity(text);
  if (found === undefined) return undefined;
  const position = textPosition(text, found.offset);
  const path = found.path.length === 0 ? null : printable(formatPath(found.path));
  if (found.kind === 'number-too-large') {
    return {
      path,
      ...position,
      code: 'cli.json.number-too-large',
      message: cliText('cli.json.number-too-large', { ...position, found: found.literal }, locale),
    };
  }
  const first = textPosition(text, found.firstOffset);
  return {
    path,
    ...position,
    code: 'cli.json.duplicate-key',
    message: cliText(
      'cli.json.duplicate-key',
      { ...position, key: found.key, firstLine: first.line, firstColumn: first.column },
      locale,
    ),
  };
}

/** The character at an offset as a message shows it: `"}"`, or `U+0007` for an invisible one. */
function describeCharacter(text: string, offset: number): string {
  const point = text.codePointAt(offset);
  if (point === undefined) return '(end)';
  const char = String.fromCodePoint(point);
  const invisible = /[\p{Cc}\p{Cf}\p{Zs}\p{Zl}\p{Zp}\p{Cs}]/u.test(char) || point === 0xfffd;
  return invisible ? `U+${point.toString(16).toUpperCase().padStart(4, '0')}` : `"${char}"`;
}

function syntaxProblem(text: string, error: unknown, locale: Locale): ShownProblem {
  const located = locateJsonSyntaxError(text);
  if (located === undefined) {
    const detail = error instanceof Error ? error.message : String(error);
    return { path: null, code: 'cli.json.invalid', message: cliText('cli.json.invalid', { detail }, locale) };
  }
  const position = textPosition(text, located.offset);
  const code = `cli.json.${located.kind}` as const;
  return {
    path: null,
    ...position,
    code,
    message: cliText(code, { ...position, found: describeCharacter(text, located.offset) }, locale),
  };
}

/** Whether a parsed value nests deeper than `limit`. Iterative: hostile input cannot overflow the stack. */
export function tooDeep(data: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[data, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() ?? [undefined, 0];
    if (typeof value !== 'object' || value === null) continue;
    if (depth > limit) return true;
    for (const inner of Object.values(value)) {
      if (typeof inner === 'object' && inner !== null) stack.push([inner, depth + 1]);
    }
  }
  return false;
}

/** Whitespace, `,`, `]` and `}`: what ends a number or a literal. */
const ENDS_SCALAR = new Set([0x20, 0x0a, 0x0d, 0x09, 0x2c, 0x5d, 0x7d]);

interface PathNode {
  readonly children: Map<string, PathNode>;
  offset: number | undefined;
}

/**
 * The line and column where the value at each path starts in a valid JSON
 * text; for a path that leads nowhere (a missing field), where its deepest
 * existing part starts. One pass over the text, whatever the number of
 * paths; iterative.
 */
export function locateJsonPaths(text: string, paths: readonly DataPath[]): TextPosition[] {
  const root: PathNode = { children: new Map(), offset: undefined };
  for (const path of paths) {
    let node = root;
    for (const key of path) {
      const name = String(key);
      let child = node.children.get(name);
      if (child === undefined) node.children.set(name, (child = { children: new Map(), offset: undefined }));
      node = child;
    }
  }

  interface Frame {
    readonly node: PathNode | undefined;
    readonly array: boolean;
    index: number;
  }
  const frames: Frame[] = [];
  let pending: PathNode | undefined = root;
  let expectKey = false;
  const mark = (at: number): void => {
    if (pending !== undefined) pending.offset = at;
    pending = undefined;
  };
  const end = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < end) {
    const c = text.charAt(i);
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === ':') {
      i++;
    } else if (c === '{' || c === '[') {
      const node: PathNode | undefined = pending;
      mark(i);
      const frame: Frame = { node, array: c === '[', index: 0 };
      frames.push(frame);
      expectKey = c === '{';
      pending = c === '[' ? node?.children.get('0') : undefined;
      i++;
    } else if (c === '}' || c === ']') {
      frames.pop();
      pending = undefined;
      expectKey = false;
      i++;
    } else if (c === ',') {
      const frame = frames[frames.length - 1];
      if (frame?.array === true) {
        frame.index += 1;
        pending = frame.node?.children.get(String(frame.index));
      } else {
        pending = undefined;
        expectKey = true;
      }
      i++;
    } else if (c === '"') {
      let j = i + 1;
      let escaped = false;
      for (; j < end; j++) {
        const d = text.charCodeAt(j);
        if (d === 0x22) break;
        if (d === 0x5c) {
          escaped = true;
          j++;
        }
      }
      const frame = frames[frames.length - 1];
      if (expectKey && frame !== undefined && !frame.array) {
        const raw = text.slice(i, j + 1);
        const key = escaped ? String(JSON.parse(raw)) : raw.slice(1, -1);
        pending = frame.node?.children.get(key);
        expectKey = false;
      } else {
        mark(i);
      }
      i = j + 1;
    } else {
      mark(i);
      while (i < end && !ENDS_SCALAR.has(text.charCodeAt(i))) i++;
    }
  }

  const offsets = paths.map((path) => {
    let node = root;
    let offset = root.offset ?? 0;
    for (const key of path) {
      const child = node.children.get(String(key));
      if (child?.offset === undefined) break;
      node = child;
      offset = child.offset;
    }
    return offset;
  });
  return positionsOf(text, offsets);
}

/** Line and column of many offsets in one pass (as `textPosition` counts them). */
function positionsOf(text: string, offsets: readonly number[]): TextPosition[] {
  const order = offsets.map((offset, index) => ({ offset, index })).sort((a, b) => a.offset - b.offset);
  const positions = new Array<TextPosition>(offsets.length);
  let line = 1;
  let column = 1;
  let at = 0;
  for (const { offset, index } of order) {
    for (; at < offset && at < text.length; at++) {
      const code = text.charCodeAt(at);
      if (code === 0x0a || (code === 0x0d && text.charCodeAt(at + 1) !== 0x0a)) {
        line++;
        column = 1;
      } else if (code !== 0x0d) {
        const low = code >= 0xdc00 && code <= 0xdfff;
        const previous = text.charCodeAt(at - 1);
        if (!(low && previous >= 0xd800 && previous <= 0xdbff)) column++;
      }
    }
    positions[index] = { line, column };
  }
  return positions;
}
