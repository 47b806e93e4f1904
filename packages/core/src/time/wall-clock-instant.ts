import { minutesOfDay } from '../policy/time-of-day.js';
import type { SiteDay } from './site-day.js';
import { zonedInstant } from './zoned-instant.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The instant the site's clock shows `time` (`HH:mm` or `24:00`) on `day`:
 * the same answer as {@link zonedInstant}, much cheaper for the thousands of
 * times a month's roster needs.
 *
 * A day that lasts exactly 24 hours keeps one UTC offset from its first
 * midnight to the next (a DST change inside it would make it 23 or 25 hours
 * long), so a wall time there is its midnight plus the minutes. Other days
 * ask the time-zone library.
 */
export function wallClockInstant(day: SiteDay, time: string, timeZone: string): number {
  if (time === '24:00') return day.endMs;
  if (day.endMs - day.startMs === DAY_MS) return day.startMs + minutesOfDay(time) * 60_000;
  return zonedInstant(day.date, time, timeZone);
}
