import { describe, expect, it } from 'vitest';
import { siteDay } from './site-day.js';

describe('siteDay', () => {
  it('gives the weekday and both midnights of a day at the site', () => {
    expect(siteDay('2026-12-25', 'Asia/Hong_Kong')).toEqual({
      date: '2026-12-25',
      weekday: 5,
      startMs: Date.UTC(2026, 11, 24, 16),
      endMs: Date.UTC(2026, 11, 25, 16),
    });
  });

  it('lasts 23 hours on the spring-forward day and 25 on the fall-back day', () => {
    const hours = (date: string, zone: string) => {
      const day = siteDay(date, zone);
      return (day.endMs - day.startMs) / 3_600_000;
    };
    expect(hours('2026-03-08', 'America/New_York')).toBe(23);
    expect(hours('2026-11-01', 'America/New_York')).toBe(25);
    expect(hours('2026-03-29', 'Europe/London')).toBe(23);
    expect(hours('2026-03-29', 'Asia/Shanghai')).toBe(24);
  });
});
