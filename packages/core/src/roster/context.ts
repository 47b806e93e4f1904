/**
 * Everything the roster rules read, indexed once per validation so that
 * each rule is a single cheap pass: placements per person in time order,
 * per shift instance, head-counts per instance, leave and shifts per person
 * per day, swaps per person, versions in order.
 */
import { formatPath, problem, type DataPath, type Problem } from '../diagnostics/problem.js';
import type { ResolvedPolicy } from '../policy/resolve.js';
import { formatInstant } from '../time/format-instant.js';
import { parseInstant } from '../time/parse-instant.js';
import { buildRosterCalendar, slotOf, type InstanceSlot, type RosterCalendar } from './calendar.js';
import type { Assignment, Publication, Roster } from './document.js';
import { checkReferences, indexStaff, resolveShiftRef } from './references.js';
import { RosterError } from './roster-error.js';

/** One person on one shift instance: an assignment, resolved. */
export interface Placement {
  readonly assignment: Assignment;
  /** Index of the person in `roster.staff`. */
  readonly staff: number;
  readonly slot: InstanceSlot;
  /** The person is on leave on the day this shift starts (so is not counted as present). */
  readonly onLeave: boolean;
}

export interface ValidateOptions {
  /** The moment of the check (ISO 8601 with offset); deadline rules need it. Default: judge the documents alone. */
  readonly now?: string;
}

/**
 * The indexes of one roster under one policy. Rules only read it; the
 * incremental re-check updates it through `placeAssignment` and
 * `unplaceAssignment`.
 */
export interface RosterContext {
  readonly roster: Roster;
  readonly policy: ResolvedPolicy;
  readonly calendar: RosterCalendar;
  readonly nowMs: number | undefined;
  readonly staffIndex: ReadonlyMap<string, number>;
  readonly staffRoles: readonly ReadonlySet<string>[];
  /** Per person: placements in time order (start, end, then slot). */
  readonly byStaff: Placement[][];
  /** Per slot: its placements, in the order they were added. */
  readonly bySlot: Placement[][];
  /** Per slot: people placed there and not on leave (the head-count coverage sees). */
  readonly present: Int32Array;
  /** Per person: 1 on each month day they are on leave; `undefined` when they take none. */
  readonly leaveDays: readonly (Uint8Array | undefined)[];
  /** Per person: shifts starting on each month day. */
  readonly dayLoad: readonly Uint8Array[];
  /** Per person: indexes into `roster.swaps` of the swaps they take part in. */
  readonly swapsByStaff: ReadonlyMap<number, readonly number[]>;
  /** Published and draft versions, in version order. */
  readonly versions: readonly Publication[];
  /**
   * An instant as the site's clock shows it, with offset. Findings name the
   * same few hundred instants (shift and band edges) over and over, so each
   * is written once per context.
   */
  readonly siteTime: (ms: number) => string;
}

/**
 * Builds the indexes for `roster` under `policy`.
 *
 * @throws {RosterError} when a reference does not resolve (unknown staff or
 *   shift, a date outside the month, a repeated row…), listing every one.
 */
export function buildRosterContext(
  roster: Roster,
  policy: ResolvedPolicy,
  options: ValidateOptions = {},
): RosterContext {
  const problems: Problem[] = [];
  let nowMs: number | undefined;
  if (options.now !== undefined) {
    nowMs = parseInstant(options.now);
    if (nowMs === undefined) problems.push(problem(['now'], 'roster.format.instant'));
  }
  const calendar = buildRosterCalendar(policy, roster.month, roster.publicHolidays);
  const staffIndex = indexStaff(roster, problems);
  problems.push(...checkReferences(roster, policy, calendar, staffIndex));

  const staffCount = roster.staff.length;
  const dayCount = calendar.days.length;
  const leaveDays: (Uint8Array | undefined)[] = new Array<Uint8Array | undefined>(staffCount).fill(undefined);
  for (const leave of roster.leave) {
    const person = staffIndex.get(leave.staff);
    if (person === undefined) continue;
    const days = (leaveDays[person] ??= new Uint8Array(dayCount));
    for (const date of leave.dates) {
      const day = calendar.dayIndex.get(date);
      if (day !== undefined) days[day] = 1;
    }
  }

  const swapsByStaff = new Map<number, number[]>();
  roster.swaps.forEach((swap, i) => {
    for (const id of new Set([swap.requester, swap.counterpart])) {
      const person = staffIndex.get(id);
      if (person === undefined) continue;
      const list = swapsByStaff.get(person);
      if (list === undefined) swapsByStaff.set(person, [i]);
      else list.push(i);
    }
  });

  const context: RosterContext = {
    roster,
    policy,
    calendar,
    nowMs,
    staffIndex,
    staffRoles: roster.staff.map((member) => new Set(member.roles)),
    byStaff: Array.from({ length: staffCount }, () => []),
    bySlot: Array.from({ length: calendar.slots.length }, () => []),
    present: new Int32Array(calendar.slots.length),
    leaveDays,
    dayLoad: Array.from({ length: staffCount }, () => new Uint8Array(dayCount)),
    swapsByStaff,
    versions: [...roster.publications].sort((a, b) => a.version - b.version),
    siteTime: memoize((ms) => formatInstant(ms, calendar.timeZone)),
  };

  const { assignments } = roster;
  for (let row = 0; row < assignments.length; row += 1) {
    const assignment = assignments[row];
    if (assignment !== undefined) placeRow(context, assignment, ['assignments', row], problems);
  }
  if (problems.length > 0) throw new RosterError(problems);
  return context;
}

/**
 * Adds an assignment to the indexes (the incremental re-check's "add").
 *
 * @throws {RosterError} when it does not resolve or repeats a placement.
 */
export function placeAssignment(context: RosterContext, assignment: Assignment): Placement {
  const problems: Problem[] = [];
  const placement = placeRow(context, assignment, ['assignment'], problems);
  if (placement === undefined) throw new RosterError(problems);
  return placement;
}

/**
 * Removes an assignment (matched by staff, date and shift) from the indexes.
 *
 * @throws {RosterError} when the roster has no such assignment.
 */
export function unplaceAssignment(context: RosterContext, assignment: Assignment): Placement {
  const found = findPlacement(context, assignment);
  if (found === undefined) {
    throw new RosterError([
      problem(['assignment'], 'roster.assignment-not-found', {
        staff: assignment.staff,
        date: assignment.date,
        shift: assignment.shift,
      }),
    ]);
  }
  const { placement, position } = found;
  context.byStaff[placement.staff]?.splice(position, 1);
  const inSlot = context.bySlot[placement.slot.index];
  inSlot?.splice(inSlot.indexOf(placement), 1);
  if (!placement.onLeave)
    context.present[placement.slot.index] = (context.present[placement.slot.index] ?? 1) - 1;
  const load = context.dayLoad[placement.staff];
  if (load !== undefined) load[placement.slot.day] = (load[placement.slot.day] ?? 1) - 1;
  return placement;
}

/** The placement of `assignment` (same staff, date and shift) and its position in the person's list. */
export function findPlacement(
  context: RosterContext,
  assignment: Pick<Assignment, 'staff' | 'date' | 'shift'>,
): { placement: Placement; position: number } | undefined {
  const person = context.staffIndex.get(assignment.staff);
  const day = context.calendar.dayIndex.get(assignment.date);
  const shift = context.calendar.shiftIndex.get(assignment.shift);
  if (person === undefined || day === undefined || shift === undefined) return undefined;
  const slot = slotOf(context.calendar, day, shift);
  const list = context.byStaff[person] ?? [];
  const position = list.findIndex((placement) => placement.slot === slot);
  const placement = list[position];
  return placement === undefined ? undefined : { placement, position };
}

/** Whether person `staff` works slot `slot`. */
export function works(context: RosterContext, staff: number, slot: InstanceSlot): boolean {
  return (context.byStaff[staff] ?? []).some((placement) => placement.slot === slot);
}

/** Whether person `staff` is on leave on month day `day`. */
export function onLeave(context: RosterContext, staff: number, day: number): boolean {
  return context.leaveDays[staff]?.[day] === 1;
}

/** People on the rota: those with at least one shift this month. */
export function onRota(context: RosterContext, staff: number): boolean {
  return (context.byStaff[staff]?.length ?? 0) > 0;
}

/** Orders placements of one person: by start, then end, then slot. */
function before(a: InstanceSlot, b: InstanceSlot): boolean {
  return (
    a.startMs < b.startMs ||
    (a.startMs === b.startMs && (a.endMs < b.endMs || (a.endMs === b.endMs && a.index < b.index)))
  );
}

function placeRow(
  context: RosterContext,
  assignment: Assignment,
  path: DataPath,
  problems: Problem[],
): Placement | undefined {
  const { calendar } = context;
  const person = context.staffIndex.get(assignment.staff);
  const day = calendar.dayIndex.get(assignment.date);
  const shift = calendar.shiftIndex.get(assignment.shift);
  const slot =
    day === undefined || shift === undefined
      ? undefined
      : calendar.slots[(day + 1) * calendar.shiftIndex.size + shift];
  const list = person === undefined ? undefined : context.byStaff[person];
  if (
    person === undefined ||
    list === undefined ||
    slot === undefined ||
    (assignment.post !== undefined && assignment.post !== slot.post)
  ) {
    // The slow path: say exactly what does not resolve.
    if (person === undefined) {
      problems.push(problem([...path, 'staff'], 'roster.unknown-staff', { staff: assignment.staff }));
    }
    resolveShiftRef(assignment, path, context.policy, calendar, problems);
    return undefined;
  }

  // Rows usually come in time order per person: the new placement goes last.
  let position = list.length;
  while (position > 0) {
    const previous = list[position - 1];
    if (previous === undefined || before(previous.slot, slot)) break;
    if (previous.slot === slot) {
      problems.push(
        problem(path, 'roster.duplicate-assignment', {
          staff: assignment.staff,
          date: assignment.date,
          shift: assignment.shift,
          first: formatPath(rowOf(context, previous.assignment, path)),
        }),
      );
      return undefined;
    }
    position -= 1;
  }

  const leave = context.leaveDays[person]?.[slot.day] === 1;
  const placement: Placement = { assignment, staff: person, slot, onLeave: leave };
  if (position === list.length) list.push(placement);
  else list.splice(position, 0, placement);
  context.bySlot[slot.index]?.push(placement);
  if (!leave) context.present[slot.index] = (context.present[slot.index] ?? 0) + 1;
  const load = context.dayLoad[person];
  if (load !== undefined) load[slot.day] = (load[slot.day] ?? 0) + 1;
  return placement;
}

/** Path of the row that first placed `assignment`, for the "repeats row …" message. */
function rowOf(context: RosterContext, assignment: Assignment, fallback: DataPath): DataPath {
  const row = context.roster.assignments.indexOf(assignment);
  return row >= 0 ? ['assignments', row] : fallback;
}

function memoize(format: (ms: number) => string): (ms: number) => string {
  const known = new Map<number, string>();
  return (ms) => {
    let text = known.get(ms);
    if (text === undefined) {
      text = format(ms);
      known.set(ms, text);
    }
    return text;
  };
}
