import { addDays } from 'date-fns';
import { calendarDayText, requireCalendarDay } from './calendar-day.js';

/** `addCalendarDays('2026-12-31', 1)` → `2027-01-01`. Pure calendar arithmetic, no time zone involved. */
export function addCalendarDays(date: string, amount: number): string {
  return calendarDayText(addDays(requireCalendarDay(date), amount));
}
