import { describe, expect, it } from 'vitest';
import { zonedInstant } from './zoned-instant.js';

const iso = (ms: number) => new Date(ms).toISOString();

describe('zonedInstant', () => {
  it('reads a wall time in the site zone (HOR-1.1: one standard time)', () => {
    expect(iso(zonedInstant('2026-12-01', '08:30', 'Asia/Shanghai'))).toBe('2026-12-01T00:30:00.000Z');
    expect(iso(zonedInstant('2026-12-01', '08:30', 'Asia/Hong_Kong'))).toBe('2026-12-01T00:30:00.000Z');
    expect(iso(zonedInstant('2026-12-01', '08:30', 'Europe/London'))).toBe('2026-12-01T08:30:00.000Z');
    expect(iso(zonedInstant('2026-07-01', '08:30', 'Europe/London'))).toBe('2026-07-01T07:30:00.000Z');
  });

  it('reads 24:00 as the next midnight', () => {
    expect(zonedInstant('2026-12-31', '24:00', 'Asia/Hong_Kong')).toBe(
      zonedInstant('2027-01-01', '00:00', 'Asia/Hong_Kong'),
    );
  });

  it('moves a wall time that the spring-forward change skips one hour later', () => {
    // 2026-03-08 02:00 EST → 03:00 EDT in New York: 02:30 does not exist.
    expect(iso(zonedInstant('2026-03-08', '02:30', 'America/New_York'))).toBe('2026-03-08T07:30:00.000Z');
    expect(iso(zonedInstant('2026-03-08', '03:30', 'America/New_York'))).toBe('2026-03-08T07:30:00.000Z');
  });

  it('takes the first of the two 01:30s of the fall-back day', () => {
    expect(iso(zonedInstant('2026-11-01', '01:30', 'America/New_York'))).toBe('2026-11-01T05:30:00.000Z');
  });

  it('throws on malformed times and unknown zones', () => {
    expect(() => zonedInstant('2026-12-01', '8:30', 'Asia/Hong_Kong')).toThrow(RangeError);
    expect(() => zonedInstant('2026-12-01', '08:30', 'Mars/Olympus')).toThrow(RangeError);
  });
});
