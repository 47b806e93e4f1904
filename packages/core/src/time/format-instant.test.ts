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
});
