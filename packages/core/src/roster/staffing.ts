/**
 * Head-count over time for one coverage band occurrence, from the slot
 * head-counts: the basis of the coverage and holiday-headroom rules.
 */
import type { BandOccurrence, InstanceSlot } from './calendar.js';
import type { RosterContext } from './context.js';

/** A stretch of the occurrence over which the head-count does not change. */
export interface StaffingSegment {
  readonly startMs: number;
  readonly endMs: number;
  /** People present (placed and not on leave) over the whole stretch. */
  readonly present: number;
  /**
   * A shift of another month's roster may cover this stretch (the night
   * shift of the last day of the previous month runs into the 1st), so this
   * roster cannot judge it.
   */
  readonly otherMonth: boolean;
}

/** A stretch where fewer people are present than required. */
export interface StaffingGap {
  readonly startMs: number;
  readonly endMs: number;
  /** The fewest people present anywhere in the gap. */
  readonly present: number;
  /** Month slots of the band's post that overlap the gap. */
  readonly slots: readonly InstanceSlot[];
}

/** Head-count segments of an occurrence, in time order. */
export function staffingSegments(context: RosterContext, occurrence: BandOccurrence): StaffingSegment[] {
  const slots = occurrence.slots.flatMap((index) => context.calendar.slots[index] ?? []);
  const cuts = new Set([occurrence.startMs, occurrence.endMs]);
  for (const slot of slots) {
    if (slot.startMs > occurrence.startMs && slot.startMs < occurrence.endMs) cuts.add(slot.startMs);
    if (slot.endMs > occurrence.startMs && slot.endMs < occurrence.endMs) cuts.add(slot.endMs);
  }
  const ordered = [...cuts].sort((a, b) => a - b);
  const segments: StaffingSegment[] = [];
  for (let i = 0; i + 1 < ordered.length; i += 1) {
    const startMs = ordered[i] ?? 0;
    const endMs = ordered[i + 1] ?? 0;
    let present = 0;
    let otherMonth = false;
    for (const slot of slots) {
      if (slot.startMs > startMs || slot.endMs < endMs) continue;
      if (slot.outside) otherMonth = true;
      else present += context.present[slot.index] ?? 0;
    }
    segments.push({ startMs, endMs, present, otherMonth });
  }
  return segments;
}

/** Maximal stretches of an occurrence staffed below `required`, excluding those another month covers. */
export function staffingGaps(
  context: RosterContext,
  occurrence: BandOccurrence,
  required: number,
): StaffingGap[] {
  const gaps: { startMs: number; endMs: number; present: number }[] = [];
  for (const segment of staffingSegments(context, occurrence)) {
    if (segment.otherMonth || segment.present >= required) continue;
    const last = gaps[gaps.length - 1];
    if (last?.endMs === segment.startMs) {
      last.endMs = segment.endMs;
      last.present = Math.min(last.present, segment.present);
    } else {
      gaps.push({ ...segment });
    }
  }
  return gaps.map((gap) => ({
    ...gap,
    slots: occurrence.slots
      .flatMap((index) => context.calendar.slots[index] ?? [])
      .filter((slot) => !slot.outside && slot.startMs < gap.endMs && slot.endMs > gap.startMs),
  }));
}

/** People present on any of `slots` during `[startMs, endMs)`: who was there when it was short. */
export function presentDuring(
  context: RosterContext,
  slots: readonly InstanceSlot[],
  startMs: number,
  endMs: number,
): string[] {
  const ids = new Set<string>();
  for (const slot of slots) {
    if (slot.startMs >= endMs || slot.endMs <= startMs) continue;
    for (const placement of context.bySlot[slot.index] ?? []) {
      if (!placement.onLeave) ids.add(placement.assignment.staff);
    }
  }
  return [...ids].sort();
}
