/**
 * The month a roster covers, laid out once: its days at the site, every
 * shift instance that could be worked (one slot per day and shift), and every
 * occurrence of a coverage band. Rules and indexes refer to slots by number,
 * so a month of 62,000 assignments needs only a few hundred time-zone
 * computations.
 */
import type { DeepReadonly, ResolvedPolicy } from '../policy/resolve.js';
import type { CoverageBand, ShiftDefinition } from '../policy/schema.js';
import { daySpans } from '../policy/time-of-day.js';
import { addCalendarDays } from '../time/add-calendar-days.js';
import { bandAppliesOn } from '../time/band-applies-on.js';
import { formatInstant } from '../time/format-instant.js';
import { isoWeekKey } from '../time/iso-week.js';
import { monthDays } from '../time/month-days.js';
import { shiftInstanceKey, type ShiftInstance } from '../time/shift-instance.js';
import { siteDay, type SiteDay } from '../time/site-day.js';
import { wallClockInstant } from '../time/wall-clock-instant.js';

/** Wall-clock window that makes a shift a night shift for the fairness figures. */
const NIGHT = { start: 0, end: 6 * 60 };

/**
 * A shift instance that may be worked in the month: a day and a shift. The
 * day before and the day after the month have slots too, marked `outside`:
 * their shifts reach into the month (a night shift of the 30th November ends
 * on the 1st December) but belong to another month's roster.
 */
export interface InstanceSlot {
  readonly index: number;
  /** `yyyy-MM-dd/shiftId/post`. */
  readonly key: string;
  readonly date: string;
  /** Day index in the month; -1 for the day before, `days.length` for the day after. */
  readonly day: number;
  readonly shift: DeepReadonly<ShiftDefinition>;
  readonly post: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly workMinutes: number;
  /** Works some time between midnight and 06:00 (counted in the fairness figures). */
  readonly night: boolean;
  readonly outside: boolean;
}

/** A coverage band on one day of the month where it applies. */
export interface BandOccurrence {
  readonly index: number;
  readonly band: DeepReadonly<CoverageBand>;
  readonly bandIndex: number;
  readonly day: number;
  readonly date: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly holiday: boolean;
  /** Slots of the band's post whose interval meets the band's, in slot order. */
  readonly slots: readonly number[];
}

export interface RosterCalendar {
  readonly month: string;
  readonly timeZone: string;
  readonly days: readonly SiteDay[];
  readonly dayIndex: ReadonlyMap<string, number>;
  /** ISO week key (`2026-W49`) of each day. */
  readonly weekKeys: readonly string[];
  /** Whether each day is a public holiday. */
  readonly holidays: readonly boolean[];
  readonly monthStartMs: number;
  readonly monthEndMs: number;
  readonly shiftIndex: ReadonlyMap<string, number>;
  /** Slot of day `d` (-1 … days.length) and shift `s` is `slots[(d + 1) * shifts + s]`. */
  readonly slots: readonly InstanceSlot[];
  readonly occurrences: readonly BandOccurrence[];
  /** For each slot, the occurrences it meets: what an edit of that slot can change. */
  readonly slotOccurrences: readonly (readonly number[])[];
}

/** Lays out `month` for `policy`, with the caller's public holidays. */
export function buildRosterCalendar(
  policy: ResolvedPolicy,
  month: string,
  publicHolidays: readonly string[],
): RosterCalendar {
  const { timeZone, shifts } = policy;
  const days = monthDays(month, timeZone);
  const first = days[0];
  const last = days[days.length - 1];
  if (first === undefined || last === undefined) throw new RangeError(`Month without days: ${month}`);
  const padded = [siteDay(addCalendarDays(first.date, -1), timeZone), ...days];
  padded.push(siteDay(addCalendarDays(last.date, 1), timeZone));

  const dayIndex = new Map(days.map((day, i) => [day.date, i]));
  const holidaySet = new Set(publicHolidays.filter((date) => dayIndex.has(date)));
  const shiftIndex = new Map(shifts.map((shift, i) => [shift.id, i]));
  const nightShift = shifts.map((shift) =>
    daySpans(shift.start, shift.end).some((span) => span.start < NIGHT.end && span.end > NIGHT.start),
  );

  const slots: InstanceSlot[] = [];
  padded.forEach((day, p) => {
    const next = padded[p + 1];
    shifts.forEach((shift, s) => {
      const startMs = wallClockInstant(day, shift.start, timeZone);
      const endMs = shift.crossesMidnight
        ? wallClockInstant(next ?? siteDay(addCalendarDays(day.date, 1), timeZone), shift.end, timeZone)
        : wallClockInstant(day, shift.end, timeZone);
      slots.push({
        index: slots.length,
        key: shiftInstanceKey(day.date, shift.id, shift.post),
        date: day.date,
        day: p - 1,
        shift,
        post: shift.post,
        startMs,
        endMs,
        workMinutes: Math.max(0, (endMs - startMs) / 60_000 - (shift.mealBreakMinutes ?? 0)),
        night: nightShift[s] ?? false,
        outside: p === 0 || p === padded.length - 1,
      });
    });
  });

  const slotAt = (day: number, shift: number) => slots[(day + 1) * shifts.length + shift];
  const occurrences: BandOccurrence[] = [];
  const slotOccurrences: number[][] = slots.map(() => []);
  policy.roster.coverage.forEach((band, bandIndex) => {
    days.forEach((day, d) => {
      if (!bandAppliesOn(band.days, day.date, holidaySet)) return;
      const next = padded[d + 2] ?? day;
      const wraps = band.to !== '24:00' && band.to <= band.from;
      const startMs = wallClockInstant(day, band.from, timeZone);
      const endMs = wallClockInstant(wraps ? next : day, band.to, timeZone);
      const index = occurrences.length;
      const covering: number[] = [];
      for (let near = d - 1; near <= d + 1; near += 1) {
        shifts.forEach((shift, s) => {
          const slot = slotAt(near, s);
          if (slot === undefined || shift.post !== band.post) return;
          if (slot.startMs < endMs && slot.endMs > startMs) {
            covering.push(slot.index);
            slotOccurrences[slot.index]?.push(index);
          }
        });
      }
      occurrences.push({
        index,
        band,
        bandIndex,
        day: d,
        date: day.date,
        startMs,
        endMs,
        holiday: holidaySet.has(day.date),
        slots: covering,
      });
    });
  });

  return {
    month,
    timeZone,
    days,
    dayIndex,
    weekKeys: weekKeysOf(days),
    holidays: days.map((day) => holidaySet.has(day.date)),
    monthStartMs: first.startMs,
    monthEndMs: last.endMs,
    shiftIndex,
    slots,
    occurrences,
    slotOccurrences,
  };
}

/** The slot of `shift` starting on month day `day` (-1 … days.length), if the shift exists. */
export function slotOf(calendar: RosterCalendar, day: number, shift: number): InstanceSlot | undefined {
  const count = calendar.shiftIndex.size;
  if (shift < 0 || shift >= count) return undefined;
  return calendar.slots[(day + 1) * count + shift];
}

/** A slot as a full shift instance, with its interval written out in the site's zone. */
export function slotInstance(calendar: RosterCalendar, slot: InstanceSlot): ShiftInstance {
  return {
    key: slot.key,
    date: slot.date,
    shiftId: slot.shift.id,
    post: slot.post,
    start: formatInstant(slot.startMs, calendar.timeZone),
    end: formatInstant(slot.endMs, calendar.timeZone),
    startMs: slot.startMs,
    endMs: slot.endMs,
    workMinutes: slot.workMinutes,
  };
}

/** ISO week of each day; the key changes only on Mondays, so only those ask the calendar. */
function weekKeysOf(days: readonly SiteDay[]): string[] {
  const keys: string[] = [];
  for (const [i, day] of days.entries()) {
    const previous = keys[i - 1];
    keys.push(previous === undefined || day.weekday === 1 ? isoWeekKey(day.date) : previous);
  }
  return keys;
}
