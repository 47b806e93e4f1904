import { getDaysInMonth, getISODay } from 'date-fns';
import { calendarDay } from './calendar-day.js';
import type { SiteDay } from './site-day.js';
import { isSupportedYear } from './supported-range.js';
import { zonedInstant } from './zoned-instant.js';

/** The shape of a month, `yyyy-MM` (any four-digit year: JSON Schema states it). */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * True for a month written `yyyy-MM` of the years the product accepts,
 * 2000 to 2999 (`isSupportedYear`): what a roster or the quality figures
 * may be for.
 */
export function isMonth(text: string): boolean {
  return MONTH_PATTERN.test(text) && isSupportedYear(Number(text.slice(0, 4)));
}

/**
 * Every day of `month` (`yyyy-MM`, any four-digit year) at a site in
 * `timeZone`, in order.
 * @throws {RangeError} when `month` is not `yyyy-MM` or `timeZone` is not a zone.
 */
export function monthDays(month: string, timeZone: string): SiteDay[] {
  const first = MONTH_PATTERN.test(month) ? calendarDay(`${month}-01`) : undefined;
  if (first === undefined) throw new RangeError(`Not a month (yyyy-MM): ${month}`);
  const count = getDaysInMonth(first);
  const firstWeekday = getISODay(first);
  const dates = Array.from({ length: count }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
  // Each midnight ends one day and starts the next: count + 1 of them bound the month.
  const midnights = dates.map((date) => zonedInstant(date, '00:00', timeZone));
  midnights.push(zonedInstant(dates[count - 1] ?? '', '24:00', timeZone));
  return dates.map((date, i) => ({
    date,
    // Weekdays repeat every seven days; only the first needs the calendar.
    weekday: ((firstWeekday - 1 + i) % 7) + 1,
    startMs: midnights[i] ?? Number.NaN,
    endMs: midnights[i + 1] ?? Number.NaN,
  }));
}

export type { SiteDay };
