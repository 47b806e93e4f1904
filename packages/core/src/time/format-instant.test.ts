import { describe, expect, it } from 'vitest';
import { formatInstant } from './format-instant.js';

describe('formatInstant', () => {
  it('writes the wall clock of the site with its offset at that instant', () => {
    const ms = Date.UTC(2026, 11, 1, 9, 30);
    expect(formatInstant(ms, 'Asia/Hong_Kong')).toBe('2026-12-01T17:30:00+08:00');
    expect(formatInstant(ms, 'America/New_York')).toBe('2026-12-01T04:30:00-05:00');
    expect(formatInstant(ms, 'UTC')).toBe('2026-12-01T09:30:00+00:00');
  });

  it('follows the offset across a DST change', () => {
    expect(formatInstant(Date.UTC(2026, 9, 25, 0, 30), 'Europe/London')).toBe('2026-10-25T01:30:00+01:00');
    expect(formatInstant(Date.UTC(2026, 9, 25, 1, 30), 'Europe/London')).toBe('2026-10-25T01:30:00+00:00');
  });

  it('round-trips: the text names the same instant', () => {
    const ms = Date.UTC(2026, 2, 8, 7, 15);
    expect(Date.parse(formatInstant(ms, 'America/New_York'))).toBe(ms);
  });

  it('writes the calendar year (uuuu): the year before 0001 is 0000, not the 0001 of year-of-era', () => {
    const year0 = new Date(0);
    year0.setUTCFullYear(0, 5, 1);
    expect(formatInstant(year0.getTime(), 'UTC')).toBe('0000-06-01T00:00:00+00:00');
    expect(formatInstant(Date.UTC(2999, 11, 31, 20), 'Asia/Shanghai')).toBe('3000-01-01T04:00:00+08:00');
  });

  it('refuses an offset with seconds rather than write a text that names another instant', () => {
    // Before 1901 Shanghai kept local mean time, 8:05:43 ahead of UTC: +08:05 would be 43 s off.
    expect(() => formatInstant(Date.UTC(1890, 0, 1), 'Asia/Shanghai')).toThrow(RangeError);
    expect(formatInstant(Date.UTC(1890, 0, 1), 'UTC')).toBe('1890-01-01T00:00:00+00:00');
  });

  it('refuses what it cannot write: no instant, no zone, a year past 9999', () => {
    expect(() => formatInstant(Number.NaN, 'UTC')).toThrow(RangeError);
    expect(() => formatInstant(0, 'Mars/Olympus')).toThrow(RangeError);
    expect(() => formatInstant(8.64e15, 'UTC')).toThrow(RangeError);
    expect(() => formatInstant(8.64e15, 'Asia/Shanghai')).toThrow(RangeError);
  });
});
