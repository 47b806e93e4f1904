import { TZDate } from '@date-fns/tz';
import { calendarParts } from './calendar-day.js';

const TIME_PATTERN = /^(\d{2}):(\d{2})$/;

/**
 * The instant (epoch milliseconds) at which the wall clock of `timeZone`
 * shows `time` (`HH:mm`, or `24:00` for the end of the day) on `date`.
 *
 * Wall times a daylight-saving change skips (02:30 on the spring-forward
 * day in New York) resolve one hour later; wall times it repeats (01:30 on
 * the fall-back day) resolve to their first occurrence. Both follow
 * `TZDate`, so every caller agrees.
 */
export function zonedInstant(date: string, time: string, timeZone: string): number {
  const parts = calendarParts(date);
  if (parts === undefined) throw new RangeError(`Not a calendar date (yyyy-MM-dd): ${date}`);
  const match = time === '24:00' ? undefined : TIME_PATTERN.exec(time);
  if (time !== '24:00' && !match) throw new RangeError(`Not a time of day (HH:mm): ${time}`);
  // 24:00 is the next day's midnight; TZDate, like Date, carries day 32 into the next month.
  const ms = new TZDate(
    parts.year,
    parts.monthIndex,
    parts.day + (match ? 0 : 1),
    match ? Number(match[1]) : 0,
    match ? Number(match[2]) : 0,
    timeZone,
  ).getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Unknown time zone: ${timeZone}`);
  return ms;
}
