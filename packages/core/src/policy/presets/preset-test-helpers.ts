/**
 * Checks shared by the preset tests; library code never imports this file.
 *
 * Every check is a pure function that returns the problems it found as
 * `path: message` strings, so a failing test prints all of them at once.
 * Nothing here touches Node or the DOM: the file sits in `src` and must
 * compile under the library's own settings.
 */
import type { Policy } from '../schema.js';

const MINUTES_PER_DAY = 24 * 60;

/** `08:30` → 510, `24:00` → 1440. */
export function minutesOf(time: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) throw new Error(`not a time of day: ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The minutes of the day a `from`–`to` range occupies; a range that ends before it starts wraps. */
function minutesCovered(from: string, to: string): number[] {
  const start = minutesOf(from);
  const end = minutesOf(to);
  const minutes: number[] = [];
  if (end > start) {
    for (let m = start; m < end; m += 1) minutes.push(m);
  } else {
    for (let m = start; m < MINUTES_PER_DAY; m += 1) minutes.push(m);
    for (let m = 0; m < end; m += 1) minutes.push(m);
  }
  return minutes;
}

/** Uncovered stretches of the day, as `HH:mm–HH:mm` strings, given the ranges that cover it. */
export function gapsInDay(ranges: readonly { readonly from: string; readonly to: string }[]): string[] {
  const covered = new Array<boolean>(MINUTES_PER_DAY).fill(false);
  for (const range of ranges) for (const m of minutesCovered(range.from, range.to)) covered[m] = true;
  const gaps: string[] = [];
  let gapStart: number | undefined;
  for (let m = 0; m <= MINUTES_PER_DAY; m += 1) {
    const isCovered = m === MINUTES_PER_DAY || covered[m] === true;
    if (!isCovered && gapStart === undefined) gapStart = m;
    if (isCovered && gapStart !== undefined) {
      gaps.push(`${clock(gapStart)}–${clock(m)}`);
      gapStart = undefined;
    }
  }
  return gaps;
}

function clock(minutes: number): string {
  const h = String(Math.floor(minutes / 60)).padStart(2, '0');
  const m = String(minutes % 60).padStart(2, '0');
  return `${h}:${m}`;
}

/** Length of a shift in hours, across midnight when it says so. */
/** Working hours of a shift: its length less the meal break. */
export function shiftHours(shift: Policy['shifts'][number]): number {
  const start = minutesOf(shift.start);
  const end = minutesOf(shift.end);
  const span = shift.crossesMidnight ? end + MINUTES_PER_DAY - start : end - start;
  return (span - (shift.mealBreakMinutes ?? 0)) / 60;
}

export type Lookup = { readonly found: true; readonly value: unknown } | { readonly found: false };

/** Follows a dotted path (`shifts.0.start`) into a value; array steps must be plain indexes. */
export function lookup(root: unknown, dotted: string): Lookup {
  let node: unknown = root;
  for (const key of dotted.split('.')) {
    if (Array.isArray(node)) {
      if (!/^(0|[1-9]\d*)$/.test(key) || Number(key) >= node.length) return { found: false };
      node = node[Number(key)];
    } else if (node !== null && typeof node === 'object' && Object.hasOwn(node, key)) {
      node = (node as Record<string, unknown>)[key];
    } else {
      return { found: false };
    }
  }
  return node === undefined ? { found: false } : { found: true, value: node };
}

/** The clause IDs a preset cites for one path (empty when it cites none). */
export function citesFor(policy: Policy, path: string): readonly string[] {
  return policy.citations[path] ?? [];
}

/**
 * Every citation names a value the policy has, cites at least one clause,
 * cites each clause once, and only cites clauses of the catalogue.
 */
export function citationProblems(policy: Policy, isKnownClause: (id: string) => boolean): string[] {
  const problems: string[] = [];
  for (const [path, ids] of Object.entries(policy.citations)) {
    if (path === 'citations' || path.startsWith('citations.')) {
      problems.push(`${path}: a citation must point at a policy value, not at the citations`);
    } else if (!lookup(policy, path).found) {
      problems.push(`${path}: no such value in the policy`);
    }
    if (ids.length === 0) problems.push(`${path}: cites no clause`);
    if (new Set(ids).size !== ids.length) problems.push(`${path}: cites a clause twice`);
    for (const id of ids) if (!isKnownClause(id)) problems.push(`${path}: ${id} is not in the catalogue`);
  }
  return problems;
}

/** Every clause ID a preset cites, without repeats, in order of first appearance. */
export function citedClauses(policy: Policy): string[] {
  return [...new Set(Object.values(policy.citations).flat())];
}

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

/**
 * What the schema cannot see: references between parts of the policy, unique
 * ids, shifts that say truthfully whether they cross midnight, a 24-hour post
 * covered at every minute by its shifts, escalation tiers in order with each
 * matter gravity decided by exactly one tier, and sane ranges.
 */
export function consistencyProblems(policy: Policy): string[] {
  const problems: string[] = [];
  const roleIds = new Set(policy.roles.map((role) => role.id));
  const postIds = new Set(policy.posts.map((post) => post.id));

  const lists: [string, readonly { readonly id: string }[]][] = [
    ['roles', policy.roles],
    ['posts', policy.posts],
    ['shifts', policy.shifts],
    ['roster.coverage', policy.roster.coverage],
    ['handover.outgoingChecklist', policy.handover.outgoingChecklist],
    ['handover.incomingChecklist', policy.handover.incomingChecklist],
    ['handover.inventory', policy.handover.inventory],
    ['escalation.surge.steps', policy.escalation.surge.steps],
  ];
  for (const [path, items] of lists) {
    for (const id of duplicates(items.map((item) => item.id)))
      problems.push(`${path}: id ${id} is used twice`);
  }

  const role = (path: string, id: string | undefined) => {
    if (id !== undefined && !roleIds.has(id)) problems.push(`${path}: role ${id} is not defined`);
  };
  role('roster.preparedBy', policy.roster.preparedBy);
  role('roster.reviewedBy', policy.roster.reviewedBy);
  role('roster.reportedTo', policy.roster.reportedTo);
  role('swaps.approverRole', policy.swaps.approverRole);
  role('swaps.leaveApproverRole', policy.swaps.leaveApproverRole);
  role('handover.countersign.role', policy.handover.countersign.role);
  policy.escalation.tiers.forEach((tier, i) => {
    role(`escalation.tiers.${i}.role`, tier.role);
  });
  policy.escalation.onCall.roles.forEach((id, i) => {
    role(`escalation.onCall.roles.${i}`, id);
  });
  role('escalation.dissatisfiedComplaintOnSite', policy.escalation.dissatisfiedComplaintOnSite);
  role('escalation.majorComplaintReportedTo', policy.escalation.majorComplaintReportedTo);

  if (policy.roster.reviewRequired && policy.roster.reviewedBy === undefined) {
    problems.push('roster.reviewedBy: a review is required but nobody reviews');
  }
  if (!policy.roster.reviewRequired && policy.roster.reviewedBy !== undefined) {
    problems.push('roster.reviewedBy: names a reviewer although no review is required');
  }

  policy.shifts.forEach((shift, i) => {
    if (!postIds.has(shift.post)) problems.push(`shifts.${i}.post: post ${shift.post} is not defined`);
    if (shift.start === shift.end) problems.push(`shifts.${i}: starts and ends at ${shift.start}`);
    const endsEarlier = minutesOf(shift.end) < minutesOf(shift.start);
    if (shift.crossesMidnight !== endsEarlier) {
      problems.push(
        `shifts.${i}.crossesMidnight: ${String(shift.crossesMidnight)} but the shift runs ${shift.start}–${shift.end}`,
      );
    }
  });

  policy.roster.coverage.forEach((band, i) => {
    if (!postIds.has(band.post)) problems.push(`roster.coverage.${i}.post: post ${band.post} is not defined`);
    if (band.from === band.to) problems.push(`roster.coverage.${i}: empty band ${band.from}–${band.to}`);
  });

  for (const post of policy.posts.filter((p) => p.roundTheClock)) {
    const shifts = policy.shifts
      .filter((shift) => shift.post === post.id)
      .map((shift) => ({ from: shift.start, to: shift.end }));
    for (const gap of gapsInDay(shifts)) problems.push(`posts.${post.id}: no shift covers ${gap}`);
  }

  policy.escalation.tiers.forEach((tier, i) => {
    if (tier.level !== i + 1) problems.push(`escalation.tiers.${i}.level: ${tier.level}, expected ${i + 1}`);
  });
  for (const gravity of ['routine', 'difficult', 'major', 'emergency'] as const) {
    const deciders = policy.escalation.tiers.filter((tier) => tier.decides.includes(gravity));
    if (deciders.length !== 1) {
      problems.push(
        `escalation.tiers: ${gravity} matters are decided by ${deciders.length} tiers, expected 1`,
      );
    }
  }
  for (const id of duplicates(policy.escalation.onCall.roles)) {
    problems.push(`escalation.onCall.roles: ${id} is listed twice`);
  }
  for (const id of duplicates(policy.escalation.skipLevelIn)) {
    problems.push(`escalation.skipLevelIn: ${id} is listed twice`);
  }
  for (const id of duplicates(policy.escalation.reportTriggers)) {
    problems.push(`escalation.reportTriggers: ${id} is listed twice`);
  }

  const { steps, releaseAtOrBelow } = policy.escalation.surge;
  steps.forEach((step, i) => {
    if (step.addMin > step.addMax)
      problems.push(`escalation.surge.steps.${i}: adds ${step.addMin}–${step.addMax}`);
    const previous = steps[i - 1];
    if (previous && step.waitingAbove < previous.waitingAbove) {
      problems.push(`escalation.surge.steps.${i}.waitingAbove: lower than the step before`);
    }
  });
  const first = steps[0];
  if (first && releaseAtOrBelow > first.waitingAbove) {
    problems.push('escalation.surge.releaseAtOrBelow: release threshold above the first step');
  }

  const headroom = policy.roster.holidayHeadroom;
  if (headroom.emergencySeatsMin > headroom.emergencySeatsMax) {
    problems.push('roster.holidayHeadroom: emergency seats min above max');
  }

  for (const id of duplicates(policy.handover.blockingConditions)) {
    problems.push(`handover.blockingConditions: ${id} is listed twice`);
  }
  for (const [locale, replies] of Object.entries(policy.cases.forbiddenReplies)) {
    if (replies.length === 0) problems.push(`cases.forbiddenReplies.${locale}: empty`);
    for (const reply of duplicates(replies))
      problems.push(`cases.forbiddenReplies.${locale}: "${reply}" twice`);
  }
  for (const field of duplicates(policy.cases.requiredIntakeFields)) {
    problems.push(`cases.requiredIntakeFields: ${field} is listed twice`);
  }
  return problems;
}
