/**
 * Duty time at a site: whether an instant falls within one of the policy's
 * shifts, and when the shift in progress (or the next one) ends. Read in the
 * site's time zone, so results never depend on the host's.
 */
import type { ResolvedPolicy } from '../policy/resolve.js';
import { minutesOfDay } from '../policy/time-of-day.js';
import { addCalendarDays } from '../time/add-calendar-days.js';
import { formatInstant } from '../time/format-instant.js';
import { zonedInterval, type InstantInterval } from '../time/zoned-interval.js';

/** The site date (`yyyy-MM-dd`) of an instant. */
export function siteDateOf(ms: number, timeZone: string): string {
  return formatInstant(ms, timeZone).slice(0, 10);
}

/** Minutes after the site's midnight on the wall clock (`HH:mm` read off the site's clock). */
export function siteMinutesOf(ms: number, timeZone: string): number {
  return minutesOfDay(formatInstant(ms, timeZone).slice(11, 16));
}

/** Every shift instance of the policy that starts from the day before `ms` to the day after. */
function shiftsAround(ms: number, policy: ResolvedPolicy): InstantInterval[] {
  const date = siteDateOf(ms, policy.timeZone);
  return [-1, 0, 1].flatMap((offset) =>
    policy.shifts.map((shift) =>
      zonedInterval(addCalendarDays(date, offset), shift.start, shift.end, policy.timeZone),
    ),
  );
}

/** Whether some shift of the policy (any post) is under way at `ms`. */
export function withinShifts(ms: number, policy: ResolvedPolicy): boolean {
  return shiftsAround(ms, policy).some((shift) => shift.startMs <= ms && ms < shift.endMs);
}

/**
 * The first shift end after `ms`: the end of the shift in progress, or of
 * the next one when none is. Shifts are at most a day long, so the day after
 * always holds one.
 */
export function nextShiftEnd(ms: number, policy: ResolvedPolicy): number {
  const ends = shiftsAround(ms, policy)
    .map((shift) => shift.endMs)
    .filter((end) => end > ms);
  return Math.min(...ends);
}
