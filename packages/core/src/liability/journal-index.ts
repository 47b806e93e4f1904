/**
 * The journal read once for liability questions. Folding a year of a
 * site's journal (about 1,100 handovers, 20,000 cases, 77,000 entries)
 * takes a second or more, mostly in `foldCases`; a verdict only needs a
 * handful of facts out of it. So the folds run once, here, and their results
 * are laid out in maps a verdict looks up: handovers by id, post, shift
 * instance and outgoing person; each matter's trail through the handovers;
 * each shared item's counts per post; cases by id; area key issues by set;
 * entries by seq. Build it again (or keep it up to date by rebuilding) when
 * the journal grows; it never changes after it is built.
 */
import { foldCases, type CaseRegister } from '../cases/register.js';
import type { HandoverState } from '../handover/derive.js';
import { foldHandovers } from '../handover/reduce.js';
import type { CarriedOverMatter, InventoryCount } from '../handover/record.js';
import { foldKeyRegister, type AreaKeyIssue, type KeyRegister } from '../keys/register.js';
import type { SealedEntry } from '../journal/entry.js';
import type { ResolvedPolicy } from '../policy/resolve.js';
import { parseInstant } from '../time/parse-instant.js';

/** One handover as the liability rules read it: its state and the instants that fix responsibility. */
export interface HandoverView {
  readonly handoverId: string;
  readonly state: HandoverState;
  readonly post: string;
  readonly outgoing: string | undefined;
  readonly incoming: string | undefined;
  readonly openedMs: number;
  /**
   * When the incoming person formally took over: the last signature (PWR-2,
   * REG7-9.5), as `deriveHandover` reads it (an open dispute keeps the
   * outgoing person operating, HOS-4.11). `undefined` until then.
   */
  readonly boundary: string | undefined;
  readonly boundaryMs: number | undefined;
}

/** A matter as one handover carried it. */
export interface MatterStop {
  readonly view: HandoverView;
  readonly matter: CarriedOverMatter;
}

/** A shared item as one signed handover counted it. */
export interface ItemStop {
  readonly view: HandoverView;
  readonly count: InventoryCount;
}

export interface JournalIndex {
  readonly policy: ResolvedPolicy;
  readonly handovers: ReadonlyMap<string, HandoverView>;
  /** Per post: every handover, in order of opening. */
  readonly byPost: ReadonlyMap<string, readonly HandoverView[]>;
  /** Per post: handovers with a boundary, in order of it. */
  readonly signedByPost: ReadonlyMap<string, readonly HandoverView[]>;
  /** Per shift instance key: the handovers out of it and into it, in order of opening. */
  readonly outOfShift: ReadonlyMap<string, readonly HandoverView[]>;
  readonly intoShift: ReadonlyMap<string, readonly HandoverView[]>;
  /** Per staff member: the handovers they handed over as the outgoing person, in order of opening. */
  readonly byOutgoing: ReadonlyMap<string, readonly HandoverView[]>;
  /** Per matter id: every handover that carried it, in order of opening. */
  readonly matterTrails: ReadonlyMap<string, readonly MatterStop[]>;
  /** Per `post|item`: the counts of signed handovers, in order of boundary. */
  readonly itemCounts: ReadonlyMap<string, readonly ItemStop[]>;
  readonly cases: CaseRegister;
  readonly keys: KeyRegister;
  /** Per key set: its area key issues, in journal order. */
  readonly keyIssues: ReadonlyMap<string, readonly AreaKeyIssue[]>;
  /** The entry with this seq, if the journal holds it. */
  entry(seq: number): SealedEntry | undefined;
}

/** Folds the journal once into the indexes a verdict looks up. */
export function indexJournal(entries: readonly SealedEntry[], policy: ResolvedPolicy): JournalIndex {
  const handovers = new Map<string, HandoverView>();
  const byPost = new Map<string, HandoverView[]>();
  const signedByPost = new Map<string, HandoverView[]>();
  const outOfShift = new Map<string, HandoverView[]>();
  const intoShift = new Map<string, HandoverView[]>();
  const byOutgoing = new Map<string, HandoverView[]>();
  const matterTrails = new Map<string, MatterStop[]>();
  const itemCounts = new Map<string, ItemStop[]>();

  // foldHandovers returns the handovers in order of opening, so every list below is built in that order.
  for (const state of foldHandovers(entries, policy)) {
    const view = viewOf(state);
    if (view === undefined) continue;
    handovers.set(view.handoverId, view);
    push(byPost, view.post, view);
    const { opened } = state;
    push(outOfShift, opened?.outgoingShift.key, view);
    push(intoShift, opened?.incomingShift.key, view);
    push(byOutgoing, view.outgoing, view);
    for (const matter of state.matters) push(matterTrails, matter.matterId, { view, matter });
    if (view.boundaryMs === undefined) continue;
    push(signedByPost, view.post, view);
    for (const count of state.counts) push(itemCounts, `${view.post}|${count.itemId}`, { view, count });
  }
  // Boundaries come in nearly the order handovers open; a stable sort settles the rest.
  for (const list of signedByPost.values()) list.sort(byBoundary);
  for (const list of itemCounts.values()) list.sort((a, b) => byBoundary(a.view, b.view));

  const keys = foldKeyRegister(entries);
  const keyIssues = new Map<string, AreaKeyIssue[]>();
  for (const issue of keys.areaIssues) push(keyIssues, issue.keySet, issue);

  return {
    policy,
    handovers,
    byPost,
    signedByPost,
    outOfShift,
    intoShift,
    byOutgoing,
    matterTrails,
    itemCounts,
    cases: foldCases(entries, policy),
    keys,
    keyIssues,
    entry: entryLookup(entries),
  };
}

function viewOf(state: HandoverState): HandoverView | undefined {
  const { handoverId, opened } = state;
  if (handoverId === undefined || opened === undefined) return undefined;
  const boundary = state.onDuty?.side === 'incoming' ? state.onDuty.since : undefined;
  return {
    handoverId,
    state,
    post: opened.post,
    outgoing: state.outgoing?.staffId,
    incoming: state.incoming?.staffId,
    openedMs: parseInstant(opened.at) ?? Number.NaN,
    boundary,
    boundaryMs: boundary === undefined ? undefined : parseInstant(boundary),
  };
}

function byBoundary(a: HandoverView, b: HandoverView): number {
  return (a.boundaryMs ?? 0) - (b.boundaryMs ?? 0);
}

function push<K, V>(map: Map<K, V[]>, key: K | undefined, value: V): void {
  if (key === undefined) return;
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/**
 * A journal's seqs run without gaps from its first entry (a purge leaves a
 * checkpoint in front), so an entry is found by its offset; a list that is
 * not such a run falls back to a map.
 */
function entryLookup(entries: readonly SealedEntry[]): (seq: number) => SealedEntry | undefined {
  const first = entries[0]?.seq ?? 0;
  const contiguous = entries.every((entry, i) => entry.seq === first + i);
  if (contiguous) return (seq) => entries[seq - first];
  const bySeq = new Map(entries.map((entry) => [entry.seq, entry]));
  return (seq) => bySeq.get(seq);
}

/** The last of `list` (sorted by `key`) whose key is at or before `limit`; binary search. */
export function lastAtOrBefore<T>(
  list: readonly T[],
  limit: number,
  key: (item: T) => number,
): T | undefined {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const item = list[middle];
    if (item !== undefined && key(item) <= limit) low = middle + 1;
    else high = middle;
  }
  return list[low - 1];
}
