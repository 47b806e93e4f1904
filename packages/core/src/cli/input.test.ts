import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8, readTextFile } from './input.js';
import type { CliIo } from './io.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => new Uint8Array(values);

function utf16(text: string, order: 'le' | 'be', bom = true): Uint8Array {
  const out: number[] = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (order === 'le') out.push(unit & 0xff, unit >> 8);
    else out.push(unit >> 8, unit & 0xff);
  }
  return new Uint8Array(out);
}

/** Two lines and a bit of a third, with Chinese text (3 bytes a character) and a CRLF. */
const CHINESE_LINES = '日期,員工\r\n2026-12-01,S001\n交接,';

describe('decodeText', () => {
  it('decodes UTF-8, with or without a byte-order mark', () => {
    expect(decodeText(utf8('{"交接":1}'))).toEqual({ ok: true, text: '{"交接":1}' });
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, ...utf8('{"a":"交"}')))).toEqual({
      ok: true,
      text: '{"a":"交"}',
    });
  });

  it('decodes UTF-16 LE and BE when a byte-order mark says so', () => {
    expect(decodeText(utf16('{"交接":"😀"}', 'le'))).toEqual({ ok: true, text: '{"交接":"😀"}' });
    expect(decodeText(utf16('{"交接":"😀"}', 'be'))).toEqual({ ok: true, text: '{"交接":"😀"}' });
  });

  it.each([
    ['an empty file', bytes(), 'cli.file.empty', {}, undefined],
    ['a byte-order mark alone', bytes(0xef, 0xbb, 0xbf), 'cli.file.empty', {}, undefined],
    ['a UTF-16 mark alone', bytes(0xff, 0xfe), 'cli.file.empty', {}, undefined],
    ['UTF-16 without a mark', utf16('{"a":1}', 'le', false), 'cli.file.nul', { offset: 1 }, [1, 2]],
    ['UTF-16 of odd length', bytes(0xff, 0xfe, 0x7b, 0x00, 0x7d), 'cli.file.bad-utf16', {}, undefined],
    [
      'UTF-16 with a lone surrogate',
      bytes(0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00),
      'cli.file.bad-utf16',
      {},
      undefined,
    ],
    ['UTF-16 holding NUL', bytes(0xff, 0xfe, 0x41, 0x00, 0x00, 0x00), 'cli.file.nul', { offset: 4 }, [1, 2]],
    ['Big5 (中)', bytes(0x7b, 0x22, 0xa4, 0xa4, 0x22, 0x7d), 'cli.file.not-utf8', { offset: 2 }, [1, 3]],
    ['GBK (中)', bytes(0x22, 0xd6, 0xd0, 0x22), 'cli.file.not-utf8', { offset: 1 }, [1, 2]],
    [
      'Latin-1 (é) after a BOM',
      bytes(0xef, 0xbb, 0xbf, 0x61, 0xe9, 0x62),
      'cli.file.not-utf8',
      { offset: 4 },
      [1, 2],
    ],
    ['UTF-8 cut inside a character', utf8('交').subarray(0, 2), 'cli.file.not-utf8', { offset: 0 }, [1, 1]],
    [
      'binary data',
      bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00),
      'cli.file.nul',
      { offset: 8 },
      [3, 1],
    ],
    [
      'Big5 on the third line, after Chinese text',
      new Uint8Array([...utf8(CHINESE_LINES), 0xa4, 0xa4]),
      'cli.file.not-utf8',
      { offset: utf8(CHINESE_LINES).length },
      [3, 4],
    ],
  ] as const)('refuses %s', (_, input, id, params, position) => {
    const failure =
      position === undefined ? { id, params } : { id, params, line: position[0], column: position[1] };
    expect(decodeText(input)).toEqual({ ok: false, failure });
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    [[0x61, 0xc0, 0x80], 1], // overlong NUL
    [[0xe0, 0x80, 0x80], 0], // overlong
    [[0xed, 0xa0, 0x80], 0], // surrogate
    [[0xf4, 0x90, 0x80, 0x80], 0], // beyond U+10FFFF
    [[0xf5, 0x80, 0x80, 0x80], 0],
    [[0x61, 0x80], 1], // stray continuation
    [[0xe4, 0xba, 0xa4, 0xe6], 3], // 交 then a cut character
  ])('%j → %i', (input, offset) => {
    expect(firstInvalidUtf8(new Uint8Array(input))).toBe(offset);
  });

  it('agrees with a strict TextDecoder on random bytes (fast-check)', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (input) => {
        const offset = firstInvalidUtf8(input);
        expect(offset).toBeLessThanOrEqual(input.length);
        expect(() => strict.decode(input.subarray(0, offset))).not.toThrow();
        if (offset < input.length) expect(() => strict.decode(input)).toThrow();
        else expect(() => strict.decode(input)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });
});

describe('readTextFile', () => {
  const io = (readFile: CliIo['readFile']): CliIo => ({
    stdout: () => undefined,
    stderr: () => undefined,
    readFile,
    writeFile: () => Promise.resolve(),
    resolvePath: (path) => path,
    env: {},
    version: '0',
  });

  it('refuses a file over the limit, in MB', async () => {
    const result = await readTextFile(
      io(() => Promise.resolve('too-large')),
      'big.json',
    );
    expect(result).toEqual({ ok: false, failure: { id: 'cli.file.too-large', params: { limit: 64 } } });
    const small = await readTextFile(
      io(() => Promise.resolve(new Uint8Array(11))),
      'x',
      10,
    );
    expect(small).toMatchObject({ ok: false, failure: { id: 'cli.file.too-large' } });
  });

  it.each([
    ['ENOENT', 'cli.file.not-found', {}],
    ['EISDIR', 'cli.file.is-directory', {}],
    ['EACCES', 'cli.file.unreadable', { detail: 'EACCES' }],
  ])('turns %s into a message', async (code, id, params) => {
    const failing = io(() => Promise.reject(Object.assign(new Error(code), { code })));
    expect(await readTextFile(failing, 'x.json')).toEqual({ ok: false, failure: { id, params } });
  });
});
