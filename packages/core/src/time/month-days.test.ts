import { describe, expect, it } from 'vitest';
import { isMonth, monthDays } from './month-days.js';

describe('monthDays', () => {
  it('lists every day of the month with its ISO weekday', () => {
    const days = monthDays('2026-12', 'Asia/Hong_Kong');
    expect(days).toHaveLength(31);
    expect(days[0]).toMatchObject({ date: '2026-12-01', weekday: 2 });
    expect(days[30]).toMatchObject({ date: '2026-12-31', weekday: 4 });
    expect(monthDays('2028-02', 'UTC')).toHaveLength(29);
    expect(monthDays('2026-02', 'UTC')).toHaveLength(28);
  });

  it('bounds each day by the site’s midnights, back to back', () => {
    const days = monthDays('2026-12', 'Asia/Shanghai');
    expect(days[0]?.startMs).toBe(Date.UTC(2026, 10, 30, 16));
    for (let i = 1; i < days.length; i += 1) expect(days[i]?.startMs).toBe(days[i - 1]?.endMs);
    expect(days[30]?.endMs).toBe(Date.UTC(2026, 11, 31, 16));
  });

  it('gives DST days 23 and 25 hours (America/New_York, Europe/London)', () => {
    const length = (month: string, zone: string, date: string) => {
      const day = monthDays(month, zone).find((d) => d.date === date)!;
      return (day.endMs - day.startMs) / 3_600_000;
    };
    expect(length('2026-03', 'America/New_York', '2026-03-08')).toBe(23);
    expect(length('2026-11', 'America/New_York', '2026-11-01')).toBe(25);
    expect(length('2026-03', 'Europe/London', '2026-03-29')).toBe(23);
    expect(length('2026-10', 'Europe/London', '2026-10-25')).toBe(25);
    expect(length('2026-10', 'Europe/London', '2026-10-26')).toBe(24);
  });

  it('recognises months and refuses anything else', () => {
    expect(isMonth('2026-12')).toBe(true);
    for (const text of ['2026-13', '2026-1', '2026/12', '2026-12-01'])
      expect(isMonth(text), text).toBe(false);
    expect(() => monthDays('2026-13', 'UTC')).toThrow(RangeError);
  });

  it('recognises the months of the years 2000–2999 only', () => {
    expect(['2000-01', '2999-12'].map(isMonth)).toEqual([true, true]);
    expect(['1999-12', '3000-01', '0001-01', '9999-12'].map(isMonth)).toEqual([false, false, false, false]);
  });

  it('still lists the days of any four-digit year, for the days around the range', () => {
    expect(monthDays('0001-01', 'UTC')[0]).toMatchObject({ date: '0001-01-01', weekday: 1 });
    const december = monthDays('9999-12', 'UTC');
    expect(december).toHaveLength(31);
    expect(december[30]?.endMs).toBe(Date.UTC(9999, 11, 31) + 86_400_000);
  });
});
