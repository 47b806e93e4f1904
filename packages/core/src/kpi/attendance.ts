/**
 * Attendance (FINE-3.1, target 99.9%) and the attendance categories of
 * CCS-5, from the roster and the handovers in the journal.
 *
 * Definitions (the sources give the target, not the sums):
 *
 * - **Scheduled**: each roster row of the month (a person on a shift
 *   instance) whose shift began by the moment measured.
 * - **On leave**: a scheduled row on a day the roster gives the person leave;
 *   left out of the rate (leave is not absence) and counted by kind.
 * - **Judged**: a scheduled row not on leave whose person a handover of that
 *   shift instance names: as incoming person of the handover into it
 *   (including one replaced as unfit, HOR-2.4), or as outgoing person of the
 *   handover out of it. A row no handover names is *unrecorded*: the journal
 *   says nothing about it (a second person on the desk, a shift without a
 *   handover), so it is left out, never counted absent.
 * - **Present**: a judged row with the person's arrival in the handover into
 *   the instance, or any entry they wrote in the handover out of it.
 * - The rate is present ÷ judged.
 *
 * CCS-5 categories the journal can show: late arrivals (迟到: the incoming
 * person's arrival after the time due, REG7-9.1), early leaving (早退: the
 * outgoing person left before the shift's scheduled end) and no-shows (旷工:
 * judged and not present). Absence from the post during the shift (脱岗)
 * leaves no entry and is not derived.
 */
import type { HandoverState } from '../handover/derive.js';
import { writtenList } from '../handover/written.js';
import type { ResolvedPolicy } from '../policy/resolve.js';
import { LEAVE_KINDS, type LeaveKind, type Roster } from '../roster/document.js';
import { parseInstant } from '../time/parse-instant.js';
import { shiftInstance } from '../time/shift-instance.js';
import { notMeasurable, rateFigure, text, type QualityFigure } from './figure.js';
import type { MonthFrame } from './month.js';

/** The CCS-5 categories behind the attendance rate. */
export interface AttendanceDetail {
  readonly scheduled: number;
  readonly onLeave: number;
  readonly unrecorded: number;
  readonly judged: number;
  readonly present: number;
  readonly late: number;
  readonly earlyLeave: number;
  readonly noShow: number;
  /** Days of leave in the month, by kind. */
  readonly leaveDays: Readonly<Record<LeaveKind, number>>;
}

export interface AttendanceFigure extends QualityFigure {
  readonly detail: AttendanceDetail | undefined;
}

const BASE = {
  id: 'FINE-3.1',
  clauses: ['FINE-3.1', 'CCS-5'],
  name: text('kpi.figure.attendance'),
} as const;

export function attendance(
  handovers: readonly HandoverState[],
  roster: Roster | undefined,
  frame: MonthFrame,
  policy: ResolvedPolicy,
): AttendanceFigure {
  const base = { ...BASE, target: { value: policy.targets.attendanceRate, unit: 'rate' as const } };
  if (roster === undefined) return { ...notMeasurable(base, text('kpi.note.no-roster')), detail: undefined };
  if (roster.month !== frame.month) {
    return {
      ...notMeasurable(base, text('kpi.note.roster-month', { roster: roster.month, month: frame.month })),
      detail: undefined,
    };
  }

  const into = new Map<string, HandoverState[]>();
  const outOf = new Map<string, HandoverState[]>();
  for (const state of handovers) {
    const { opened } = state;
    if (opened === undefined) continue;
    listOf(outOf, opened.outgoingShift.key).push(state);
    if (opened.incomingShift.key !== undefined) listOf(into, opened.incomingShift.key).push(state);
  }
  const leaveOn = new Map<string, LeaveKind>();
  const leaveDays = Object.fromEntries(LEAVE_KINDS.map((kind) => [kind, 0])) as Record<LeaveKind, number>;
  for (const leave of roster.leave) {
    for (const date of leave.dates) {
      leaveOn.set(`${leave.staff}|${date}`, leave.kind);
      if (date.startsWith(`${frame.month}-`)) leaveDays[leave.kind] += 1;
    }
  }

  let scheduled = 0;
  let onLeave = 0;
  let unrecorded = 0;
  let present = 0;
  let late = 0;
  let earlyLeave = 0;
  let noShow = 0;
  for (const row of roster.assignments) {
    const shift = policy.shifts.find((candidate) => candidate.id === row.shift);
    if (shift === undefined || !row.date.startsWith(`${frame.month}-`)) continue;
    const instance = shiftInstance(row.date, shift, policy.timeZone);
    if (instance.startMs > frame.asOfMs) continue;
    scheduled += 1;
    if (leaveOn.has(`${row.staff}|${row.date}`)) {
      onLeave += 1;
      continue;
    }
    const entering = (into.get(instance.key) ?? []).filter((state) => namedIncoming(state, row.staff));
    const leaving = (outOf.get(instance.key) ?? []).filter((state) => state.outgoing?.staffId === row.staff);
    if (entering.length === 0 && leaving.length === 0) {
      unrecorded += 1;
      continue;
    }
    const arrived = entering.some((state) => state.arrivals.some((arrival) => arrival.staffId === row.staff));
    const wrote = leaving.some((state) =>
      writtenList(state.written).some((entry) => entry.actor.staffId === row.staff),
    );
    if (!arrived && !wrote) {
      noShow += 1;
      continue;
    }
    present += 1;
    if (entering.some((state) => state.arrival?.staffId === row.staff && state.arrival.late)) late += 1;
    if (leaving.some((state) => leftEarly(state, instance.endMs))) earlyLeave += 1;
  }
  const judged = present + noShow;
  const notes = unrecorded === 0 ? [] : [text('kpi.note.unrecorded-shifts', { count: unrecorded })];
  return {
    ...rateFigure(base, present, judged, notes),
    detail: { scheduled, onLeave, unrecorded, judged, present, late, earlyLeave, noShow, leaveDays },
  };
}

function listOf<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (list === undefined) {
    list = [];
    map.set(key, list);
  }
  return list;
}

/** Named as the incoming person, now or before an unfit person was replaced (HOR-2.4). */
function namedIncoming(state: HandoverState, staffId: string): boolean {
  return (
    state.incoming?.staffId === staffId ||
    state.substitutions.some((substitution) => substitution.replaced.staffId === staffId)
  );
}

/** The outgoing person left before the shift's scheduled end (早退). */
function leftEarly(state: HandoverState, endMs: number): boolean {
  const left = state.outgoingLeft;
  const leftMs = left === undefined ? undefined : parseInstant(left.at);
  return leftMs !== undefined && leftMs < endMs;
}
