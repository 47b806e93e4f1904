import { TZDate } from '@date-fns/tz';
import { format, isExists } from 'date-fns';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The numbers of a calendar date; `monthIndex` counts from 0 as date-fns and `Date` do. */
export interface CalendarParts {
  readonly year: number;
  readonly monthIndex: number;
  readonly day: number;
}

/** The parts of a `yyyy-MM-dd` date, or `undefined` when it is not a real date (`2026-02-30`). */
export function calendarParts(date: string): CalendarParts | undefined {
  const match = DATE_PATTERN.exec(date);
  if (!match) return undefined;
  const year = Number(match[1]);
  const monthIndex = Number(match[2]) - 1;
  const day = Number(match[3]);
  return isExists(year, monthIndex, day) ? { year, monthIndex, day } : undefined;
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
  return parts === undefined ? undefined : new TZDate(parts.year, parts.monthIndex, parts.day, 'UTC');
}

/** True for a real calendar date written `yyyy-MM-dd`. */
export function isCalendarDate(date: string): boolean {
  return calendarParts(date) !== undefined;
}

/** Writes a calendar day back as `yyyy-MM-dd`. */
export function calendarDayText(day: TZDate): string {
  return format(day, 'yyyy-MM-dd');
}

/** Like {@link calendarDay} but for dates already validated: throws on bad input (a bug, not data). */
export function requireCalendarDay(date: string): TZDate {
  const day = calendarDay(date);
  if (day === undefined) throw new RangeError(`Not a calendar date (yyyy-MM-dd): ${date}`);
  return day;
}
