import { TZDate } from '@date-fns/tz';
import { DAY_MS, daysFromCivil, daysInMonth } from './civil-days.js';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The numbers of a calendar date; `monthIndex` counts from 0 as date-fns and `Date` do. */
export interface CalendarParts {
  readonly year: number;
  readonly monthIndex: number;
  readonly day: number;
}

/**
 * The parts of a `yyyy-MM-dd` date, or `undefined` when it is not a real date
 * (`2026-02-30`). Every four-digit year counts, 0000 to 9999, by the
 * Gregorian rules carried back (the proleptic calendar of ISO 8601): `0001-01-01`
 * is a date, and `0100-02-29` is not (0100 is not a leap year, 0000 is).
 * Whether the product accepts the year is a separate question: see
 * `isSupportedDate`.
 */
export function calendarParts(date: string): CalendarParts | undefined {
  const match = DATE_PATTERN.exec(date);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, monthIndex: month - 1, day };
}

/**
 * A calendar date (`yyyy-MM-dd`) as midnight UTC. Calendar arithmetic (next
 * day, weekday, ISO week) happens on this value, so it never depends on the
 * host's time zone; instants in the site's zone go through `zonedInstant`.
 *
 * Returns `undefined` for text that is not a real date (`2026-02-30`).
 */
export function calendarDay(date: string): TZDate | undefined {
  const parts = calendarParts(date);
  // From epoch milliseconds, not from (year, month, day): `Date` would read years 0–99 as 1900–1999.
  return parts === undefined
    ? undefined
    : new TZDate(daysFromCivil(parts.year, parts.monthIndex + 1, parts.day) * DAY_MS, 'UTC');
}

/** True for a real calendar date written `yyyy-MM-dd`, of any four-digit year. */
export function isCalendarDate(date: string): boolean {
  return calendarParts(date) !== undefined;
}

/**
 * Writes a calendar day back as `yyyy-MM-dd`, with the calendar year
 * (`uuuu`: year 0000 is `0000`, not the `0001` of the year-of-era `yyyy`).
 */
export function calendarDayText(day: TZDate): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(day.getFullYear(), 4)}-${pad(day.getMonth() + 1, 2)}-${pad(day.getDate(), 2)}`;
}

/** Like {@link calendarDay} but for dates already validated: throws on bad input (a bug, not data). */
export function requireCalendarDay(date: string): TZDate {
  const day = calendarDay(date);
  if (day === undefined) throw new RangeError(`Not a calendar date (yyyy-MM-dd): ${date}`);
  return day;
}
