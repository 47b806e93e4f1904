/**
 * Case deadlines, read in the site's time zone (HOR-1.1) so that results
 * never depend on the machine running the code:
 *
 * - a general matter closes by `cases.generalCloseBy` on the day it came in
 *   (FINE-3.4); one taken in at or after that cut-off is due by the next
 *   day's cut-off, since "the same day" has already run out;
 * - a difficult matter closes within `cases.difficultCloseWithinDays`
 *   calendar days, at the same wall-clock time (FINE-3.5);
 * - a complaint owes its plan within `cases.complaintPlanWithinHours`
 *   elapsed hours (DUTY-4); its own closing time is the one its plan sets.
 *
 * A year of cases shares a few hundred site days, so the clock remembers the
 * days and texts it has worked out: folding twenty thousand cases costs a few
 * hundred time-zone look-ups, not tens of thousands.
 */
import { tz } from '@date-fns/tz';
import { addDays, addHours } from 'date-fns';
import type { ResolvedPolicy } from '../policy/resolve.js';
import { addCalendarDays } from '../time/add-calendar-days.js';
import { formatInstant } from '../time/format-instant.js';
import { siteDay, type SiteDay } from '../time/site-day.js';
import { wallClockInstant } from '../time/wall-clock-instant.js';
import type { CaseGravity } from './entries.js';

/** Site days and instant texts of one time zone, remembered between calls. */
export interface SiteClock {
  readonly timeZone: string;
  /** The site day an instant falls on. */
  dayOf(ms: number): SiteDay;
  /** The site day after `day`. */
  nextDay(day: SiteDay): SiteDay;
  /** ISO 8601 text with the site's offset at that instant, as `formatInstant` writes it. */
  text(ms: number): string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function siteClock(timeZone: string): SiteClock {
  const days = new Map<string, SiteDay>();
  /** Site days seen, by the UTC day they overlap: at most two each. */
  const byUtcDay = new Map<number, SiteDay[]>();
  const offsets = new Map<string, string>();
  const texts = new Map<number, string>();
  let last: SiteDay | undefined;

  const byDate = (date: string): SiteDay => {
    let day = days.get(date);
    if (day === undefined) {
      day = siteDay(date, timeZone);
      days.set(date, day);
    }
    return day;
  };

  const dayOf = (ms: number): SiteDay => {
    // Journals run in time order, so the day asked for is nearly always the last one.
    if (last !== undefined && ms >= last.startMs && ms < last.endMs) return last;
    const utcDay = Math.floor(ms / DAY_MS);
    const known = byUtcDay.get(utcDay) ?? [];
    last = known.find((day) => ms >= day.startMs && ms < day.endMs);
    if (last === undefined) {
      last = byDate(formatInstant(ms, timeZone).slice(0, 10));
      byUtcDay.set(utcDay, [...known, last]);
    }
    return last;
  };

  /**
   * A day of exactly 24 hours keeps one UTC offset throughout (as in
   * `wallClockInstant`), so its instants are written from its midnight and
   * that offset without asking the time-zone library again; a daylight-saving
   * day asks it.
   */
  const write = (ms: number): string => {
    const day = dayOf(ms);
    if (day.endMs - day.startMs !== DAY_MS) return formatInstant(ms, timeZone);
    let offset = offsets.get(day.date);
    if (offset === undefined) {
      offset = formatInstant(day.startMs, timeZone).slice(19);
      offsets.set(day.date, offset);
    }
    const seconds = Math.floor((ms - day.startMs) / 1000);
    const clock = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
    return `${day.date}T${clock.map((part) => String(part).padStart(2, '0')).join(':')}${offset}`;
  };

  return {
    timeZone,
    dayOf,
    nextDay(day) {
      return byDate(addCalendarDays(day.date, 1));
    },
    text(ms) {
      let text = texts.get(ms);
      if (text === undefined) {
        text = write(ms);
        texts.set(ms, text);
      }
      return text;
    },
  };
}

/**
 * The same-day cut-off for something that came in at `ms`: `cutoff`
 * (`HH:mm` or `24:00`) on that site day, or on the next day when the cut-off
 * had already passed.
 */
export function sameDayCutoff(ms: number, cutoff: string, clock: SiteClock): number {
  const day = clock.dayOf(ms);
  const due = wallClockInstant(day, cutoff, clock.timeZone);
  return due > ms ? due : wallClockInstant(clock.nextDay(day), cutoff, clock.timeZone);
}

/** When a case taken in at `intakeMs` must be closed; `undefined` for complaints (their plan sets it). */
export function closeByOf(
  gravity: CaseGravity,
  intakeMs: number,
  policy: ResolvedPolicy,
  clock: SiteClock,
): number | undefined {
  switch (gravity) {
    case 'general':
      return sameDayCutoff(intakeMs, policy.cases.generalCloseBy, clock);
    case 'difficult':
      return addDays(intakeMs, policy.cases.difficultCloseWithinDays, { in: tz(clock.timeZone) }).getTime();
    case 'complaint':
    case 'major-complaint':
      return undefined;
  }
}

/** When a complaint's plan is due; `undefined` for other cases. */
export function planByOf(gravity: CaseGravity, intakeMs: number, policy: ResolvedPolicy): number | undefined {
  return isComplaint(gravity)
    ? addHours(intakeMs, policy.cases.complaintPlanWithinHours).getTime()
    : undefined;
}

export function isComplaint(gravity: CaseGravity): boolean {
  return gravity === 'complaint' || gravity === 'major-complaint';
}
