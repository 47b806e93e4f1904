/**
 * Where a JSON text goes wrong, as a line and a column a person can find in
 * an editor.
 *
 * `JSON.parse` says where it stopped only in some engines and some cases
 * (V8 gives no position for a truncated file, Safari never does), and in
 * English. So when it fails, this small scanner walks the text once more
 * and finds the first offending character itself: the same answer in every
 * engine, and data that the message tables can put into words.
 *
 * The scanner is iterative (an explicit stack), so deeply nested input
 * cannot overflow the call stack.
 */

export type JsonSyntaxErrorKind =
  /** The text ends inside a value: a truncated file. */
  | 'unexpected-end'
  /** A character that the grammar does not allow at that place. */
  | 'unexpected'
  /** A raw control character or a bad escape inside a string. */
  | 'string';

export interface JsonSyntaxError {
  readonly kind: JsonSyntaxErrorKind;
  /** Offset of the offending character in the text (UTF-16 code units). */
  readonly offset: number;
}

/** 1-based line and column; columns count characters (code points), not bytes. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/**
 * The first syntax error of a JSON text (RFC 8259, as `JSON.parse` reads
 * it), or `undefined` when the text is valid JSON.
 */
export function locateJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const stack: ('[' | '{')[] = [];
  let expect: Expect = 'value';
  let i = 0;
  const end = text.length;

  const afterValue = (): Expect => (stack.length === 0 ? 'end' : 'comma-or-close');

  for (;;) {
    while (i < end && isWhitespace(text.charCodeAt(i))) i++;
    if (i >= end) return expect === 'end' ? undefined : { kind: 'unexpected-end', offset: end };
    const c = text.charAt(i);

    switch (expect) {
      case 'end':
        return { kind: 'unexpected', offset: i };
      case 'colon':
        if (c !== ':') return { kind: 'unexpected', offset: i };
        i++;
        expect = 'value';
        break;
      case 'comma-or-close': {
        const open = stack[stack.length - 1];
        if (c === ',') {
          i++;
          expect = open === '[' ? 'value' : 'key';
        } else if ((c === ']' && open === '[') || (c === '}' && open === '{')) {
          i++;
          stack.pop();
          expect = afterValue();
        } else {
          return { kind: 'unexpected', offset: i };
        }
        break;
      }
      case 'key':
      case 'key-or-close':
        if (expect === 'key-or-close' && c === '}') {
          i++;
          stack.pop();
          expect = afterValue();
        } else if (c === '"') {
          const scanned = scanString(text, i);
          if (typeof scanned !== 'number') return scanned;
          i = scanned;
          expect = 'colon';
        } else {
          return { kind: 'unexpected', offset: i };
        }
        break;
      case 'value':
      case 'value-or-close':
        if (expect === 'value-or-close' && c === ']') {
          i++;
          stack.pop();
          expect = afterValue();
        } else if (c === '{') {
          i++;
          stack.push('{');
          expect = 'key-or-close';
        } else if (c === '[') {
          i++;
          stack.push('[');
          expect = 'value-or-close';
        } else {
          const scanned = scanScalar(text, i);
          if (typeof scanned !== 'number') return scanned;
          i = scanned;
          expect = afterValue();
        }
        break;
    }
  }
}

/** A string, number or literal starting at `start`: the offset after it, or the error. */
function scanScalar(text: string, start: number): number | JsonSyntaxError {
  const c = text.charAt(start);
  if (c === '"') return scanString(text, start);
  if (c === '-' || (c >= '0' && c <= '9')) {
    NUMBER.lastIndex = start;
    if (NUMBER.test(text)) return NUMBER.lastIndex;
    // Only "-" followed by something else (or nothing) gets here.
    return start + 1 >= text.length
      ? { kind: 'unexpected-end', offset: text.length }
      : { kind: 'unexpected', offset: start + 1 };
  }
  for (const literal of ['true', 'false', 'null']) {
    if (c !== literal.charAt(0)) continue;
    for (let k = 1; k < literal.length; k++) {
      if (start + k >= text.length) return { kind: 'unexpected-end', offset: text.length };
      if (text.charAt(start + k) !== literal.charAt(k)) return { kind: 'unexpected', offset: start + k };
    }
    return start + literal.length;
  }
  return { kind: 'unexpected', offset: start };
}

/** The string whose opening quote is at `start`: the offset after its closing quote, or the error. */
function scanString(text: string, start: number): number | JsonSyntaxError {
  let j = start + 1;
  while (j < text.length) {
    const code = text.charCodeAt(j);
    if (code === 0x22) return j + 1;
    if (code < 0x20) return { kind: 'string', offset: j };
    if (code === 0x5c) {
      if (j + 1 >= text.length) break;
      const escape = text.charAt(j + 1);
      if (ESCAPES.has(escape)) {
        j += 2;
      } else if (escape === 'u') {
        HEX4.lastIndex = j + 2;
        if (!HEX4.test(text)) {
          return j + 6 > text.length
            ? { kind: 'unexpected-end', offset: text.length }
            : { kind: 'string', offset: j };
        }
        j += 6;
      } else {
        return { kind: 'string', offset: j };
      }
    } else {
      j++;
    }
  }
  return { kind: 'unexpected-end', offset: text.length };
}

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/**
 * The line and column of an offset. Lines end at `\n`, `\r\n` or a lone
 * `\r`; columns count code points, so a Chinese character or an emoji is one
 * column, as an editor shows it.
 */
export function textPosition(text: string, offset: number): TextPosition {
  const stop = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < stop; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  let column = 1;
  for (let i = lineStart; i < stop; i++) {
    const code = text.charCodeAt(i);
    // The second half of a surrogate pair does not start a new character.
    const isLowSurrogate = code >= 0xdc00 && code <= 0xdfff;
    const previous = text.charCodeAt(i - 1);
    if (!(isLowSurrogate && i > lineStart && previous >= 0xd800 && previous <= 0xdbff)) column++;
  }
  return { line, column };
}

/**
 * The character at an offset as a person should see it in a message:
 * `"}"`, or `U+0007` for an invisible one.
 */
export function describeCharacter(text: string, offset: number): string {
  const point = text.codePointAt(offset);
  if (point === undefined) return '(end)';
  const char = String.fromCodePoint(point);
  const invisible = /[\p{Cc}\p{Cf}\p{Zs}\p{Zl}\p{Zp}\p{Cs}]/u.test(char) || point === 0xfffd;
  return invisible ? `U+${point.toString(16).toUpperCase().padStart(4, '0')}` : `"${char}"`;
}
