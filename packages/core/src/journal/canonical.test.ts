import { describe, expect, it } from 'vitest';
import { canonicalEntry, canonicalize, CanonicalError } from './canonical.js';
import type { SealedEntry } from './entry.js';

/** `[1, <hole>, 3]`. */
function holey(): unknown[] {
  const list: unknown[] = new Array(3);
  list[0] = 1;
  list[2] = 3;
  return list;
}

function refusal(value: unknown): CanonicalError {
  try {
    canonicalize(value);
  } catch (error) {
    if (error instanceof CanonicalError) return error;
    throw error;
  }
  throw new Error('expected a CanonicalError');
}

describe('canonicalize', () => {
  it('does not depend on the order keys were written in', () => {
    const a = { b: 1, a: { d: [1, 2], c: 'x' }, e: null };
    const b = { e: null, a: { c: 'x', d: [1, 2] }, b: 1 };
    expect(canonicalize(a)).toBe(canonicalize(b));
    expect(canonicalize(a)).toBe('{"a":{"c":"x","d":[1,2]},"b":1,"e":null}');
  });

  it('keeps array order (arrays are ordered data)', () => {
    expect(canonicalize([3, 1, 2])).toBe('[3,1,2]');
    expect(canonicalize([3, 1, 2])).not.toBe(canonicalize([1, 2, 3]));
  });

  it('sorts keys by UTF-16 code units, as in the RFC 8785 example', () => {
    const value = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    const keys = Object.keys(JSON.parse(canonicalize(value)) as object);
    // JSON.parse puts the integer-like key first again; compare the text instead.
    expect(keys).toContain('1');
    const order = ['\r', '1', '\u0080', '\u00f6', '\u20ac', '\ud83d\ude00', '\ufb33'];
    const text = canonicalize(value);
    const positions = order.map((key) => text.indexOf(`${JSON.stringify(key)}:`));
    expect(positions).toEqual([...positions].sort((x, y) => x - y));
    expect(positions.every((position) => position > 0)).toBe(true);
  });

  it('writes numbers, strings and literals like the RFC 8785 sample', () => {
    // The input of RFC 8785 section 3.2.2, parsed as JSON text.
    const value: unknown = JSON.parse(
      String.raw`{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
        "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/", "literals": [null, true, false]}`,
    );
    expect(canonicalize(value)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('escapes strings exactly as JSON.stringify does', () => {
    const samples = [
      '',
      'plain',
      'quote " and \\ backslash',
      '\b\f\n\r\t',
      '\u0000\u001f\u007f',
      '\u2028\u2029',
      '交接班',
      '\ud800 lone',
      '😀',
    ];
    for (const sample of samples) {
      expect(canonicalize(sample)).toBe(JSON.stringify(sample));
      expect(JSON.parse(canonicalize(sample))).toBe(sample);
    }
    expect(canonicalize('\u0001')).toBe('"\\u0001"');
    expect(canonicalize('\ud800')).toBe('"\\ud800"');
  });

  it('writes numbers as ECMAScript does, with -0 as 0', () => {
    expect(canonicalize([-0, 0, 1, -1.5, 1e21, 1e-7, 123456789012345680000, 0.1 + 0.2])).toBe(
      '[0,0,1,-1.5,1e+21,1e-7,123456789012345680000,0.30000000000000004]',
    );
  });

  it('leaves out object properties whose value is undefined, as JSON.stringify does', () => {
    expect(canonicalize({ a: 1, b: undefined })).toBe('{"a":1}');
  });

  it('accepts objects without a prototype and keeps a "__proto__" key as data', () => {
    const bare = Object.create(null) as Record<string, unknown>;
    bare['z'] = 1;
    bare['a'] = 2;
    expect(canonicalize(bare)).toBe('{"a":2,"z":1}');
    expect(canonicalize(JSON.parse('{"__proto__":{"x":1}}'))).toBe('{"__proto__":{"x":1}}');
  });

  it.each([
    ['NaN', Number.NaN, 'not-finite', []],
    ['Infinity', { a: [Infinity] }, 'not-finite', ['a', 0]],
    ['-Infinity', { a: { b: -Infinity } }, 'not-finite', ['a', 'b']],
    ['undefined at the top', undefined, 'undefined', []],
    ['undefined in an array', { list: [1, undefined] }, 'undefined', ['list', 1]],
    ['a hole in an array', { list: holey() }, 'undefined', ['list', 1]],
    ['a function', { f: () => 1 }, 'unsupported', ['f']],
    ['a symbol', { s: Symbol('s') }, 'unsupported', ['s']],
    ['a bigint', { n: 10n }, 'unsupported', ['n']],
    ['a Date', { when: new Date(0) }, 'unsupported', ['when']],
    ['a Map', { m: new Map() }, 'unsupported', ['m']],
    [
      'a class instance',
      {
        x: new (class Point {
          x = 1;
        })(),
      },
      'unsupported',
      ['x'],
    ],
  ] as const)('refuses %s with a typed error and its path', (_name, value, code, path) => {
    const error = refusal(value);
    expect(error.code).toBe(code);
    expect(error.path).toEqual(path);
  });

  it('refuses a cycle instead of looping', () => {
    const loop: Record<string, unknown> = { a: 1 };
    loop['self'] = { back: loop };
    const error = refusal(loop);
    expect(error.code).toBe('cycle');
    expect(error.path).toEqual(['self', 'back']);
  });

  it('allows the same object twice when it is not a cycle', () => {
    const shared = { k: 1 };
    expect(canonicalize({ a: shared, b: [shared] })).toBe('{"a":{"k":1},"b":[{"k":1}]}');
  });
});

describe('canonicalEntry', () => {
  const entry: SealedEntry = {
    seq: 3,
    id: 'h-3',
    at: '2026-12-01T08:55:00+08:00',
    actor: { staffId: 'S-017', name: '陳小明' },
    type: 'handover.signed',
    payload: { handoverId: 'h', by: 'outgoing' },
    prev: 'a'.repeat(64),
    hash: 'b'.repeat(64),
  };

  it('covers every field except the hash', () => {
    expect(canonicalEntry(entry)).toBe(
      '{"actor":{"name":"陳小明","staffId":"S-017"},"at":"2026-12-01T08:55:00+08:00","id":"h-3",' +
        `"payload":{"by":"outgoing","handoverId":"h"},"prev":"${'a'.repeat(64)}","seq":3,"type":"handover.signed"}`,
    );
    const rehashed: SealedEntry = { ...entry, hash: 'c'.repeat(64) };
    expect(canonicalEntry(rehashed)).toBe(canonicalEntry(entry));
  });

  it.each(['seq', 'id', 'at', 'actor', 'type', 'payload', 'prev'] as const)(
    'changes when %s changes',
    (field) => {
      const changed = {
        ...entry,
        [field]: field === 'seq' ? 4 : field === 'actor' || field === 'payload' ? { x: 1 } : 'other',
      };
      expect(canonicalEntry(changed)).not.toBe(canonicalEntry(entry));
    },
  );
});
