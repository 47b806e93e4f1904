import { describe, expect, it } from 'vitest';
import { calendarDay, calendarDayText, isCalendarDate } from './calendar-day.js';

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
});
