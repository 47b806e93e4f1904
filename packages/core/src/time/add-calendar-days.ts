import { calendarParts } from './calendar-day.js';
import { civilFromDays, daysFromCivil } from './civil-days.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * `addCalendarDays('2026-12-31', 1)` → `2027-01-01`. Pure calendar
 * arithmetic on day numbers, no time zone involved.
 *
 * @throws {RangeError} when `date` is not a real `yyyy-MM-dd` date, `amount`
 *   is not a whole number, or the day reached is outside the years 0000–9999
 *   (which `yyyy-MM-dd` cannot write): a caller's bug, not data.
 */
export function addCalendarDays(date: string, amount: number): string {
  const parts = calendarParts(date);
  if (parts === undefined) throw new RangeError(`Not a calendar date (yyyy-MM-dd): ${date}`);
  if (!Number.isSafeInteger(amount)) throw new RangeError(`Not a whole number of days: ${amount}`);
  const { year, month, day } = civilFromDays(
    daysFromCivil(parts.year, parts.monthIndex + 1, parts.day) + amount,
  );
  if (year < 0 || year > 9999) {
    throw new RangeError(
      `${date} ${amount < 0 ? '−' : '+'} ${Math.abs(amount)} days is outside the years 0000–9999`,
    );
  }
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}
