import { isClauseId } from './clause-ids.js';
import { problem, type DataPath, type Problem } from '../diagnostics/problem.js';
import type { Policy } from './schema.js';

/** What the cross-check needs to know beyond the policy itself. */
export interface CrossCheckContext {
  /** Every rule id a `severity` entry may name. */
  readonly ruleIds: ReadonlySet<string>;
}

/**
 * Checks what a schema cannot: references between parts of the policy,
 * unique ids, sensible ranges, the time zone, rule ids and clause citations.
 * Returns every problem found.
 */
export function crossCheckPolicy(policy: Policy, context: CrossCheckContext): Problem[] {
  const problems: Problem[] = [];
  const add = (path: DataPath, ...rest: DropFirst<Parameters<typeof problem>>) =>
    problems.push(problem(path, ...rest));

  if (!isTimeZone(policy.timeZone)) {
    add(['timeZone'], 'policy.invalid-time-zone', { timeZone: policy.timeZone });
  }

  const roles = uniqueIds(policy.roles, ['roles'], add);
  const posts = uniqueIds(policy.posts, ['posts'], add);
  uniqueIds(policy.shifts, ['shifts'], add);
  uniqueIds(policy.roster.coverage, ['roster', 'coverage'], add);
  uniqueIds(policy.handover.outgoingChecklist, ['handover', 'outgoingChecklist'], add);
  uniqueIds(policy.handover.incomingChecklist, ['handover', 'incomingChecklist'], add);
  uniqueIds(policy.handover.inventory, ['handover', 'inventory'], add);
  uniqueIds(policy.escalation.surge.steps, ['escalation', 'surge', 'steps'], add);

  const role = (path: DataPath, id: string | undefined) => {
    if (id !== undefined && !roles.has(id)) add(path, 'policy.unknown-role', { id });
  };
  const post = (path: DataPath, id: string) => {
    if (!posts.has(id)) add(path, 'policy.unknown-post', { id });
  };

  policy.posts.forEach((definition, i) => {
    definition.staffedBy?.forEach((id, j) => {
      role(['posts', i, 'staffedBy', j], id);
    });
  });
  policy.shifts.forEach((shift, i) => {
    post(['shifts', i, 'post'], shift.post);
    if (shift.start === shift.end) {
      add(['shifts', i, 'end'], 'policy.shift-zero-length', { shift: shift.id, start: shift.start });
    } else if (shift.crossesMidnight !== shift.end < shift.start) {
      add(['shifts', i, 'crossesMidnight'], 'policy.shift-midnight-mismatch', {
        shift: shift.id,
        start: shift.start,
        end: shift.end,
      });
    }
  });

  const { roster, swaps, handover, escalation } = policy;
  role(['roster', 'preparedBy'], roster.preparedBy);
  role(['roster', 'reviewedBy'], roster.reviewedBy);
  role(['roster', 'reportedTo'], roster.reportedTo);
  if (roster.reviewRequired && roster.reviewedBy === undefined) {
    add(['roster', 'reviewedBy'], 'policy.reviewer-missing');
  }
  if (roster.deadline.kind === 'day-of-month' && roster.deadline.day === undefined) {
    add(['roster', 'deadline', 'day'], 'input.required');
  }
  roster.coverage.forEach((band, i) => {
    post(['roster', 'coverage', i, 'post'], band.post);
  });
  const seats = roster.holidayHeadroom;
  if (seats.emergencySeatsMin > seats.emergencySeatsMax) {
    add(['roster', 'holidayHeadroom', 'emergencySeatsMin'], 'policy.range-inverted', {
      min: seats.emergencySeatsMin,
      max: seats.emergencySeatsMax,
    });
  }

  role(['swaps', 'approverRole'], swaps.approverRole);
  role(['swaps', 'leaveApproverRole'], swaps.leaveApproverRole);
  role(['handover', 'countersign', 'role'], handover.countersign.role);

  escalation.tiers.forEach((tier, i) => {
    role(['escalation', 'tiers', i, 'role'], tier.role);
    if (tier.level !== i + 1) {
      add(['escalation', 'tiers', i, 'level'], 'policy.tier-order', { level: tier.level, position: i + 1 });
    }
  });
  escalation.onCall.roles.forEach((id, i) => {
    role(['escalation', 'onCall', 'roles', i], id);
  });
  role(['escalation', 'dissatisfiedComplaintOnSite'], escalation.dissatisfiedComplaintOnSite);
  role(['escalation', 'majorComplaintReportedTo'], escalation.majorComplaintReportedTo);
  escalation.surge.steps.forEach((step, i) => {
    if (step.waitingAtMost !== undefined && step.waitingAtMost <= step.waitingAbove) {
      add(['escalation', 'surge', 'steps', i, 'waitingAtMost'], 'policy.range-inverted', {
        min: step.waitingAbove,
        max: step.waitingAtMost,
      });
    }
    if (step.addMin > step.addMax) {
      add(['escalation', 'surge', 'steps', i, 'addMin'], 'policy.range-inverted', {
        min: step.addMin,
        max: step.addMax,
      });
    }
  });

  for (const rule of Object.keys(policy.severity)) {
    if (!context.ruleIds.has(rule)) add(['severity', rule], 'policy.unknown-rule', { rule });
  }

  for (const [citedPath, clauses] of Object.entries(policy.citations)) {
    if (!pathExists(policy, citedPath)) {
      add(['citations', citedPath], 'policy.citation-path', { citedPath });
    }
    clauses.forEach((clause, i) => {
      if (!isClauseId(clause)) add(['citations', citedPath, i], 'policy.unknown-clause', { clause });
    });
  }

  return problems;
}

type DropFirst<T extends readonly unknown[]> = T extends readonly [unknown, ...infer Rest] ? Rest : never;

function uniqueIds(
  items: readonly { readonly id: string }[],
  path: DataPath,
  add: (path: DataPath, ...rest: DropFirst<Parameters<typeof problem>>) => void,
): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) add([...path, i, 'id'], 'policy.duplicate-id', { id: item.id });
    seen.add(item.id);
  });
  return seen;
}

/** True when `timeZone` is an IANA zone the runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** True when a dotted path (`shifts.0.start`) names a value of the object. */
export function pathExists(root: unknown, dotted: string): boolean {
  let node: unknown = root;
  for (const key of dotted.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  return node !== undefined;
}
