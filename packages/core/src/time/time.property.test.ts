/**
 * Properties of site time (HOR-1.1) over random dates, times and zones,
 * daylight-saving zones included: reading an instant or a date never throws
 * and gives back what was written; an instant is read only within the years
 * 2000–2999, a calendar date in every four-digit year; the days of a month follow each other
 * without a gap or an overlap and agree with `siteDay`, `isWeekend` and the
 * cheap `wallClockInstant`; a wall-clock time lands on the site's clock;
 * shift instances are as long as they are worked; the zoned functions refuse
 * bad input only with a RangeError; and nothing depends on the host's zone.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  expectNothingOr,
  instantLike,
  oddText,
  realInstant,
  thrownBy,
  underHostZones,
  yearOutsideRange,
} from '../testing/arbitraries-test-helpers.js';
import { runs } from '../testing/reliability-test-helpers.js';
import { addCalendarDays } from './add-calendar-days.js';
import { calendarDay, calendarParts, isCalendarDate } from './calendar-day.js';
import { formatInstant } from './format-instant.js';
import { isWeekend } from './is-weekend.js';
import { isoWeekKey } from './iso-week.js';
import { monthDays } from './month-days.js';
import { parseInstant } from './parse-instant.js';
import { shiftInstance } from './shift-instance.js';
import { siteDay } from './site-day.js';
import { isSupportedDate, isSupportedInstant } from './supported-range.js';
import { wallClockInstant } from './wall-clock-instant.js';
import { zonedInstant } from './zoned-instant.js';
import { zonedInterval } from './zoned-interval.js';

const ZONES = [
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'America/St_Johns',
  'America/Havana',
  'America/Santiago',
];
const zone = fc.constantFrom(...ZONES);
const pad = (n: number) => String(n).padStart(2, '0');
// Days and months of the years the product accepts (2000–2999; zones' rules are known well past 2100).
// Before them, history has other days: St John's kept double summer time in 1988, a 22-hour day.
const date = fc
  .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const month = fc
  .tuple(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 }))
  .map(([y, m]) => `${y}-${pad(m)}`);
const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${pad(h)}:${pad(m)}`);

describe('reading instants and dates', () => {
  it('never throws on any text, and reads back every instant it writes, in any zone', () => {
    fc.assert(
      fc.property(fc.oneof(oddText, instantLike, realInstant), zone, (text, timeZone) => {
        const ms = parseInstant(text);
        // Only the years 2000–2999 are read: text of any other year is refused.
        if (yearOutsideRange(text)) expect(ms, text).toBeUndefined();
        if (ms === undefined) return;
        expect(isSupportedInstant(ms), text).toBe(true);
        // Written in any zone, an instant of the range has a four-digit year and an offset in whole minutes.
        const written = formatInstant(ms, timeZone);
        expect(parseInstant(written), `${text} written in ${timeZone} as ${written}`).toBe(
          ms - (((ms % 1000) + 1000) % 1000),
        );
      }),
      {
        numRuns: runs(300),
        // Refused: Shanghai's clock before 1901 ran 8:05:43 ahead of UTC; year 0000 is 1 BC.
        examples: [
          ['1890-01-01T00:00:00Z', 'Asia/Shanghai'],
          ['0000-06-01T00:00:00Z', 'UTC'],
          ['1999-12-31T19:00:00-05:00', 'Asia/Shanghai'],
          ['2999-12-31T23:59:59.999Z', 'Pacific/Chatham'],
        ],
      },
    );
  });

  it('tells a real calendar date from anything else without throwing, and counts days both ways', () => {
    fc.assert(
      fc.property(
        fc.oneof(oddText, date, fc.constantFrom('2026-02-29', '2028-02-29', '2026-13-01')),
        fc.integer({ min: -800, max: 800 }),
        (text, amount) => {
          const real = isCalendarDate(text);
          expect(calendarParts(text) !== undefined).toBe(real);
          expect(calendarDay(text) !== undefined).toBe(real);
          if (!real) return;
          const later = addCalendarDays(text, amount);
          expect(isCalendarDate(later)).toBe(true);
          expect(addCalendarDays(later, -amount)).toBe(text);
          expect(isoWeekKey(text)).toMatch(/^\d{4}-W\d{2}$/);
        },
      ),
      { numRuns: runs(300) },
    );
  });
});

describe('calendar dates in every year', () => {
  it('takes the 1st to the 28th of any month of any year 0000–9999 as a real date', () => {
    const early = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
      )
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`);
    fc.assert(
      fc.property(early, (text) => {
        expect(isCalendarDate(text), text).toBe(true);
        // A real date of any year; one the product takes from outside only in 2000–2999.
        const year = Number(text.slice(0, 4));
        expect(isSupportedDate(text), text).toBe(year >= 2000 && year <= 2999);
      }),
      { numRuns: runs(200), examples: [['0050-06-15'], ['0001-01-01']] },
    );
  });
});

describe('the days of a month at a site', () => {
  it('follow each other without gap or overlap, 23 to 25 hours long, as siteDay and isWeekend say', () => {
    fc.assert(
      fc.property(month, zone, (m, timeZone) => {
        const days = monthDays(m, timeZone);
        expect(days.length).toBeGreaterThanOrEqual(28);
        days.forEach((day, i) => {
          const hours = (day.endMs - day.startMs) / 3_600_000;
          expect(hours).toBeGreaterThanOrEqual(23);
          expect(hours).toBeLessThanOrEqual(25);
          expect(day.date).toBe(`${m}-${pad(i + 1)}`);
          const next = days[i + 1];
          if (next !== undefined) expect(next.startMs).toBe(day.endMs);
          expect(isWeekend(day.date)).toBe(day.weekday >= 6);
        });
        const pick = days[Math.floor(days.length / 2)];
        if (pick !== undefined) expect(siteDay(pick.date, timeZone)).toEqual(pick);
      }),
      { numRuns: runs(60) },
    );
  });

  it('place a wall-clock time as zonedInstant does, on the site clock, the cheap way or not', () => {
    fc.assert(
      fc.property(date, time, zone, (d, t, timeZone) => {
        const day = siteDay(d, timeZone);
        const ms = zonedInstant(d, t, timeZone);
        expect(wallClockInstant(day, t, timeZone)).toBe(ms);
        expect(ms).toBeGreaterThanOrEqual(day.startMs);
        expect(ms).toBeLessThan(day.endMs);
        const shown = formatInstant(ms, timeZone);
        // A time the clocks skip (a spring-forward gap) is shown later; any other is shown as asked.
        expect(shown.slice(0, 10)).toBe(d);
        expect(shown.slice(11, 16) >= t).toBe(true);
        // A time the clocks repeat (a fall-back hour) is its first occurrence: no earlier instant shows it.
        for (let back = 15; back <= 120; back += 15) {
          expect(formatInstant(ms - back * 60_000, timeZone).slice(0, 16), `${d} ${t} ${timeZone}`).not.toBe(
            shown.slice(0, 16),
          );
        }
      }),
      { numRuns: runs(300), examples: [['2026-10-25', '01:30', 'Europe/London']] },
    );
  });

  it('do not depend on the host time zone, daylight-saving changes included', () => {
    fc.assert(
      fc.property(month, date, time, zone, (m, d, t, timeZone) => {
        const [first, ...others] = underHostZones(['UTC', 'Asia/Hong_Kong', 'America/New_York'], () => ({
          days: monthDays(m, timeZone),
          instant: zonedInstant(d, t, timeZone),
        }));
        for (const other of others) expect(other, `${d} ${t} ${timeZone}`).toEqual(first);
      }),
      {
        numRuns: runs(40),
        examples: [
          ['2026-10', '2026-10-25', '01:30', 'Europe/London'],
          ['2026-11', '2026-11-01', '01:00', 'America/St_Johns'],
        ],
      },
    );
  });
});

describe('shift instances', () => {
  it('last from start to end as worked, crossing midnight when the end is not after the start', () => {
    fc.assert(
      fc.property(
        date,
        time,
        time,
        zone,
        fc.integer({ min: 0, max: 90 }),
        (d, start, end, timeZone, meal) => {
          fc.pre(start !== end);
          const instance = shiftInstance(
            d,
            { id: 'early', start, end, post: 'front-desk', mealBreakMinutes: meal },
            timeZone,
          );
          expect(instance.endMs).toBeGreaterThan(instance.startMs);
          expect(instance.endMs - instance.startMs).toBeLessThanOrEqual(25 * 3_600_000);
          expect(instance.start).toBe(formatInstant(instance.startMs, timeZone));
          expect(instance.workMinutes).toBe(Math.max(0, (instance.endMs - instance.startMs) / 60_000 - meal));
          expect(zonedInterval(d, start, end, timeZone)).toEqual({
            startMs: instance.startMs,
            endMs: instance.endMs,
          });
        },
      ),
      { numRuns: runs(200) },
    );
  });

  it('refuse a date, a time or a zone they cannot read with a RangeError only', () => {
    fc.assert(
      fc.property(
        fc.oneof(date, oddText),
        fc.oneof(time, fc.constant('24:00'), oddText),
        fc.oneof(zone, oddText),
        (d, t, timeZone) => {
          const error = thrownBy(() => zonedInstant(d, t, timeZone));
          expectNothingOr(error, RangeError);
        },
      ),
      { numRuns: runs(200) },
    );
  });
});
