import { describe, expect, it } from 'vitest';
import { monthDays } from './month-days.js';
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
});
