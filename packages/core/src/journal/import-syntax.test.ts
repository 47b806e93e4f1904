import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeCharacter, locateJsonSyntaxError, textPosition } from './import-syntax.js';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('locateJsonSyntaxError', () => {
  it.each([
    ['{"a":1}', undefined],
    [' [1, -2.5e+3, "x\\u00e9\\n", true, false, null, {}] ', undefined],
    ['', { kind: 'unexpected-end', offset: 0 }],
    ['{"a":', { kind: 'unexpected-end', offset: 5 }],
    ['{"a":1,}', { kind: 'unexpected', offset: 7 }],
    ['[1 2]', { kind: 'unexpected', offset: 3 }],
    ['[1,]', { kind: 'unexpected', offset: 3 }],
    ["{'a':1}", { kind: 'unexpected', offset: 1 }],
    ['{"a" 1}', { kind: 'unexpected', offset: 5 }],
    ['{"a":01}', { kind: 'unexpected', offset: 6 }],
    ['{"a":1.}', { kind: 'unexpected', offset: 6 }],
    ['{"a":-}', { kind: 'unexpected', offset: 6 }],
    ['{"a":tru}', { kind: 'unexpected', offset: 8 }],
    ['{"a":tr', { kind: 'unexpected-end', offset: 7 }],
    ['{"a":"x\ny"}', { kind: 'string', offset: 7 }],
    ['{"a":"\\x"}', { kind: 'string', offset: 6 }],
    ['{"a":"\\u12G4"}', { kind: 'string', offset: 6 }],
    ['{"a":"abc', { kind: 'unexpected-end', offset: 9 }],
    ['{} {}', { kind: 'unexpected', offset: 3 }],
    ['[1]]', { kind: 'unexpected', offset: 3 }],
    ['NaN', { kind: 'unexpected', offset: 0 }],
    ['\uFEFF{}', { kind: 'unexpected', offset: 0 }],
  ])('%j → %j', (text, expected) => {
    expect(locateJsonSyntaxError(text)).toEqual(expected);
    expect(parses(text)).toBe(expected === undefined);
  });

  it('agrees with JSON.parse on valid JSON (fast-check)', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(locateJsonSyntaxError(text)).toBeUndefined();
      }),
    );
  });

  it('finds an error exactly when JSON.parse fails, on mangled JSON (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.json(),
        fc.nat(),
        fc.constantFrom('', ',', '}', ']', '"', '\\', ':', '\n', '\u0001', 'x', '0', '-', '{', '['),
        fc.nat(2),
        (json, at, insert, remove) => {
          const i = at % (json.length + 1);
          const text = json.slice(0, i) + insert + json.slice(i + remove);
          const located = locateJsonSyntaxError(text);
          expect(located === undefined, text).toBe(parses(text));
          if (located !== undefined) {
            expect(located.offset).toBeGreaterThanOrEqual(0);
            expect(located.offset).toBeLessThanOrEqual(text.length);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('scans very deep nesting without overflowing the stack', () => {
    const deep = '['.repeat(1_000_000) + ']'.repeat(999_999);
    expect(locateJsonSyntaxError(deep)).toEqual({ kind: 'unexpected-end', offset: deep.length });
  });
});

describe('textPosition', () => {
  it('counts lines at \\n, \\r\\n and a lone \\r, and columns from 1', () => {
    const text = 'ab\ncd\r\nef\rgh';
    expect(textPosition(text, 0)).toEqual({ line: 1, column: 1 });
    expect(textPosition(text, 2)).toEqual({ line: 1, column: 3 });
    expect(textPosition(text, 3)).toEqual({ line: 2, column: 1 });
    expect(textPosition(text, 7)).toEqual({ line: 3, column: 1 });
    expect(textPosition(text, 10)).toEqual({ line: 4, column: 1 });
    expect(textPosition(text, text.length)).toEqual({ line: 4, column: 3 });
  });

  it('counts a Chinese character or an emoji as one column', () => {
    const text = '{"交接":"😀",x}';
    expect(textPosition(text, text.indexOf('x'))).toEqual({ line: 1, column: 11 });
  });

  it('clamps offsets outside the text', () => {
    expect(textPosition('ab', -5)).toEqual({ line: 1, column: 1 });
    expect(textPosition('ab', 99)).toEqual({ line: 1, column: 3 });
  });
});

describe('describeCharacter', () => {
  it('quotes a visible character and names an invisible one', () => {
    expect(describeCharacter('a,b', 1)).toBe('","');
    expect(describeCharacter('交', 0)).toBe('"交"');
    expect(describeCharacter('😀', 0)).toBe('"😀"');
    expect(describeCharacter('\u0007', 0)).toBe('U+0007');
    expect(describeCharacter('\u00a0', 0)).toBe('U+00A0');
    expect(describeCharacter('\uFEFF', 0)).toBe('U+FEFF');
    expect(describeCharacter('', 0)).toBe('(end)');
  });
});
