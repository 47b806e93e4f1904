import { addCalendarDays } from './add-calendar-days.js';
import { zonedInstant } from './zoned-instant.js';

/** A half-open interval of instants, `[startMs, endMs)`, in epoch milliseconds. */
export interface InstantInterval {
  readonly startMs: number;
  readonly endMs: number;
}

/**
 * The instants a wall-clock range `from`–`to` occupies when it begins on
 * `date` in `timeZone`. A range whose end is not after its start ends on the
 * next day (17:30–01:00, 16:00–00:00), as `daySpans` reads it; `24:00` ends
 * at the next midnight. On a daylight-saving day the interval is an hour
 * longer or shorter than the wall clock suggests: that is the time worked.
 */
export function zonedInterval(date: string, from: string, to: string, timeZone: string): InstantInterval {
  const startMs = zonedInstant(date, from, timeZone);
  const endDate = to !== '24:00' && to <= from ? addCalendarDays(date, 1) : date;
  return { startMs, endMs: zonedInstant(endDate, to, timeZone) };
}
