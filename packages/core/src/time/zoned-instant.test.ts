import { describe, expect, it } from 'vitest';
import { underHostZones } from '../testing/arbitraries-test-helpers.js';
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
    expect(() => zonedInstant('2026-12-01', '08:30', 'constructor')).toThrow(RangeError);
    // Clock times past the dial are refused, not carried into the next hour or day.
    expect(() => zonedInstant('2026-12-01', '25:00', 'Asia/Hong_Kong')).toThrow(RangeError);
    expect(() => zonedInstant('2026-12-01', '08:60', 'Asia/Hong_Kong')).toThrow(RangeError);
  });

  // HOR-1.1: one standard time, the site's, whatever machine computes it.
  it.each([
    // Clocks go back at 02:00 BST to 01:00 GMT: 01:30 comes twice, first at 00:30Z.
    ['2026-10-25', '01:30', 'Europe/London', '2026-10-25T00:30:00.000Z'],
    // 02:00 NDT (−2:30) back to 01:00 NST (−3:30).
    ['2026-11-01', '01:00', 'America/St_Johns', '2026-11-01T03:30:00.000Z'],
    // 01:00 CDT (−4) back to 00:00 CST (−5): the hour after midnight comes twice.
    ['2026-11-01', '00:30', 'America/Havana', '2026-11-01T04:30:00.000Z'],
    // Midnight (−3) back to 23:00 (−4) the evening before.
    ['2026-04-04', '23:30', 'America/Santiago', '2026-04-05T02:30:00.000Z'],
    // 02:00 (+11) back half an hour to 01:30 (+10:30).
    ['2026-04-05', '01:45', 'Australia/Lord_Howe', '2026-04-04T14:45:00.000Z'],
    // 03:45 (+13:45) back to 02:45 (+12:45).
    ['2026-04-05', '03:00', 'Pacific/Chatham', '2026-04-04T13:15:00.000Z'],
  ])(
    'takes the first occurrence of a repeated time, whatever the host zone: %s %s %s',
    (date, time, zone, first) => {
      const results = underHostZones(['UTC', 'Asia/Hong_Kong', 'America/New_York'], () =>
        iso(zonedInstant(date, time, zone)),
      );
      expect(results).toEqual([first, first, first]);
    },
  );

  it('starts a day whose midnight the clocks skip at the first minute that exists', () => {
    // Santiago and Havana spring forward at midnight: the day begins at 01:00.
    expect(iso(zonedInstant('2026-09-06', '00:00', 'America/Santiago'))).toBe('2026-09-06T04:00:00.000Z');
    expect(iso(zonedInstant('2026-03-08', '00:00', 'America/Havana'))).toBe('2026-03-08T05:00:00.000Z');
    // Lord Howe skips half an hour: 02:15 is read on the clock before the change, 02:45 after it.
    expect(iso(zonedInstant('2026-10-04', '02:15', 'Australia/Lord_Howe'))).toBe('2026-10-03T15:45:00.000Z');
  });

  it('reads years 0000–0099 as themselves, not as 1900–1999', () => {
    const noonOfYear50 = new Date(0);
    noonOfYear50.setUTCFullYear(50, 5, 15);
    noonOfYear50.setUTCHours(12);
    expect(zonedInstant('0050-06-15', '12:00', 'UTC')).toBe(noonOfYear50.getTime());
    expect(iso(zonedInstant('9999-12-31', '24:00', 'UTC'))).toBe('+010000-01-01T00:00:00.000Z');
  });
});
