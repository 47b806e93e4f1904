import { tzOffset } from '@date-fns/tz';
import { toDate } from 'date-fns';
import { calendarParts } from './calendar-day.js';
import { DAY_MS, daysFromCivil } from './civil-days.js';

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * The instant (epoch milliseconds) at which the wall clock of `timeZone`
 * shows `time` (`HH:mm`, or `24:00` for the end of the day) on `date`.
 *
 * Wall times a daylight-saving change skips (02:30 on the spring-forward
 * day in New York) resolve as the clock before the change would read them,
 * which is that much later on the clock after it (03:30); wall times it
 * repeats (01:30 on the fall-back day) resolve to their first occurrence.
 *
 * Only the zone's offsets are asked of the time-zone library (`tzOffset`,
 * from the runtime's time-zone data); the wall clock itself is plain
 * arithmetic, so the result never depends on the host's time zone.
 *
 * @throws {RangeError} when `date` is not a real `yyyy-MM-dd` date, `time`
 *   is not `HH:mm` (00:00–23:59) or `24:00`, or `timeZone` is not a zone.
 */
export function zonedInstant(date: string, time: string, timeZone: string): number {
  const parts = calendarParts(date);
  if (parts === undefined) throw new RangeError(`Not a calendar date (yyyy-MM-dd): ${date}`);
  const match = time === '24:00' ? undefined : TIME_PATTERN.exec(time);
  if (time !== '24:00' && !match) throw new RangeError(`Not a time of day (HH:mm): ${time}`);
  // The wall clock read as if it were UTC; 24:00 is the next day's midnight.
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : 24 * 60;
  const wall = daysFromCivil(parts.year, parts.monthIndex + 1, parts.day) * DAY_MS + minutes * 60_000;
  return resolveWallClock(wall, timeZone);
}

/**
 * The instant a wall clock (as UTC milliseconds) names in `timeZone`. An
 * offset change happens at most once in a day, so the offsets a day before
 * and a day after, and the one at the wall clock itself, are every offset
 * the clock can be showing; each candidate instant is kept only if the zone
 * really shows that offset then.
 */
function resolveWallClock(wall: number, timeZone: string): number {
  const before = offsetMs(timeZone, wall - DAY_MS);
  const offsets = [before, offsetMs(timeZone, wall), offsetMs(timeZone, wall + DAY_MS)];
  if (offsets.some(Number.isNaN)) throw new RangeError(`Unknown time zone: ${timeZone}`);
  // The largest offset gives the earliest instant: a repeated wall time takes its first occurrence.
  for (const offset of [...new Set(offsets)].sort((a, b) => b - a)) {
    if (offsetMs(timeZone, wall - offset) === offset) return wall - offset;
  }
  // No offset shows this wall time: the clocks skipped it. Read it on the clock before the change.
  return wall - before;
}

/** The offset of `timeZone` at the instant `ms`, in milliseconds (to the second); NaN for an unknown zone. */
function offsetMs(timeZone: string, ms: number): number {
  const minutes: unknown = tzOffset(timeZone, toDate(ms));
  // Intl does not know the zone: tzOffset then returns NaN, or whatever a name like `constructor` finds.
  return typeof minutes === 'number' && Number.isFinite(minutes)
    ? Math.round(minutes * 60) * 1000
    : Number.NaN;
}
