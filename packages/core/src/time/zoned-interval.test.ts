import { describe, expect, it } from 'vitest';
import { zonedInterval } from './zoned-interval.js';

const hours = ({ startMs, endMs }: { startMs: number; endMs: number }) => (endMs - startMs) / 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

describe('zonedInterval', () => {
  it('keeps a day range on its day', () => {
    const span = zonedInterval('2026-12-01', '08:30', '17:30', 'Asia/Shanghai');
    expect([iso(span.startMs), iso(span.endMs)]).toEqual([
      '2026-12-01T00:30:00.000Z',
      '2026-12-01T09:30:00.000Z',
    ]);
  });

  it('ends a range that crosses midnight on the next day (CSD-D1: 17:30–01:00)', () => {
    const span = zonedInterval('2026-12-31', '17:30', '01:00', 'Asia/Shanghai');
    expect(iso(span.endMs)).toBe('2026-12-31T17:00:00.000Z');
    expect(hours(span)).toBe(7.5);
  });

  it('reads 00:00 and 24:00 ends as the next midnight', () => {
    expect(hours(zonedInterval('2026-12-01', '16:00', '00:00', 'Asia/Hong_Kong'))).toBe(8);
    expect(hours(zonedInterval('2026-12-01', '00:00', '24:00', 'Asia/Hong_Kong'))).toBe(24);
  });

  it('measures real time across a DST change', () => {
    expect(hours(zonedInterval('2026-03-28', '17:30', '01:00', 'Europe/London'))).toBe(7.5);
    // Clocks go forward at 01:00 GMT on 29 March: the night that spans it is an hour shorter.
    expect(hours(zonedInterval('2026-03-28', '22:00', '06:00', 'Europe/London'))).toBe(7);
    // And back at 02:00 BST on 25 October: an hour longer.
    expect(hours(zonedInterval('2026-10-24', '22:00', '06:00', 'Europe/London'))).toBe(9);
    expect(hours(zonedInterval('2026-11-01', '00:00', '24:00', 'America/New_York'))).toBe(25);
  });
});
