/** Small helpers the roster rules share. */
import type { ClauseId } from '../../policy/clauses.js';
import type { ResolvedPolicy } from '../../policy/resolve.js';
import { slotOf, type InstanceSlot } from '../calendar.js';
import type { RosterContext } from '../context.js';
import type { ShiftRef, SwapRequest } from '../document.js';

/**
 * The rule clauses the policy cites for the values at `paths` (or under
 * them): a finding about a band the policy took from CSD-3.1.5 cites
 * CSD-3.1.5, not every clause the rule can enforce. `undefined` when the
 * policy cites none of them (a site's own value), so the rule's own list
 * applies.
 */
export function citedClauses(
  policy: ResolvedPolicy,
  paths: readonly string[],
  candidates: readonly ClauseId[],
): readonly ClauseId[] | undefined {
  const cited = new Set<string>();
  for (const [path, clauses] of Object.entries(policy.citations)) {
    const related = paths.some((p) => p === path || path.startsWith(`${p}.`) || p.startsWith(`${path}.`));
    if (related) for (const clause of clauses) cited.add(clause);
  }
  const narrowed = candidates.filter((clause) => cited.has(clause));
  return narrowed.length > 0 ? narrowed : undefined;
}

/** An instant as the site's clock shows it, with offset. */
export function siteTime(context: RosterContext, ms: number): string {
  return context.siteTime(ms);
}

/** Minutes as hours with one decimal: 472.5 → 7.9. */
export function hours(minutes: number): number {
  return Math.round(minutes / 6) / 10;
}

/** Ids sorted and without repeats, for stable subjects. */
export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/** The slot a shift reference names (references were checked when the context was built). */
export function refSlot(context: RosterContext, ref: ShiftRef): InstanceSlot | undefined {
  const day = context.calendar.dayIndex.get(ref.date);
  const shift = context.calendar.shiftIndex.get(ref.shift);
  return day === undefined || shift === undefined ? undefined : slotOf(context.calendar, day, shift);
}

/** The instances a swap moves: those the counterpart takes over, and the pay-back. */
export function swapSlots(
  context: RosterContext,
  swap: SwapRequest,
): { exchanged: InstanceSlot[]; payBack: InstanceSlot | undefined; all: InstanceSlot[] } {
  const exchanged = swap.exchanged.flatMap((ref) => refSlot(context, ref) ?? []);
  const payBack = swap.payBack === undefined ? undefined : refSlot(context, swap.payBack);
  return { exchanged, payBack, all: payBack === undefined ? exchanged : [...exchanged, payBack] };
}

/**
 * The first instant a swap moves (its earliest exchanged shift, else its
 * pay-back): the swap's date, for ordering swaps. `Infinity` when it names
 * no shift of this month.
 */
export function swapStartMs(context: RosterContext, swap: SwapRequest): number {
  const { exchanged, all } = swapSlots(context, swap);
  const slots = exchanged.length > 0 ? exchanged : all;
  return slots.reduce((earliest, slot) => Math.min(earliest, slot.startMs), Number.POSITIVE_INFINITY);
}

/**
 * Compares two swaps by date, then by id: an order that does not depend on
 * the order of the swap rows, so findings listing swaps do not either.
 */
export function compareSwaps(context: RosterContext, a: SwapRequest, b: SwapRequest): number {
  const byDate = swapStartMs(context, a) - swapStartMs(context, b);
  if (byDate !== 0 && !Number.isNaN(byDate)) return byDate;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** What every swap finding names: both parties, the days and the instances. */
export function swapSubject(
  context: RosterContext,
  index: number,
  swap: SwapRequest,
  field?: string,
): { staff: string[]; dates: string[]; shiftInstances: string[]; path: (string | number)[] } {
  const { all } = swapSlots(context, swap);
  return {
    staff: sortedUnique([swap.requester, swap.counterpart]),
    dates: sortedUnique(all.map((slot) => slot.date)),
    shiftInstances: sortedUnique(all.map((slot) => slot.key)),
    path: field === undefined ? ['swaps', index] : ['swaps', index, field],
  };
}

/** Index of a staff member, which the context has already checked exists. */
export function staffAt(context: RosterContext, id: string): number {
  return context.staffIndex.get(id) ?? -1;
}

/** Whether person `id` holds `role`. */
export function holdsRole(context: RosterContext, id: string, role: string): boolean {
  return context.staffRoles[staffAt(context, id)]?.has(role) ?? false;
}
