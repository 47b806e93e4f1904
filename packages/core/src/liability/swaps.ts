/**
 * A swap that left a post empty (脫班、空班): both parties answer for it
 * (CSM-7; CSD-7.5 treats both as absent and assesses them by their share,
 * which the journal cannot weigh, so both are `joint`). Without the
 * approval the policy requires, the swap was a private one as well
 * (CSD-7.3; TKC-4.2C where private swaps are not allowed at all).
 *
 * The roster supplies the swap requests; the emptiness must be shown, by the
 * roster (nobody on the shift instance after the swap) or by the journal (a
 * handover into the instance whose incoming person never arrived).
 */
import { shiftInstance, type ShiftInstance } from '../time/shift-instance.js';
import { formatInstant } from '../time/format-instant.js';
import { addCalendarDays } from '../time/add-calendar-days.js';
import { parseInstant } from '../time/parse-instant.js';
import { postShiftInstances } from '../handover/shifts.js';
import type { ClauseId } from '../policy/clauses.js';
import type { Roster, ShiftRef, SwapRequest } from '../roster/document.js';
import {
  assigned,
  entries,
  explain,
  missing,
  subjectMissing,
  type Inquiry,
  type Outcome,
} from './outcome.js';
import type { Evidence } from './verdict.js';

export function postLeftEmpty(q: Inquiry): Outcome {
  const { roster } = q;
  if (roster === undefined) return missing('roster', 'liability.missing.roster', {});
  const instance = instanceOf(q);
  if (instance === undefined) return subjectMissing('shiftInstance');

  const swapIndex = roster.swaps.findIndex((swap) => swapCovers(swap, instance));
  const swap = roster.swaps[swapIndex];
  if (swap === undefined) return missing('swap', 'liability.missing.swap', { instance: instance.key });

  const empty = emptiness(q, roster, instance);
  if (empty.length === 0)
    return missing('post-empty', 'liability.missing.post-empty', { instance: instance.key });

  const approved = isApproved(q, roster, swap, instance);
  const clauses: ClauseId[] = ['CSM-7', 'CSD-7.5'];
  if (!approved) clauses.push(q.policy.swaps.privateSwapsAllowed ? 'CSD-7.3' : 'TKC-4.2C');
  const evidence: Evidence[] = [{ kind: 'roster', path: ['swaps', swapIndex], record: swap.id }, ...empty];
  const because = (staff: string) =>
    explain(approved ? 'liability.because.swap-left-empty' : 'liability.because.swap-unapproved', {
      staff,
      swap: swap.id,
      instance: instance.key,
      requester: swap.requester,
      counterpart: swap.counterpart,
    });
  return assigned(
    {
      staffId: swap.requester,
      role: 'swap-requester',
      share: 'joint',
      clauses,
      because: because(swap.requester),
      evidence,
    },
    {
      staffId: swap.counterpart,
      role: 'swap-counterpart',
      share: 'joint',
      clauses,
      because: because(swap.counterpart),
      evidence,
    },
  );
}

/**
 * The shift instance the incident is about: named by key, or the instance
 * of its post (on its date, when given) whose interval holds the moment it
 * was found.
 */
function instanceOf(q: Inquiry): ShiftInstance | undefined {
  const { shiftInstance: key, post, date } = q.incident.concerns;
  const { policy } = q;
  if (key !== undefined) {
    const [day = '', shiftId = '', keyPost = ''] = key.split('/');
    const shift = policy.shifts.find((candidate) => candidate.id === shiftId && candidate.post === keyPost);
    return shift === undefined ? undefined : shiftInstance(day, shift, policy.timeZone);
  }
  if (post === undefined) return undefined;
  const foundDay = formatInstant(q.foundAtMs, policy.timeZone).slice(0, 10);
  const from = date ?? addCalendarDays(foundDay, -1);
  const candidates = postShiftInstances(policy, post, from, date ?? foundDay).filter(
    (candidate) => date === undefined || candidate.date === date,
  );
  const holding = candidates.filter(
    (candidate) => candidate.startMs <= q.foundAtMs && q.foundAtMs < candidate.endMs,
  );
  if (holding.length === 1) return holding[0];
  return date !== undefined && candidates.length === 1 ? candidates[0] : undefined;
}

function refNames(ref: ShiftRef, instance: ShiftInstance): boolean {
  return (
    ref.date === instance.date &&
    ref.shift === instance.shiftId &&
    (ref.post === undefined || ref.post === instance.post)
  );
}

function swapCovers(swap: SwapRequest, instance: ShiftInstance): boolean {
  return (
    swap.exchanged.some((ref) => refNames(ref, instance)) ||
    (swap.payBack !== undefined && refNames(swap.payBack, instance))
  );
}

/** What shows the instance empty: nobody rostered on it, or an incoming person who never arrived. */
function emptiness(q: Inquiry, roster: Roster, instance: ShiftInstance): Evidence[] {
  const rostered = roster.assignments.some(
    (row) =>
      row.date === instance.date &&
      row.shift === instance.shiftId &&
      (row.post ?? instance.post) === instance.post,
  );
  const found: Evidence[] = rostered ? [] : [{ kind: 'roster', path: ['assignments'], record: instance.key }];
  for (const view of q.index.intoShift.get(instance.key) ?? []) {
    const arrived = view.state.arrivals.some((arrival) => arrival.staffId === view.incoming);
    if (!arrived) found.push(...entries(q.index, view.state.opened?.seq, view.state.outgoingLeft?.seq));
  }
  return found;
}

/** Approved by someone holding the approving role, before the swapped shift began (CSD-7.3). */
function isApproved(q: Inquiry, roster: Roster, swap: SwapRequest, instance: ShiftInstance): boolean {
  const { approvedBy, approvedAt } = swap;
  if (approvedBy === undefined || approvedAt === undefined) return false;
  const approverRole = q.policy.swaps.approverRole;
  const holds = roster.staff.some(
    (member) => member.id === approvedBy && member.roles.includes(approverRole),
  );
  const atMs = parseInstant(approvedAt);
  return holds && atMs !== undefined && atMs <= instance.startMs;
}
