import { describe, expect, it } from 'vitest';
import { calendarDay, calendarDayText, calendarParts, isCalendarDate } from './calendar-day.js';

describe('calendarDay', () => {
  it('reads a yyyy-MM-dd date as midnight UTC, whatever the host zone', () => {
    expect(calendarDay('2026-12-01')?.getTime()).toBe(Date.UTC(2026, 11, 1));
    expect(calendarDayText(calendarDay('2028-02-29')!)).toBe('2028-02-29');
  });

  it('refuses dates that do not exist and text in other shapes', () => {
    for (const text of [
      '2026-02-29',
      '2026-02-30',
      '2026-13-01',
      '2026-12-00',
      '2026-12-1',
      '20261201',
      '',
    ]) {
      expect(calendarDay(text), text).toBeUndefined();
      expect(isCalendarDate(text), text).toBe(false);
    }
  });

  it('takes every four-digit year as written, 0000–0099 included (no two-digit-year reading)', () => {
    expect(calendarParts('0001-01-01')).toEqual({ year: 1, monthIndex: 0, day: 1 });
    expect(isCalendarDate('0050-06-15')).toBe(true);
    expect(isCalendarDate('9999-12-31')).toBe(true);
    // Leap years by the Gregorian rule carried back: 0000 is one, 0100 is not.
    expect(isCalendarDate('0000-02-29')).toBe(true);
    expect(isCalendarDate('0100-02-29')).toBe(false);
    const year50 = new Date(0);
    year50.setUTCFullYear(50, 5, 15);
    expect(calendarDay('0050-06-15')?.getTime()).toBe(year50.getTime());
  });

  it('writes the calendar year, so year 0000 stays 0000 (not the 0001 of year-of-era)', () => {
    expect(calendarDayText(calendarDay('0000-06-01')!)).toBe('0000-06-01');
    expect(calendarDayText(calendarDay('0001-01-01')!)).toBe('0001-01-01');
  });
});
