import { isWeekend as isSaturdayOrSunday } from 'date-fns';
import { requireCalendarDay } from './calendar-day.js';

/** True when `date` (`yyyy-MM-dd`) is a Saturday or a Sunday. */
export function isWeekend(date: string): boolean {
  return isSaturdayOrSunday(requireCalendarDay(date));
}
