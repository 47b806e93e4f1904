/**
 * Retention of journal records (REG7-8.5b: 每月底由部門統一保管,保存期3年 —
 * archived at the end of each month, kept 3 years; nothing younger may be
 * deleted).
 *
 * How we read the clause: a month's records are archived together, as one
 * unit, at the end of that month; that archive is kept until its YOUNGEST
 * record has passed the retention period. So an automatic purge removes
 * whole archive periods only — calendar months in the site's time zone
 * (or quarters / years when the policy's `records.archiveCadence` says the
 * site archives that way) — namely the entries dated before the start of the
 * archive period that contains `now − retentionYears`. The explicit form
 * (`purgeBefore`) removes exactly the prefix asked for, and refuses when any
 * record in it is younger than `now − retentionYears`.
 *
 * All date math is date-fns in the policy's time zone, so the result never
 * depends on the host's zone.
 */
import { tz } from '@date-fns/tz';
import { formatISO, parseISO, startOfMonth, startOfQuarter, startOfYear, subYears, toDate } from 'date-fns';
import { problem } from '../diagnostics/problem.js';
import type { ResolvedPolicy } from '../policy/resolve.js';
import {
  CHECKPOINT_TYPE,
  InstantSchema,
  instantMillis,
  type CheckpointPayload,
  type SealedEntry,
} from './entry.js';
import { JournalError } from './errors.js';

/** The clause the retention rules enforce. */
export const RETENTION_CLAUSES = ['REG7-8.5b'] as const;

/** What retention reads from a policy: `records.retentionYears`, `records.archiveCadence`, `timeZone`. */
export type RetentionPolicy = Pick<ResolvedPolicy, 'records' | 'timeZone'>;

/** An instant: an ISO 8601 string with an explicit offset, epoch milliseconds, or a `Date`. */
export type InstantInput = string | number | Date;

/** The dates a purge decision rests on, as ISO 8601 strings in the site's time zone. */
export interface RetentionWindow {
  readonly now: string;
  /** `now − retentionYears`: a record dated before this is past retention. */
  readonly cutoff: string;
  /** Start of the archive period (month) that contains `cutoff`: `purge` removes entries dated before it. */
  readonly boundary: string;
  readonly years: number;
}

/** Computes the retention cutoff and the archive boundary for `now`. */
export function retentionWindow(now: InstantInput, policy: RetentionPolicy): RetentionWindow {
  const zone = tz(policy.timeZone);
  const instant = toInstant(now);
  const years = policy.records.retentionYears;
  const cutoff = subYears(instant, years, { in: zone });
  const boundary = startOfArchivePeriod(cutoff, policy.records.archiveCadence, zone);
  return {
    now: typeof now === 'string' ? now : formatISO(instant, { in: zone }),
    cutoff: formatISO(cutoff, { in: zone }),
    boundary: formatISO(boundary, { in: zone }),
    years,
  };
}

function startOfArchivePeriod(
  date: Date,
  cadence: RetentionPolicy['records']['archiveCadence'],
  zone: ReturnType<typeof tz>,
): Date {
  switch (cadence) {
    case 'monthly':
      return startOfMonth(date, { in: zone });
    case 'quarterly':
      return startOfQuarter(date, { in: zone });
    case 'yearly':
      return startOfYear(date, { in: zone });
  }
}

function toInstant(now: InstantInput): Date {
  if (typeof now === 'string') {
    if (!InstantSchema.safeParse(now).success) {
      throw new JournalError('invalid-entry', [problem(['now'], 'journal.format.instant')]);
    }
    return parseISO(now);
  }
  return toDate(now);
}

/** Which entries a purge removes. */
export interface PurgePlan {
  /** The real entries removed (an earlier checkpoint is replaced, not counted); empty when nothing is due. */
  readonly removed: readonly SealedEntry[];
  /** What the new checkpoint records; `undefined` when nothing is removed. */
  readonly checkpoint: CheckpointPayload | undefined;
  readonly window: RetentionWindow;
}

/**
 * The largest prefix of whole archive periods past retention (possibly
 * empty). Never refuses: it only picks what is safe.
 */
export function planPurge(
  entries: readonly SealedEntry[],
  now: InstantInput,
  policy: RetentionPolicy,
): PurgePlan {
  const window = retentionWindow(now, policy);
  const boundary = instantMillis(window.boundary);
  const removed: SealedEntry[] = [];
  for (const entry of entries.slice(firstRecordIndex(entries))) {
    if (instantMillis(entry.at) >= boundary) break;
    removed.push(entry);
  }
  return plan(removed, window);
}

/**
 * Removes exactly the entries with `seq < beforeSeq`. Refuses (nothing is
 * removed) when any of them is younger than `now − retentionYears`
 * (REG7-8.5b) or when `beforeSeq` lies beyond the head.
 * @throws {JournalError} code `retention`.
 */
export function planPurgeBefore(
  entries: readonly SealedEntry[],
  beforeSeq: number,
  now: InstantInput,
  policy: RetentionPolicy,
): PurgePlan {
  const window = retentionWindow(now, policy);
  const start = firstRecordIndex(entries);
  const first = entries[0]?.seq ?? 0;
  const last = entries[entries.length - 1]?.seq ?? -1;
  if (!Number.isSafeInteger(beforeSeq) || beforeSeq > last + 1) {
    throw new JournalError('retention', [
      problem(['seq'], 'journal.purge.out-of-range', { seq: beforeSeq, first, last }),
    ]);
  }
  const cutoff = instantMillis(window.cutoff);
  const removed: SealedEntry[] = [];
  for (let index = start; index < entries.length; index++) {
    const entry = entries[index];
    if (entry === undefined || entry.seq >= beforeSeq) break;
    if (instantMillis(entry.at) >= cutoff) {
      throw new JournalError('retention', [
        problem([index], 'journal.retention.too-young', {
          seq: entry.seq,
          at: entry.at,
          years: window.years,
          cutoff: window.cutoff,
        }),
      ]);
    }
    removed.push(entry);
  }
  return plan(removed, window);
}

/** Index of the first real record: past a leading checkpoint. */
function firstRecordIndex(entries: readonly SealedEntry[]): number {
  return entries[0]?.type === CHECKPOINT_TYPE ? 1 : 0;
}

function plan(removed: readonly SealedEntry[], window: RetentionWindow): PurgePlan {
  const first = removed[0];
  const last = removed[removed.length - 1];
  const checkpoint =
    first === undefined || last === undefined
      ? undefined
      : { seq: last.seq, hash: last.hash, at: last.at, count: removed.length, fromSeq: first.seq };
  return { removed, checkpoint, window };
}
