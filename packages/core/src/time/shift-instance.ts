import type { ShiftDefinition } from '../policy/schema.js';
import { formatInstant } from './format-instant.js';
import { zonedInterval } from './zoned-interval.js';

/** What a shift instance needs from a shift definition. */
export type ShiftTimes = Pick<ShiftDefinition, 'id' | 'start' | 'end' | 'post' | 'mealBreakMinutes'>;

/** One concrete occurrence of a shift: a post staffed over an exact interval. */
export interface ShiftInstance {
  /** `yyyy-MM-dd/shiftId/post`: stable, unique within a roster, used in findings and calendar UIDs. */
  readonly key: string;
  /** The day the shift starts, in the site's calendar. */
  readonly date: string;
  readonly shiftId: string;
  readonly post: string;
  /** Start and end as ISO 8601 with the site's offset at that instant. */
  readonly start: string;
  readonly end: string;
  readonly startMs: number;
  readonly endMs: number;
  /** Minutes worked: the real length (longer or shorter on a DST day) less the meal break. */
  readonly workMinutes: number;
}

/** The key of the shift instance that starts on `date`: `yyyy-MM-dd/shiftId/post`. */
export function shiftInstanceKey(date: string, shiftId: string, post: string): string {
  return `${date}/${shiftId}/${post}`;
}

/**
 * The shift `shift` worked on `date` (the day it starts) at a site in
 * `timeZone`. A shift that crosses midnight (CSD-D1's night shift,
 * 17:30–01:00) ends on the next day.
 */
export function shiftInstance(date: string, shift: ShiftTimes, timeZone: string): ShiftInstance {
  const { startMs, endMs } = zonedInterval(date, shift.start, shift.end, timeZone);
  const lengthMinutes = (endMs - startMs) / 60_000;
  return {
    key: shiftInstanceKey(date, shift.id, shift.post),
    date,
    shiftId: shift.id,
    post: shift.post,
    start: formatInstant(startMs, timeZone),
    end: formatInstant(endMs, timeZone),
    startMs,
    endMs,
    workMinutes: Math.max(0, lengthMinutes - (shift.mealBreakMinutes ?? 0)),
  };
}
