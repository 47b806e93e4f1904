import { describe, expect, it } from 'vitest';
import {
  isSupportedDate,
  isSupportedInstant,
  isSupportedYear,
  SUPPORTED_FROM_MS,
  SUPPORTED_UNTIL_MS,
  SUPPORTED_YEARS,
} from './supported-range.js';

describe('the years the product accepts (2000–2999)', () => {
  it('runs from 2000-01-01T00:00:00Z up to, not including, 3000-01-01T00:00:00Z', () => {
    expect(SUPPORTED_YEARS).toEqual({ first: 2000, last: 2999 });
    expect(SUPPORTED_FROM_MS).toBe(Date.parse('2000-01-01T00:00:00Z'));
    expect(SUPPORTED_UNTIL_MS).toBe(Date.parse('3000-01-01T00:00:00Z'));
  });

  it('takes a year of 2000 to 2999 only', () => {
    expect([1999, 2000, 2026, 2999, 3000].map(isSupportedYear)).toEqual([false, true, true, true, false]);
    expect(isSupportedYear(2026.5)).toBe(false);
  });

  it('takes an instant of the range only, at millisecond precision', () => {
    expect(isSupportedInstant(SUPPORTED_FROM_MS)).toBe(true);
    expect(isSupportedInstant(SUPPORTED_FROM_MS - 1)).toBe(false);
    expect(isSupportedInstant(SUPPORTED_UNTIL_MS - 1)).toBe(true);
    expect(isSupportedInstant(SUPPORTED_UNTIL_MS)).toBe(false);
    for (const odd of [Number.NaN, Number.POSITIVE_INFINITY, 8.64e15, -8.64e15, 0]) {
      expect(isSupportedInstant(odd), String(odd)).toBe(false);
    }
  });

  it('takes a real date of those years only', () => {
    expect(isSupportedDate('2000-01-01')).toBe(true);
    expect(isSupportedDate('2999-12-31')).toBe(true);
    expect(isSupportedDate('2028-02-29')).toBe(true);
    for (const text of ['1999-12-31', '3000-01-01', '0001-01-01', '9999-12-31', '2026-02-29', '2026-12-1']) {
      expect(isSupportedDate(text), text).toBe(false);
    }
  });
});
