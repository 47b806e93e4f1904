/**
 * The years the product works in: 2000 to 2999. Rosters, journals, cases
 * and handovers are dated now and for the centuries to come; a date outside
 * these years is a typing error (`0206-12-01`, `20266-12-01`) or a value from
 * a broken program, and reading it would only move the failure further in,
 * to a date library that cannot write years before 0000 or after 9999.
 *
 * Every boundary that takes a time from outside holds to this range: instants
 * (`parseInstant`, the journal's `InstantSchema`, the roster's `Instant`),
 * calendar dates (`isSupportedDate`: roster dates, holidays) and months
 * (`isMonth`: the roster month, the month of the quality figures). Inside,
 * the time functions work for every four-digit year, so that a day or two
 * past either end (a site's day that runs into 3000-01-01 in Shanghai, or
 * back to 1999-12-31 in New York) is still computed exactly.
 */
import { calendarParts } from './calendar-day.js';
import { DAY_MS, daysFromCivil } from './civil-days.js';

/** The first and the last year accepted from outside. */
export const SUPPORTED_YEARS = { first: 2000, last: 2999 } as const;

/** 2000-01-01T00:00:00Z, the first instant accepted, in epoch milliseconds. */
export const SUPPORTED_FROM_MS = daysFromCivil(SUPPORTED_YEARS.first, 1, 1) * DAY_MS;
/** 3000-01-01T00:00:00Z, the first instant past the range, in epoch milliseconds. */
export const SUPPORTED_UNTIL_MS = daysFromCivil(SUPPORTED_YEARS.last + 1, 1, 1) * DAY_MS;

/** True for a year from 2000 to 2999. */
export function isSupportedYear(year: number): boolean {
  return Number.isInteger(year) && year >= SUPPORTED_YEARS.first && year <= SUPPORTED_YEARS.last;
}

/**
 * True for an instant (epoch milliseconds) from 2000-01-01T00:00:00Z up to,
 * not including, 3000-01-01T00:00:00Z. The range is one of instants, not of
 * the year a text happens to show: `2000-01-01T05:00:00+08:00` is still
 * 1999 in UTC and is refused, so that every instant accepted reads back
 * whatever zone it is written in.
 */
export function isSupportedInstant(ms: number): boolean {
  return Number.isFinite(ms) && ms >= SUPPORTED_FROM_MS && ms < SUPPORTED_UNTIL_MS;
}

/** True for a real calendar date, `yyyy-MM-dd`, of the years 2000 to 2999. */
export function isSupportedDate(date: string): boolean {
  const parts = calendarParts(date);
  return parts !== undefined && isSupportedYear(parts.year);
}
