import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, daysInMonth } from './civil-days.js';

/** Epoch days of a date, as `Date` counts them (setUTCFullYear takes years 0–99 as written). */
function epochDays(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime() / 86_400_000;
}

describe('daysFromCivil and civilFromDays', () => {
  it('count days from 1970-01-01 both ways', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(2026, 12, 1)).toBe(epochDays(2026, 12, 1));
    expect(civilFromDays(epochDays(2026, 12, 1))).toEqual({ year: 2026, month: 12, day: 1 });
    expect(civilFromDays(-1)).toEqual({ year: 1969, month: 12, day: 31 });
  });

  it('read years 0000–0099 as themselves (Date.UTC would make them 1900–1999)', () => {
    expect(daysFromCivil(1, 1, 1)).toBe(epochDays(1, 1, 1));
    expect(daysFromCivil(0, 2, 29)).toBe(epochDays(0, 2, 29));
    expect(civilFromDays(epochDays(99, 12, 31) + 1)).toEqual({ year: 100, month: 1, day: 1 });
    expect(civilFromDays(epochDays(9999, 12, 31) + 1)).toEqual({ year: 10000, month: 1, day: 1 });
  });

  it('carry a day past the end of the month into the next', () => {
    expect(daysFromCivil(2026, 12, 32)).toBe(daysFromCivil(2027, 1, 1));
    expect(daysFromCivil(2028, 2, 30)).toBe(daysFromCivil(2028, 3, 1));
  });
});

describe('daysInMonth', () => {
  it('follows the Gregorian leap years, carried back before 1582', () => {
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(0, 2)).toBe(29);
    expect(daysInMonth(100, 2)).toBe(28);
    expect([1, 4, 6, 9, 11, 12].map((month) => daysInMonth(2026, month))).toEqual([31, 30, 30, 30, 30, 31]);
  });
});
