/**
 * Figures counted from dated records: incident reports on major events
 * (FINE-3.11), patrols per working day (FINE-3.16), department meetings per
 * week (FINE-3.21), and calls answered within the rings (FINE-3.10).
 */
import type { HandoverState } from '../handover/derive.js';
import type { SealedEntry } from '../journal/entry.js';
import type { ResolvedPolicy } from '../policy/resolve.js';
import { parseInstant } from '../time/parse-instant.js';
import { readKpiPayload, type KpiEntryType, type KpiPayloads } from './entries.js';
import { notMeasurable, rateFigure, text, type FigureText, type QualityFigure } from './figure.js';
import { weeksOf, workingDays, type MonthFrame } from './month.js';

/** Quality entries of one type, read with their instants; unreadable ones are skipped. */
export function datedRecords<T extends KpiEntryType>(
  entries: readonly SealedEntry[],
  type: T,
): { readonly atMs: number; readonly entry: SealedEntry; readonly payload: KpiPayloads[T] }[] {
  return entries.flatMap((entry) => {
    if (entry.type !== type) return [];
    const atMs = parseInstant(entry.at);
    const payload = readKpiPayload(type, entry.payload);
    return atMs === undefined || payload === undefined ? [] : [{ atMs, entry, payload }];
  });
}

/**
 * Every event of the month that needs an incident report (REG7-8.5,
 * FINE-3.11): each emergency, incident or major event raised in a handover,
 * and each major issue handed over (HOR-1.3; the same issue handed over
 * again is one event, dated by its first record). An event is reported when
 * an `incident.reported` entry names its id by the moment measured.
 */
export function incidentReports(
  entries: readonly SealedEntry[],
  handovers: readonly HandoverState[],
  frame: MonthFrame,
  policy: ResolvedPolicy,
): QualityFigure {
  const events = new Map<string, number>();
  for (const state of handovers) {
    for (const flag of state.flags) {
      const atMs = parseInstant(flag.raised.at);
      if (atMs !== undefined && !events.has(flag.flagId)) events.set(flag.flagId, atMs);
    }
    for (const issue of state.majorIssues) {
      const atMs = parseInstant(issue.at);
      const known = events.get(issue.issueId);
      if (atMs !== undefined && (known === undefined || atMs < known)) events.set(issue.issueId, atMs);
    }
  }
  const reported = new Set(
    datedRecords(entries, 'incident.reported')
      .filter((record) => record.atMs <= frame.asOfMs)
      .map((record) => record.payload.eventId),
  );
  let counted = 0;
  let covered = 0;
  for (const [eventId, atMs] of events) {
    if (!frame.inMonth(atMs)) continue;
    counted += 1;
    if (reported.has(eventId)) covered += 1;
  }
  return rateFigure(
    {
      id: 'FINE-3.11',
      clauses: ['FINE-3.11', 'REG7-8.5'],
      name: text('kpi.figure.incident-reports'),
      target: { value: policy.targets.incidentReportRate, unit: 'rate' },
    },
    covered,
    counted,
  );
}

/**
 * Patrols of the public areas per working day (FINE-3.16). Measured from
 * `patrol.recorded` entries, each dated by its entry; met when every working
 * day of the month that is over reached the target. A journal that holds no
 * patrol record at all does not record patrols, so the figure is not
 * measurable rather than 0; a policy whose target is 0 (a call centre) does
 * not patrol.
 */
export function patrols(
  entries: readonly SealedEntry[],
  frame: MonthFrame,
  policy: ResolvedPolicy,
): QualityFigure {
  const target = policy.targets.patrolsPerWorkingDay;
  const base = {
    id: 'FINE-3.16',
    clauses: ['FINE-3.16', 'FINE-12.4'],
    name: text('kpi.figure.patrols'),
    target: { value: target, unit: 'per-working-day' },
  } as const;
  if (target === 0) return notMeasurable(base, text('kpi.note.not-applicable'));
  const records = datedRecords(entries, 'patrol.recorded');
  if (records.length === 0)
    return notMeasurable(base, text('kpi.note.not-recorded', { type: 'patrol.recorded' }));
  const days = workingDays(frame);
  const short: string[] = [];
  let total = 0;
  for (const day of days) {
    const count = records.filter((record) => record.atMs >= day.startMs && record.atMs < day.endMs).length;
    total += count;
    if (count < target) short.push(day.date);
  }
  return perPeriod(base, total, days.length, short, 'kpi.note.days-short');
}

/**
 * Department meetings per week (FINE-3.21), from `meeting.held` entries;
 * met when every week of the month that is over held the target. Not
 * measurable when the journal records no meetings at all.
 */
export function meetings(
  entries: readonly SealedEntry[],
  frame: MonthFrame,
  policy: ResolvedPolicy,
): QualityFigure {
  const target = policy.targets.departmentMeetingsPerWeek;
  const base = {
    id: 'FINE-3.21',
    clauses: ['FINE-3.21'],
    name: text('kpi.figure.meetings'),
    target: { value: target, unit: 'per-week' },
  } as const;
  if (target === 0) return notMeasurable(base, text('kpi.note.not-applicable'));
  const records = datedRecords(entries, 'meeting.held');
  if (records.length === 0)
    return notMeasurable(base, text('kpi.note.not-recorded', { type: 'meeting.held' }));
  const weeks = weeksOf(frame);
  const short: string[] = [];
  let total = 0;
  for (const week of weeks) {
    const count = records.filter((record) => record.atMs >= week.startMs && record.atMs < week.endMs).length;
    total += count;
    if (count < target) short.push(week.monday);
  }
  return perPeriod(base, total, weeks.length, short, 'kpi.note.weeks-short');
}

/** A count per day or week: the average as the actual figure, met only when no period fell short. */
function perPeriod(
  base: Parameters<typeof notMeasurable>[0],
  total: number,
  periods: number,
  short: readonly string[],
  shortNote: 'kpi.note.days-short' | 'kpi.note.weeks-short',
): QualityFigure {
  if (periods === 0) return notMeasurable(base, text('kpi.note.nothing-to-measure'));
  const notes: FigureText[] =
    short.length === 0 ? [] : [text(shortNote, { count: short.length, dates: short.join(', ') })];
  return {
    ...base,
    measurable: true,
    actual: total / periods,
    met: short.length === 0,
    numerator: total,
    denominator: periods,
    notes,
  };
}

/** One answered call: how many rings it took, or how many seconds. */
export interface CallSample {
  readonly ringCount?: number;
  readonly answerSeconds?: number;
}

/**
 * Seconds per ring when calls are given in seconds: REG7-7.2c's three rings
 * are read as about 10 seconds (see the clause catalogue), so a ring is 10⁄3 s.
 */
export const DEFAULT_SECONDS_PER_RING = 10 / 3;

/**
 * Calls answered within the policy's rings (FINE-3.10, REG7-7.2c): every
 * call must be (target 1). The journal holds no call data; without calls
 * given the figure is not measurable, never 0. A call with neither a ring
 * count nor seconds is left out and noted.
 */
export function answeredWithinRings(
  calls: readonly CallSample[] | undefined,
  policy: ResolvedPolicy,
  secondsPerRing: number,
): QualityFigure {
  const rings = policy.targets.answerWithinRings;
  const base = {
    id: 'FINE-3.10',
    clauses: ['FINE-3.10', 'REG7-7.2c'],
    name: text('kpi.figure.answer-rings', { rings }),
    target: { value: 1, unit: 'rate' },
  } as const;
  if (calls === undefined || calls.length === 0) return notMeasurable(base, text('kpi.note.no-calls'));
  let within = 0;
  let counted = 0;
  let unreadable = 0;
  for (const call of calls) {
    const ok = withinRings(call, rings, secondsPerRing);
    if (ok === undefined) unreadable += 1;
    else {
      counted += 1;
      if (ok) within += 1;
    }
  }
  return rateFigure(
    base,
    within,
    counted,
    unreadable === 0 ? [] : [text('kpi.note.calls-unreadable', { count: unreadable })],
  );
}

function withinRings(call: CallSample, rings: number, secondsPerRing: number): boolean | undefined {
  if (call.ringCount !== undefined && Number.isFinite(call.ringCount) && call.ringCount >= 0) {
    return call.ringCount <= rings;
  }
  if (call.answerSeconds !== undefined && Number.isFinite(call.answerSeconds) && call.answerSeconds >= 0) {
    // A small tolerance so that 10 s counts as within three rings of 10⁄3 s.
    return call.answerSeconds <= rings * secondsPerRing + 1e-9;
  }
  return undefined;
}
