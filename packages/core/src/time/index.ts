/**
 * Time at a site: calendar dates, instants in the site's zone, shift
 * instances. One function per module, each with its test beside it; nothing
 * here reads the clock or depends on the host's time zone.
 */
export { addCalendarDays } from './add-calendar-days.js';
export { bandAppliesOn } from './band-applies-on.js';
export {
  calendarDay,
  calendarDayText,
  calendarParts,
  isCalendarDate,
  type CalendarParts,
} from './calendar-day.js';
export { formatInstant } from './format-instant.js';
export { isoWeekKey } from './iso-week.js';
export { isWeekend } from './is-weekend.js';
export { isMonth, MONTH_PATTERN, monthDays } from './month-days.js';
export { siteDay, type SiteDay } from './site-day.js';
export { wallClockInstant } from './wall-clock-instant.js';
export { INSTANT_PATTERN, instantRefusal, parseInstant } from './parse-instant.js';
export {
  isSupportedDate,
  isSupportedInstant,
  isSupportedYear,
  SUPPORTED_FROM_MS,
  SUPPORTED_UNTIL_MS,
  SUPPORTED_YEARS,
} from './supported-range.js';
export { shiftInstance, shiftInstanceKey, type ShiftInstance, type ShiftTimes } from './shift-instance.js';
export { zonedInstant } from './zoned-instant.js';
export { zonedInterval, type InstantInterval } from './zoned-interval.js';
