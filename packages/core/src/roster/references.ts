/**
 * Checks that every reference in a roster document resolves: staff ids,
 * roles, posts, shifts, dates in the month, swap ids and versions. A
 * reference that resolves to nothing makes the document unreadable (see
 * `document.ts`), so each is a problem with its path.
 *
 * Assignments are resolved row by row while the context is built (see
 * `context.ts`), so the 60,000 rows of a large month are read once.
 */
import { formatPath, problem, type DataPath, type Problem } from '../diagnostics/problem.js';
import type { ResolvedPolicy } from '../policy/resolve.js';
import type { RosterCalendar } from './calendar.js';
import type { Roster, ShiftRef } from './document.js';

/** Staff ids to their index in `roster.staff`; reports duplicated ids. */
export function indexStaff(roster: Roster, problems: Problem[]): Map<string, number> {
  const index = new Map<string, number>();
  roster.staff.forEach((member, i) => {
    const first = index.get(member.id);
    if (first === undefined) index.set(member.id, i);
    else {
      problems.push(
        problem(['staff', i, 'id'], 'roster.duplicate-staff', {
          staff: member.id,
          first: formatPath(['staff', first]),
        }),
      );
    }
  });
  return index;
}

/** Problems in every part of the document except the assignments. */
export function checkReferences(
  roster: Roster,
  policy: ResolvedPolicy,
  calendar: RosterCalendar,
  staffIndex: ReadonlyMap<string, number>,
): Problem[] {
  const problems: Problem[] = [];
  const roles = new Set(policy.roles.map((role) => role.id));
  const posts = new Set(policy.posts.map((post) => post.id));
  const staff = (path: DataPath, id: string | undefined) => {
    if (id !== undefined && !staffIndex.has(id))
      problems.push(problem(path, 'roster.unknown-staff', { staff: id }));
  };
  const inMonth = (path: DataPath, date: string) => {
    if (!calendar.dayIndex.has(date)) {
      problems.push(problem(path, 'roster.date-outside-month', { date, month: calendar.month }));
    }
  };

  roster.staff.forEach((member, i) => {
    member.roles.forEach((role, j) => {
      if (!roles.has(role)) problems.push(problem(['staff', i, 'roles', j], 'roster.unknown-role', { role }));
    });
    member.posts?.forEach((post, j) => {
      if (!posts.has(post)) problems.push(problem(['staff', i, 'posts', j], 'roster.unknown-post', { post }));
    });
  });

  const leaveSeen = new Map<string, DataPath>();
  roster.leave.forEach((leave, i) => {
    staff(['leave', i, 'staff'], leave.staff);
    staff(['leave', i, 'approvedBy'], leave.approvedBy);
    leave.dates.forEach((date, j) => {
      const path = ['leave', i, 'dates', j];
      inMonth(path, date);
      const key = `${leave.staff}\u0000${date}`;
      const first = leaveSeen.get(key);
      if (first === undefined) leaveSeen.set(key, path);
      else {
        problems.push(
          problem(path, 'roster.duplicate-leave', { staff: leave.staff, date, first: formatPath(first) }),
        );
      }
    });
  });

  const swapIds = new Map<string, number>();
  roster.swaps.forEach((swap, i) => {
    const first = swapIds.get(swap.id);
    if (first === undefined) swapIds.set(swap.id, i);
    else {
      problems.push(
        problem(['swaps', i, 'id'], 'roster.duplicate-swap', {
          swap: swap.id,
          first: formatPath(['swaps', first]),
        }),
      );
    }
    staff(['swaps', i, 'requester'], swap.requester);
    staff(['swaps', i, 'counterpart'], swap.counterpart);
    staff(['swaps', i, 'approvedBy'], swap.approvedBy);
    if (swap.requester === swap.counterpart) {
      problems.push(problem(['swaps', i, 'counterpart'], 'roster.swap-with-self', { staff: swap.requester }));
    }
    swap.exchanged.forEach((ref, j) => {
      checkShiftRef(ref, ['swaps', i, 'exchanged', j], policy, calendar, problems);
    });
    if (swap.payBack !== undefined)
      checkShiftRef(swap.payBack, ['swaps', i, 'payBack'], policy, calendar, problems);
  });

  const versions = new Map<number, number>();
  roster.publications.forEach((publication, i) => {
    const first = versions.get(publication.version);
    if (first === undefined) versions.set(publication.version, i);
    else {
      problems.push(
        problem(['publications', i, 'version'], 'roster.duplicate-version', {
          version: publication.version,
          first: formatPath(['publications', first]),
        }),
      );
    }
    staff(['publications', i, 'preparedBy'], publication.preparedBy);
    staff(['publications', i, 'reviewedBy'], publication.reviewedBy);
    publication.notified.staff.forEach((id, j) => {
      staff(['publications', i, 'notified', 'staff', j], id);
    });
  });
  roster.publications.forEach((publication, i) => {
    if (publication.supersedes !== undefined && !versions.has(publication.supersedes)) {
      problems.push(
        problem(['publications', i, 'supersedes'], 'roster.unknown-version', {
          version: publication.supersedes,
        }),
      );
    }
  });
  return problems;
}

/**
 * Resolves a shift reference (an assignment's or a swap's) to its month day
 * and shift index, or reports why it cannot be.
 */
export function resolveShiftRef(
  ref: ShiftRef,
  path: DataPath,
  policy: ResolvedPolicy,
  calendar: RosterCalendar,
  problems: Problem[],
): { day: number; shift: number } | undefined {
  const day = calendar.dayIndex.get(ref.date);
  const shift = calendar.shiftIndex.get(ref.shift);
  if (day === undefined) {
    problems.push(
      problem([...path, 'date'], 'roster.date-outside-month', { date: ref.date, month: calendar.month }),
    );
  }
  const definition = shift === undefined ? undefined : policy.shifts[shift];
  if (definition === undefined) {
    problems.push(
      problem([...path, 'shift'], 'roster.unknown-shift', {
        shift: ref.shift,
        known: policy.shifts.map((s) => s.id).join(', '),
      }),
    );
  } else if (ref.post !== undefined && ref.post !== definition.post) {
    problems.push(
      problem([...path, 'post'], 'roster.wrong-post', {
        shift: ref.shift,
        post: ref.post,
        expected: definition.post,
      }),
    );
  }
  return day === undefined || shift === undefined || definition === undefined ? undefined : { day, shift };
}

function checkShiftRef(
  ref: ShiftRef,
  path: DataPath,
  policy: ResolvedPolicy,
  calendar: RosterCalendar,
  problems: Problem[],
): void {
  resolveShiftRef(ref, path, policy, calendar, problems);
}
