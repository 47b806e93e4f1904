import { describe, expect, it } from 'vitest';
import { underHostZones } from '../testing/arbitraries-test-helpers.js';
import { monthDays } from './month-days.js';
import { siteDay } from './site-day.js';
import { wallClockInstant } from './wall-clock-instant.js';
import { zonedInstant } from './zoned-instant.js';

const TIMES = [
  '00:00',
  '00:30',
  '01:00',
  '01:30',
  '02:00',
  '02:30',
  '03:00',
  '08:30',
  '17:30',
  '23:59',
  '24:00',
];

describe('wallClockInstant', () => {
  it.each([
    ['America/New_York', '2026-03'],
    ['America/New_York', '2026-11'],
    ['Europe/London', '2026-03'],
    ['Europe/London', '2026-10'],
    ['Asia/Hong_Kong', '2026-12'],
    ['Australia/Lord_Howe', '2026-10'],
  ])('agrees with zonedInstant on every day of %s %s', (zone, month) => {
    for (const day of monthDays(month, zone)) {
      for (const time of TIMES) {
        expect(wallClockInstant(day, time, zone), `${day.date} ${time}`).toBe(
          zonedInstant(day.date, time, zone),
        );
      }
    }
  });

  it('places the repeated hour of a fall-back day the same whatever the host zone (HOR-1.1)', () => {
    const placed = underHostZones(['UTC', 'Asia/Hong_Kong', 'America/New_York'], () => {
      const day = siteDay('2026-10-25', 'Europe/London');
      return wallClockInstant(day, '01:30', 'Europe/London');
    });
    expect(placed).toEqual(Array<number>(3).fill(Date.UTC(2026, 9, 25, 0, 30)));
  });
});
