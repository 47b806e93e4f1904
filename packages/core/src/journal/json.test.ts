import { describe, expect, it } from 'vitest';
import { cloneJson, isPlainObject } from './json.js';

describe('cloneJson', () => {
  it('copies deeply, so the copy shares no object with the original', () => {
    const original = { a: { b: [1, { c: 'x' }] }, d: null, e: true };
    const copy = cloneJson(original);
    expect(copy).toEqual(original);
    expect(copy).not.toBe(original);
    expect(copy.a).not.toBe(original.a);
    expect(copy.a.b).not.toBe(original.a.b);
    expect(copy.a.b[1]).not.toBe(original.a.b[1]);
  });

  it('drops properties whose value is undefined', () => {
    expect(Object.keys(cloneJson({ a: 1, b: undefined }))).toEqual(['a']);
  });

  it('keeps a "__proto__" key as data without changing the prototype', () => {
    const copy = cloneJson(JSON.parse('{"__proto__":{"polluted":true}}') as object);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__']);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

describe('isPlainObject', () => {
  it('accepts literal and prototype-less objects only', () => {
    expect(isPlainObject({})).toBe(true);
    expect(isPlainObject(Object.create(null))).toBe(true);
    expect(isPlainObject([])).toBe(false);
    expect(isPlainObject(null)).toBe(false);
    expect(isPlainObject(new Date(0))).toBe(false);
    expect(isPlainObject(new Map())).toBe(false);
    expect(isPlainObject('x')).toBe(false);
  });
});
