/**
 * The month measured, at the site: its days in the site's zone, the moment
 * the figures are measured at, and the working days and weeks that
 * per-day and per-week targets count.
 */
import { siteClock, type SiteClock } from '../cases/deadlines.js';
import { addCalendarDays } from '../time/add-calendar-days.js';
import { monthDays } from '../time/month-days.js';
import { siteDay, type SiteDay } from '../time/site-day.js';

export interface MonthFrame {
  readonly month: string;
  readonly timeZone: string;
  readonly days: readonly SiteDay[];
  readonly startMs: number;
  readonly endMs: number;
  /** The moment measured: nothing later is read, and deadlines still ahead of it are pending. */
  readonly asOfMs: number;
  readonly clock: SiteClock;
  /** Public holidays (site dates): not working days. */
  readonly holidays: ReadonlySet<string>;
  inMonth(ms: number): boolean;
}

export function monthFrame(
  month: string,
  timeZone: string,
  asOfMs: number,
  holidays: Iterable<string>,
): MonthFrame {
  const days = monthDays(month, timeZone);
  const startMs = days[0]?.startMs ?? Number.NaN;
  const endMs = days[days.length - 1]?.endMs ?? Number.NaN;
  return {
    month,
    timeZone,
    days,
    startMs,
    endMs,
    asOfMs,
    clock: siteClock(timeZone),
    holidays: new Set(holidays),
    inMonth: (ms) => ms >= startMs && ms < endMs && ms <= asOfMs,
  };
}

/**
 * Working days (工作日) of the month that are over by the moment measured:
 * Monday to Friday, public holidays excepted. A day still under way is not
 * judged yet.
 */
export function workingDays(frame: MonthFrame): SiteDay[] {
  return frame.days.filter(
    (day) => day.weekday <= 5 && !frame.holidays.has(day.date) && day.endMs <= frame.asOfMs,
  );
}

/** A week, Monday 00:00 to the next Monday 00:00 at the site. */
export interface SiteWeek {
  /** The Monday, `yyyy-MM-dd`. */
  readonly monday: string;
  readonly startMs: number;
  readonly endMs: number;
}

/**
 * The weeks of the month, over by the moment measured. A week belongs to the
 * month that holds its Thursday, as ISO 8601 assigns weeks to years, so
 * every week is counted in exactly one month.
 */
export function weeksOf(frame: MonthFrame): SiteWeek[] {
  return frame.days
    .filter((day) => day.weekday === 4)
    .map((thursday) => {
      const monday = addCalendarDays(thursday.date, -3);
      return {
        monday,
        startMs: siteDay(monday, frame.timeZone).startMs,
        endMs: siteDay(addCalendarDays(thursday.date, 3), frame.timeZone).endMs,
      };
    })
    .filter((week) => week.endMs <= frame.asOfMs);
}
