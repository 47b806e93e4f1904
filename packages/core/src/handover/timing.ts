/**
 * The instants a handover is measured against. Every wall-clock value of the
 * policy is read in the site's time zone with `@date-fns/tz` (HOR-1.1), so
 * results never depend on the zone of the machine running the code.
 */
import { tz } from '@date-fns/tz';
import { addMinutes, differenceInMinutes, formatISO, parseISO, toDate } from 'date-fns';
import type { InstantInput } from '../journal/retention.js';
import type { ResolvedPolicy } from '../policy/resolve.js';
import { addCalendarDays } from '../time/add-calendar-days.js';
import { zonedInstant } from '../time/zoned-instant.js';

/** An instant: ISO 8601 text with an offset, epoch milliseconds, or a date object. */
export type Instant = InstantInput;

/** Epoch milliseconds of an instant (NaN when it cannot be read). */
export function millisOf(instant: Instant): number {
  if (typeof instant === 'string') return parseISO(instant).getTime();
  return typeof instant === 'number' ? instant : instant.valueOf();
}

/** ISO 8601 text of an instant, with the UTC offset of the given zone (second precision). */
export function isoIn(instant: Instant, timeZone: string): string {
  return formatISO(toDate(millisOf(instant)), { in: tz(timeZone) });
}

/** `instant` moved by `minutes` (negative: earlier), as ISO text in the zone. */
export function shiftMinutes(instant: string, minutes: number, timeZone: string): string {
  return formatISO(addMinutes(parseISO(instant), minutes), { in: tz(timeZone) });
}

/** The later of two instants (ISO text). */
export function laterOf(a: string, b: string): string {
  return millisOf(a) >= millisOf(b) ? a : b;
}

/** Whole minutes from `earlier` to `later`, rounded up (30 seconds late is 1 minute late). */
export function minutesBetween(earlier: string, later: string): number {
  return differenceInMinutes(parseISO(later), parseISO(earlier), { roundingMethod: 'ceil' });
}

/**
 * The instant a wall-clock time (`HH:mm`, `24:00` allowed) takes on a
 * calendar day (`yyyy-MM-dd`) in the zone, `dayOffset` days later. A time
 * that does not exist on that day (a daylight-saving gap) moves forward, as
 * the zone's clocks do; a repeated one takes its first occurrence.
 */
export function wallClockInstant(day: string, time: string, timeZone: string, dayOffset = 0): string {
  // Through time/zonedInstant, which never depends on the host's zone (a repeated
  // hour takes its first occurrence, a skipped one is read on the earlier clock).
  // Written as isoIn writes every other handover instant (formatISO: no locale
  // tables in the bundle of a page that only runs handovers).
  return isoIn(zonedInstant(addCalendarDays(day, dayOffset), time, timeZone), timeZone);
}

/** The start of the day after `day`, in the zone: the end of that day. */
export function endOfDayInstant(day: string, timeZone: string): string {
  return wallClockInstant(day, '00:00', timeZone, 1);
}

/** The calendar day (`yyyy-MM-dd`) an instant falls on in the zone. */
export function dayOf(instant: string, timeZone: string): string {
  return formatISO(parseISO(instant), { in: tz(timeZone), representation: 'date' });
}

/** What {@link handoverTimes} reads from a handover. */
export interface HandoverSchedule {
  readonly outgoingShift: { readonly key: string; readonly scheduledEnd: string };
  readonly incomingShift: { readonly scheduledStart: string };
}

/** The instants a handover is held to, as ISO text in the site's zone. */
export interface HandoverTimes {
  /**
   * The incoming person is due (REG7-9.1): `arriveEarlyMinutes` before the post changes hands, which is
   * the later of the incoming shift's start and the outgoing shift's end. With back-to-back shifts both
   * are the same; when shifts overlap (REG7's early and middle shifts) the post changes at the end of
   * the outgoing shift; across a closed night, at the start of the incoming one.
   */
  readonly arrivalDueAt: string;
  /** The outgoing person starts preparing: the shift end less `outgoingPreparationMinutes` (REG7-9.6). */
  readonly preparationOpensAt: string;
  /** The handover time (交班時間): the outgoing shift's scheduled end (GXP-4.2). */
  readonly handoverAt: string;
  /** The countersign is due: the duty day plus `countersign.dayOffset`, at `countersign.by` (REG7-9.9). */
  readonly countersignDueAt: string;
}

/**
 * The duty day is the day the outgoing shift instance starts, so a night
 * shift that ends after midnight is countersigned with the day it began.
 */
export function handoverTimes(schedule: HandoverSchedule, policy: ResolvedPolicy): HandoverTimes {
  const { timeZone, handover } = policy;
  const { scheduledEnd } = schedule.outgoingShift;
  return {
    arrivalDueAt: shiftMinutes(
      laterOf(schedule.incomingShift.scheduledStart, scheduledEnd),
      -handover.arriveEarlyMinutes,
      timeZone,
    ),
    preparationOpensAt: shiftMinutes(scheduledEnd, -handover.outgoingPreparationMinutes, timeZone),
    handoverAt: isoIn(scheduledEnd, timeZone),
    countersignDueAt: wallClockInstant(
      schedule.outgoingShift.key.slice(0, 10),
      handover.countersign.by,
      timeZone,
      handover.countersign.dayOffset,
    ),
  };
}
