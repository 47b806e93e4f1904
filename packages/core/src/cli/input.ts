/**
 * Reading a file a person names on the command line: as bytes, with a size
 * limit, then decoded strictly. Every command reads its input through here,
 * so every command refuses the same things with the same words.
 */
import { textPosition } from '../index.js';
import type { CliIo } from './io.js';
import type { CliMessageId } from './messages.js';

/** The largest input file read: 64 MiB (a year of a busy site's journal is a few MB). */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** Why a file could not be read, as a message of `messages.ts`. */
export interface ReadFailure {
  readonly id: CliMessageId;
  readonly params: Readonly<Record<string, string | number>>;
  /** Where in the file (1-based; columns count characters), for a bad byte. */
  readonly line?: number;
  readonly column?: number;
}

export type ReadTextResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly failure: ReadFailure };

/** Reads and decodes a text file (`-` for standard input). Never throws. */
export async function readTextFile(
  io: CliIo,
  path: string,
  maxBytes: number = MAX_INPUT_BYTES,
): Promise<ReadTextResult> {
  let bytes: Uint8Array | 'too-large';
  try {
    bytes = await io.readFile(path, maxBytes);
  } catch (error) {
    return { ok: false, failure: readError(error) };
  }
  if (bytes === 'too-large' || bytes.length > maxBytes) {
    return fail('cli.file.too-large', { limit: Math.round(maxBytes / (1024 * 1024)) });
  }
  return decodeText(bytes);
}

/**
 * Text from bytes: UTF-8 (a byte-order mark is dropped), or UTF-16 when a
 * UTF-16 byte-order mark says so. Anything else — Big5, GBK, UTF-16 without
 * a mark, binary data — is refused with the offset of the first bad byte,
 * never decoded into replacement characters.
 */
export function decodeText(bytes: Uint8Array): ReadTextResult {
  if (bytes.length === 0) return fail('cli.file.empty');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be');
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  if (body.length === 0) return fail('cli.file.empty');
  const nul = body.indexOf(0);
  if (nul >= 0) return fail('cli.file.nul', { offset: start + nul }, utf8Position(body, nul));
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body) };
  } catch {
    const bad = firstInvalidUtf8(body);
    return fail('cli.file.not-utf8', { offset: start + bad }, utf8Position(body, bad));
  }
}

/**
 * The line and column of byte `offset` of UTF-8 text, as an editor shows
 * them: lines end at LF, CRLF or a lone CR; a column is a character, so a
 * Chinese character (three bytes) is one column and a character outside the
 * BMP (four bytes) too.
 */
export function utf8Position(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  const stop = Math.min(offset, bytes.length);
  for (let i = 0; i < stop; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      column = 1;
    } else if (b !== 0x0d && (b & 0xc0) !== 0x80) {
      column++;
    }
  }
  return { line, column };
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): ReadTextResult {
  const body = bytes.subarray(2);
  if (body.length === 0) return fail('cli.file.empty');
  let text: string;
  try {
    if (body.length % 2 !== 0) throw new RangeError('odd length');
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return fail('cli.file.bad-utf16');
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return fail('cli.file.nul', { offset: 2 + nul * 2 }, textPosition(text, nul));
  return { ok: true, text };
}

/** Offset of the first byte that does not belong to a valid UTF-8 sequence (RFC 3629). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let length: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [length, min] = [2, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [length, min] = [3, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    let point = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      point = (point << 6) | (next & 0x3f);
    }
    if (point < min || point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) return i;
    i += length;
  }
  return bytes.length;
}

function readError(error: unknown): ReadFailure {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return { id: 'cli.file.not-found', params: {} };
  if (code === 'EISDIR') return { id: 'cli.file.is-directory', params: {} };
  const detail = typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
  return { id: 'cli.file.unreadable', params: { detail } };
}

function fail(
  id: CliMessageId,
  params: Readonly<Record<string, string | number>> = {},
  position?: { line: number; column: number },
): ReadTextResult {
  return { ok: false, failure: { id, params, ...position } };
}
