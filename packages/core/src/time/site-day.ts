import { getISODay } from 'date-fns';
import { requireCalendarDay } from './calendar-day.js';
import { zonedInstant } from './zoned-instant.js';

/** One calendar day at the site, with the instants it begins and ends. */
export interface SiteDay {
  /** `yyyy-MM-dd`. */
  readonly date: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  /** Local midnight that starts the day, and the next one (23 or 25 hours later on a DST day). */
  readonly startMs: number;
  readonly endMs: number;
}

/** The day `date` at a site in `timeZone`: its weekday and the instants of its two midnights. */
export function siteDay(date: string, timeZone: string): SiteDay {
  return {
    date,
    weekday: getISODay(requireCalendarDay(date)),
    startMs: zonedInstant(date, '00:00', timeZone),
    endMs: zonedInstant(date, '24:00', timeZone),
  };
}
