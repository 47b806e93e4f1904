import { describe, expect, it } from 'vitest';
import { underHostZones } from '../testing/arbitraries-test-helpers.js';
import { instantRefusal, parseInstant } from './parse-instant.js';

describe('parseInstant', () => {
  it('reads ISO 8601 instants with an offset or Z', () => {
    expect(parseInstant('2026-11-30T18:00:00+08:00')).toBe(Date.UTC(2026, 10, 30, 10));
    expect(parseInstant('2026-11-30T10:00Z')).toBe(Date.UTC(2026, 10, 30, 10));
    expect(parseInstant('2026-11-30T10:00:00.250Z')).toBe(Date.UTC(2026, 10, 30, 10, 0, 0, 250));
  });

  it('refuses a local time without offset, which would depend on the host zone', () => {
    expect(parseInstant('2026-11-30T18:00:00')).toBeUndefined();
    expect(parseInstant('2026-11-30')).toBeUndefined();
  });

  it('refuses instants that do not exist', () => {
    expect(parseInstant('2026-02-30T08:00:00+08:00')).toBeUndefined();
    expect(parseInstant('2026-11-30T25:00:00+08:00')).toBeUndefined();
    expect(parseInstant('yesterday')).toBeUndefined();
    // No 24:00, no leap second, no offset of a day or more.
    expect(parseInstant('2026-11-30T24:00:00+08:00')).toBeUndefined();
    expect(parseInstant('2026-11-30T23:59:60Z')).toBeUndefined();
    expect(parseInstant('2026-11-30T10:00:00+24:00')).toBeUndefined();
    expect(parseInstant('2026-11-30T10:00:00+08:60')).toBeUndefined();
  });

  it('takes up to nine fractional digits, the millisecond kept, and refuses more', () => {
    expect(parseInstant('2026-11-30T10:00:00.123456789Z')).toBe(Date.UTC(2026, 10, 30, 10, 0, 0, 123));
    expect(parseInstant('2026-11-30T10:00:00.9Z')).toBe(Date.UTC(2026, 10, 30, 10, 0, 0, 900));
    expect(parseInstant('2026-12-01T10:00:00.1234567891Z')).toBeUndefined();
    expect(instantRefusal('2026-12-01T10:00:00.1234567891Z')).toBe('format');
  });

  it('takes instants of the years 2000–2999 only, counted in UTC', () => {
    expect(parseInstant('2000-01-01T00:00:00Z')).toBe(Date.UTC(2000, 0, 1));
    expect(parseInstant('2999-12-31T23:59:59.999Z')).toBe(Date.UTC(2999, 11, 31, 23, 59, 59, 999));
    // Written in 1999 in New York, already 2000 in UTC.
    expect(parseInstant('1999-12-31T19:00:00-05:00')).toBe(Date.UTC(2000, 0, 1));
    for (const text of [
      '1999-12-31T23:59:59Z',
      '2000-01-01T05:00:00+08:00',
      '3000-01-01T00:00:00Z',
      '2999-12-31T20:00:00-05:00',
      '0001-01-01T00:00:00Z',
      '0000-01-01T00:00:00Z',
      '9999-12-31T23:59:59-23:59',
      '1890-01-01T00:00:00Z',
    ]) {
      expect(parseInstant(text), text).toBeUndefined();
      expect(instantRefusal(text), text).toBe('range');
    }
    expect(instantRefusal('2026-12-01T08:00:00+08:00')).toBeUndefined();
    expect(instantRefusal('2026-12-01T08:00:00')).toBe('format');
  });

  it('reads the same instant whatever the host zone (HOR-1.1)', () => {
    const read = underHostZones(['UTC', 'Asia/Hong_Kong', 'America/New_York'], () =>
      ['2026-11-01T01:30:00-04:00', '0050-06-15T12:00:00Z', '2026-03-08T02:30:00-05:00'].map(parseInstant),
    );
    expect(read[1]).toEqual(read[0]);
    expect(read[2]).toEqual(read[0]);
  });

  it('reads nothing but text', () => {
    expect(parseInstant(Date.UTC(2026, 0, 1) as unknown as string)).toBeUndefined();
    expect(parseInstant(undefined as unknown as string)).toBeUndefined();
  });
});
