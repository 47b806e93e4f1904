/**
 * `qualityFigures`: the quality targets of FINE table 3, target against
 * actual, for one month of a site's journal.
 *
 * ```ts
 * const figures = qualityFigures({ entries, roster, policy, month: '2026-12', calls });
 * for (const figure of figures) show(figure.id, figure.actual, figure.target, figure.met);
 * ```
 *
 * Nothing reads the clock: the figures are measured as of the latest entry
 * (or `asOf`), so a month still running is measured to date and deadlines
 * still ahead are pending, not missed.
 */
import { foldCases } from '../cases/register.js';
import { foldHandovers } from '../handover/reduce.js';
import type { SealedEntry } from '../journal/entry.js';
import type { ResolvedPolicy } from '../policy/resolve.js';
import type { Roster } from '../roster/document.js';
import { isMonth } from '../time/month-days.js';
import { parseInstant } from '../time/parse-instant.js';
import { attendance, type AttendanceFigure } from './attendance.js';
import { closedInTime, complaintSatisfaction, complaintsAnsweredOnTime, revisitRate } from './cases.js';
import type { QualityFigure } from './figure.js';
import { monthFrame } from './month.js';
import {
  answeredWithinRings,
  DEFAULT_SECONDS_PER_RING,
  incidentReports,
  meetings,
  patrols,
  type CallSample,
} from './records.js';

export interface QualityFiguresInput {
  readonly entries: readonly SealedEntry[];
  readonly policy: ResolvedPolicy;
  /** The month measured, `yyyy-MM`, in the site's time zone. */
  readonly month: string;
  /** The month's roster: attendance needs it; its public holidays are not working days. */
  readonly roster?: Roster;
  /** The month's answered calls, from the telephone system; without them FINE-3.10 is not measurable. */
  readonly calls?: readonly CallSample[];
  /** Measure as of this instant (ISO 8601 with offset). Default: the latest entry of the journal. */
  readonly asOf?: string;
  /** Public holidays (site dates) besides the roster's. */
  readonly publicHolidays?: readonly string[];
  /** Seconds one ring lasts, for calls given in seconds. Default 10⁄3 (three rings ≈ 10 s). */
  readonly secondsPerRing?: number;
}

/** The figures in FINE table 3 order; the first is attendance, with its CCS-5 detail. */
export type QualityFigures = readonly [AttendanceFigure, ...QualityFigure[]];

/** @throws {RangeError} when `month` is not `yyyy-MM` or `asOf` is not an instant with an offset. */
export function qualityFigures(input: QualityFiguresInput): QualityFigures {
  const { entries, policy, month, roster } = input;
  if (!isMonth(month)) throw new RangeError(`Not a month (yyyy-MM): ${month}`);
  const asOfMs = input.asOf === undefined ? latestOf(entries) : parseInstant(input.asOf);
  if (asOfMs === undefined) throw new RangeError(`Not an instant with an offset: ${String(input.asOf)}`);
  const frame = monthFrame(month, policy.timeZone, asOfMs, [
    ...(roster?.publicHolidays ?? []),
    ...(input.publicHolidays ?? []),
  ]);
  const handovers = foldHandovers(entries, policy);
  const cases = foldCases(entries, policy);
  return [
    attendance(handovers, roster, frame, policy),
    closedInTime(cases, frame, 'general'),
    closedInTime(cases, frame, 'difficult'),
    revisitRate(cases, frame, policy),
    answeredWithinRings(input.calls, policy, input.secondsPerRing ?? DEFAULT_SECONDS_PER_RING),
    incidentReports(entries, handovers, frame, policy),
    patrols(entries, frame, policy),
    complaintsAnsweredOnTime(cases, frame, policy),
    complaintSatisfaction(cases, frame, policy),
    meetings(entries, frame, policy),
  ];
}

/** The latest instant written in the journal; the end of time for an empty one (nothing is pending then). */
function latestOf(entries: readonly SealedEntry[]): number {
  let latest = Number.NEGATIVE_INFINITY;
  for (const entry of entries) {
    const ms = parseInstant(entry.at);
    if (ms !== undefined && ms > latest) latest = ms;
  }
  return latest === Number.NEGATIVE_INFINITY ? Number.POSITIVE_INFINITY : latest;
}
