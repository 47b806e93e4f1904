import type { DayKind } from '../policy/schema.js';
import { isWeekend } from './is-weekend.js';

/**
 * Whether a coverage band of kind `days` applies on `date`. Public holidays
 * are whatever the caller lists (they differ by city and year); a holiday
 * that falls on a weekday is still a weekday, so a `weekdays` band applies
 * on it too, and `public-holidays` bands add to it.
 */
export function bandAppliesOn(days: DayKind, date: string, publicHolidays: ReadonlySet<string>): boolean {
  switch (days) {
    case 'every-day':
      return true;
    case 'weekdays':
      return !isWeekend(date);
    case 'weekends':
      return isWeekend(date);
    case 'public-holidays':
      return publicHolidays.has(date);
  }
}
