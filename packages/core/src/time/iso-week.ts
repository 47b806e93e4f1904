import { format } from 'date-fns';
import { requireCalendarDay } from './calendar-day.js';

/**
 * The ISO 8601 week a date belongs to, `2026-W53`. Weeks start on Monday and
 * belong to the year that holds their Thursday, so 2027-01-01 is in 2026-W53.
 */
export function isoWeekKey(date: string): string {
  return format(requireCalendarDay(date), "RRRR-'W'II");
}
