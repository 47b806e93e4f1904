/**
 * What a supervisor reads beside the findings: hours per person per ISO
 * week and per month, head-count per post over time (30-minute slots a UI
 * can draw as a heat map), how evenly hours, nights and holidays are
 * spread, and the findings counted by severity.
 */
import type { Finding, Severity } from '../diagnostics/finding.js';
import { countBySeverity } from '../diagnostics/runner.js';
import { formatInstant } from '../time/format-instant.js';
import type { RosterContext } from './context.js';

/** Minutes per heat-map slot. */
export const COVERAGE_SLOT_MINUTES = 30;

export interface WeekHours {
  /** ISO week, `2026-W49`. */
  readonly week: string;
  readonly hours: number;
}

export interface StaffHours {
  readonly staff: string;
  readonly name: string;
  readonly shifts: number;
  /** Shifts working some time between midnight and 06:00. */
  readonly nights: number;
  /** Shifts starting on a public holiday. */
  readonly holidays: number;
  /** Working hours in the month (shift length less meal break; days of leave not counted). */
  readonly monthHours: number;
  /** Month hours over the month's weeks (days ÷ 7): what CCS-6.1.2 limits. */
  readonly averageWeeklyHours: number;
  readonly contractHoursPerWeek?: number;
  /** Every ISO week the month touches, in order, with the hours of shifts starting in it. */
  readonly weeks: readonly WeekHours[];
}

export interface DayCoverage {
  readonly date: string;
  /** The instant the first slot begins (the day's midnight), with the site's offset. */
  readonly start: string;
  /**
   * People present (placed, not on leave) through each 30-minute slot of the
   * day, in real time: 48 slots, or 46 / 50 on a DST day.
   */
  readonly present: readonly number[];
  /** The most any coverage band asks for in each slot (0 where none applies). */
  readonly required: readonly number[];
}

export interface PostCoverage {
  readonly post: string;
  readonly slotMinutes: number;
  readonly days: readonly DayCoverage[];
}

export interface Spread {
  readonly mean: number;
  readonly standardDeviation: number;
  /** Standard deviation over mean: 0 is perfectly even; 0 when the mean is 0. */
  readonly coefficientOfVariation: number;
  /** People above the mean, the most loaded first. */
  readonly aboveAverage: readonly { readonly staff: string; readonly value: number }[];
}

export interface RosterReport {
  readonly site: string;
  readonly month: string;
  readonly policy: string;
  readonly timeZone: string;
  readonly counts: Readonly<Record<Severity, number>>;
  /** Everyone with at least one shift this month, in staff-list order. */
  readonly staff: readonly StaffHours[];
  readonly coverage: readonly PostCoverage[];
  /** How evenly the people on the rota share hours, nights and holidays. */
  readonly fairness: { readonly hours: Spread; readonly nights: Spread; readonly holidays: Spread };
}

/** Builds the report of a checked roster. */
export function rosterReport(context: RosterContext, findings: readonly Finding[]): RosterReport {
  const { roster, policy, calendar } = context;
  const weekKeys = [...new Set(calendar.weekKeys)];
  const weekOf = calendar.weekKeys.map((key) => weekKeys.indexOf(key));
  const weeks = calendar.days.length / 7;

  const staff: StaffHours[] = [];
  roster.staff.forEach((member, i) => {
    const placements = context.byStaff[i] ?? [];
    if (placements.length === 0) return;
    const weekMinutes = new Array<number>(weekKeys.length).fill(0);
    let minutes = 0;
    let nights = 0;
    let holidays = 0;
    for (const { slot, onLeave } of placements) {
      if (onLeave) continue;
      minutes += slot.workMinutes;
      const week = weekOf[slot.day] ?? 0;
      weekMinutes[week] = (weekMinutes[week] ?? 0) + slot.workMinutes;
      if (slot.night) nights += 1;
      if (calendar.holidays[slot.day] === true) holidays += 1;
    }
    staff.push({
      staff: member.id,
      name: member.name,
      shifts: placements.length,
      nights,
      holidays,
      monthHours: round(minutes / 60, 2),
      averageWeeklyHours: round(minutes / 60 / weeks, 2),
      ...(member.contractHoursPerWeek !== undefined && { contractHoursPerWeek: member.contractHoursPerWeek }),
      weeks: weekKeys.map((week, w) => ({ week, hours: round((weekMinutes[w] ?? 0) / 60, 2) })),
    });
  });

  return {
    site: roster.site,
    month: roster.month,
    policy: policy.id,
    timeZone: calendar.timeZone,
    counts: countBySeverity(findings),
    staff,
    coverage: policy.posts.map((post) => postCoverage(context, post.id)),
    fairness: {
      hours: spread(staff.map((s) => [s.staff, s.monthHours])),
      nights: spread(staff.map((s) => [s.staff, s.nights])),
      holidays: spread(staff.map((s) => [s.staff, s.holidays])),
    },
  };
}

function postCoverage(context: RosterContext, post: string): PostCoverage {
  const { calendar } = context;
  const slotMs = COVERAGE_SLOT_MINUTES * 60_000;
  const postSlots = calendar.slots.filter((slot) => slot.post === post && !slot.outside);
  const bands = calendar.occurrences.filter((occurrence) => occurrence.band.post === post);
  const extra = context.policy.roster.holidayHeadroom.extraStaff;
  const days = calendar.days.map((day) => {
    const near = postSlots.filter((slot) => slot.startMs < day.endMs && slot.endMs > day.startMs);
    const nearBands = bands.filter((band) => band.startMs < day.endMs && band.endMs > day.startMs);
    const present: number[] = [];
    const required: number[] = [];
    for (let from = day.startMs; from < day.endMs; from += slotMs) {
      const to = Math.min(from + slotMs, day.endMs);
      let count = 0;
      for (const slot of near)
        if (slot.startMs <= from && slot.endMs >= to) count += context.present[slot.index] ?? 0;
      let need = 0;
      for (const band of nearBands) {
        if (band.startMs >= to || band.endMs <= from) continue;
        need = Math.max(need, band.band.minStaff + (band.holiday ? extra : 0));
      }
      present.push(count);
      required.push(need);
    }
    return { date: day.date, start: formatInstant(day.startMs, calendar.timeZone), present, required };
  });
  return { post, slotMinutes: COVERAGE_SLOT_MINUTES, days };
}

function spread(values: readonly (readonly [string, number])[]): Spread {
  if (values.length === 0)
    return { mean: 0, standardDeviation: 0, coefficientOfVariation: 0, aboveAverage: [] };
  const mean = values.reduce((sum, [, value]) => sum + value, 0) / values.length;
  const variance = values.reduce((sum, [, value]) => sum + (value - mean) ** 2, 0) / values.length;
  const standardDeviation = Math.sqrt(variance);
  const aboveAverage = values
    .filter(([, value]) => value > mean + 1e-9)
    .map(([staff, value]) => ({ staff, value }))
    .sort((a, b) => b.value - a.value || (a.staff < b.staff ? -1 : a.staff > b.staff ? 1 : 0));
  return {
    mean: round(mean, 2),
    standardDeviation: round(standardDeviation, 2),
    coefficientOfVariation: mean === 0 ? 0 : round(standardDeviation / mean, 3),
    aboveAverage,
  };
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
