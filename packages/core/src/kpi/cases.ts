/**
 * The figures read from the case register (first-contact responsibility):
 * time limits of general and difficult issues (FINE-3.4, FINE-3.5), revisits
 * of issues resolved the same day (FINE-3.9), complaints answered on time
 * (FINE-3.19) and satisfaction with complaints (FINE-3.20).
 *
 * A case belongs to the month it was taken in, at the site. Deadlines are the
 * register's (see `cases/deadlines.ts`). A case whose deadline is still
 * ahead at the moment measured (`asOf`) and that is not settled yet is
 * pending: neither met nor missed, left out and counted in a note.
 */
import { isComplaint } from '../cases/deadlines.js';
import type { CaseGravity } from '../cases/entries.js';
import type { CaseRegister, CaseState } from '../cases/register.js';
import type { ResolvedPolicy } from '../policy/resolve.js';
import { rateFigure, text, type FigureText, type QualityFigure } from './figure.js';
import type { MonthFrame } from './month.js';

function casesOfMonth(register: CaseRegister, frame: MonthFrame): CaseState[] {
  return [...register.cases.values()].filter((state) => frame.inMonth(state.intake.atMs));
}

function pendingNote(pending: number): FigureText[] {
  return pending === 0 ? [] : [text('kpi.note.pending', { count: pending })];
}

/**
 * General issues closed by the same-day cut-off (FINE-3.4) or difficult ones
 * within the week (FINE-3.5): every such case must be (target 1).
 */
export function closedInTime(
  register: CaseRegister,
  frame: MonthFrame,
  gravity: Extract<CaseGravity, 'general' | 'difficult'>,
): QualityFigure {
  let onTime = 0;
  let counted = 0;
  let pending = 0;
  for (const state of casesOfMonth(register, frame)) {
    const { closeByMs } = state.deadlines;
    if (state.gravity !== gravity || closeByMs === undefined) continue;
    const resolvedMs = resolvedBy(state, frame);
    if (resolvedMs !== undefined && resolvedMs <= closeByMs) {
      onTime += 1;
      counted += 1;
    } else if (resolvedMs === undefined && closeByMs > frame.asOfMs) pending += 1;
    else counted += 1;
  }
  const general = gravity === 'general';
  return rateFigure(
    {
      id: general ? 'FINE-3.4' : 'FINE-3.5',
      clauses: [general ? 'FINE-3.4' : 'FINE-3.5'],
      name: general ? text('kpi.figure.same-day') : text('kpi.figure.within-week'),
      target: { value: 1, unit: 'rate' },
    },
    onTime,
    counted,
    pendingNote(pending),
  );
}

/** When the case was resolved, if it was by the moment measured. */
function resolvedBy(state: CaseState, frame: MonthFrame): number | undefined {
  const resolution = state.resolution;
  return resolution !== undefined && resolution.atMs <= frame.asOfMs ? resolution.atMs : undefined;
}

/**
 * Revisits (回訪) of the issues resolved on the site day they came in
 * (FINE-3.9): any case so resolved counts, and is revisited when a revisit
 * follows its resolution by the moment measured.
 */
export function revisitRate(
  register: CaseRegister,
  frame: MonthFrame,
  policy: ResolvedPolicy,
): QualityFigure {
  let sameDay = 0;
  let revisited = 0;
  for (const state of casesOfMonth(register, frame)) {
    const resolvedMs = resolvedBy(state, frame);
    if (resolvedMs === undefined) continue;
    if (frame.clock.dayOf(resolvedMs).date !== frame.clock.dayOf(state.intake.atMs).date) continue;
    sameDay += 1;
    if (state.revisits.some((revisit) => revisit.atMs >= resolvedMs && revisit.atMs <= frame.asOfMs)) {
      revisited += 1;
    }
  }
  return rateFigure(
    {
      id: 'FINE-3.9',
      clauses: ['FINE-3.9'],
      name: text('kpi.figure.revisits'),
      target: { value: policy.targets.revisitRate, unit: 'rate' },
    },
    revisited,
    sameDay,
  );
}

/**
 * Complaints answered on time (FINE-3.19): the plan fed back to the
 * complainant, or the complaint settled outright, by the time the plan was
 * due (DUTY-4, `cases.complaintPlanWithinHours`).
 */
export function complaintsAnsweredOnTime(
  register: CaseRegister,
  frame: MonthFrame,
  policy: ResolvedPolicy,
): QualityFigure {
  let onTime = 0;
  let counted = 0;
  let pending = 0;
  for (const state of casesOfMonth(register, frame)) {
    const { planByMs } = state.deadlines;
    if (!isComplaint(state.gravity) || planByMs === undefined) continue;
    const answers = [
      ...state.plans.map((plan) => plan.atMs),
      ...(state.resolution === undefined ? [] : [state.resolution.atMs]),
    ].filter((ms) => ms <= frame.asOfMs);
    const firstMs = answers.length === 0 ? undefined : Math.min(...answers);
    if (firstMs !== undefined && firstMs <= planByMs) {
      onTime += 1;
      counted += 1;
    } else if (firstMs === undefined && planByMs > frame.asOfMs) pending += 1;
    else counted += 1;
  }
  return rateFigure(
    {
      id: 'FINE-3.19',
      clauses: ['FINE-3.19', 'DUTY-4'],
      name: text('kpi.figure.complaints-answered'),
      target: { value: policy.targets.complaintReplyOnTimeRate, unit: 'rate' },
    },
    onTime,
    counted,
    pendingNote(pending),
  );
}

/**
 * Satisfaction with the handling of valid complaints (FINE-3.20). Every
 * registered complaint counts as valid (the register keeps no invalid ones);
 * those revisited by the moment measured count, satisfied when the latest
 * revisit says so ("neutral" is not satisfied). Complaints not yet
 * revisited are noted, not counted.
 */
export function complaintSatisfaction(
  register: CaseRegister,
  frame: MonthFrame,
  policy: ResolvedPolicy,
): QualityFigure {
  let satisfied = 0;
  let revisited = 0;
  let waiting = 0;
  for (const state of casesOfMonth(register, frame)) {
    if (!isComplaint(state.gravity)) continue;
    const revisits = state.revisits.filter((revisit) => revisit.atMs <= frame.asOfMs);
    const latest = revisits[revisits.length - 1];
    if (latest === undefined) {
      waiting += 1;
      continue;
    }
    revisited += 1;
    if (latest.satisfaction === 'satisfied') satisfied += 1;
  }
  return rateFigure(
    {
      id: 'FINE-3.20',
      clauses: ['FINE-3.20'],
      name: text('kpi.figure.complaint-satisfaction'),
      target: { value: policy.targets.complaintSatisfactionRate, unit: 'rate' },
    },
    satisfied,
    revisited,
    waiting === 0 ? [] : [text('kpi.note.not-revisited', { count: waiting })],
  );
}
