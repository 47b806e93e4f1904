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
import { formatISO, isDate, startOfMonth, startOfQuarter, startOfYear, subYears, toDate } from 'date-fns';
import { problem } from '../diagnostics/problem.js';
import type { ResolvedPolicy } from '../policy/resolve.js';
import { parseInstant } from '../time/parse-instant.js';
import { isSupportedInstant } from '../time/supported-range.js';
import { CHECKPOINT_TYPE, instantMillis, type CheckpointPayload, type SealedEntry } from './entry.js';
import { JournalError } from './errors.js';

/** The clause the retention rules enforce. */
export const RETENTION_CLAUSES = ['REG7-8.5b'] as const;

/** What retention reads from a policy: `records.retentionYears`, `records.archiveCadence`, `timeZone`. */
export type RetentionPolicy = Pick<ResolvedPolicy, 'records' | 'timeZone'>;

/**
 * An instant: an ISO 8601 string with an explicit offset (as `parseInstant`
 * reads it), epoch milliseconds, or a `Date`; in every form, of the years
 * 2000–2999 (`isSupportedInstant`).
 */
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

/**
 * Computes the retention cutoff and the archive boundary for `now`.
 * @throws {JournalError} code `invalid-entry` when `now` is not an instant of
 *   the years 2000–2999: text `parseInstant` does not read, a number that is
 *   not finite or out of range, an invalid `Date`, or anything else.
 */
export function retentionWindow(now: InstantInput, policy: RetentionPolicy): RetentionWindow {
  return windowAt(now, policy).window;
}

/** The window, and its cutoff and boundary as epoch milliseconds: decisions compare these, never re-read text. */
interface TimedWindow {
  readonly window: RetentionWindow;
  readonly cutoffMs: number;
  readonly boundaryMs: number;
}

function windowAt(now: InstantInput, policy: RetentionPolicy): TimedWindow {
  const zone = tz(policy.timeZone);
  const instant = toDate(instantOf(now));
  const years = policy.records.retentionYears;
  const cutoff = subYears(instant, years, { in: zone });
  const boundary = startOfArchivePeriod(cutoff, policy.records.archiveCadence, zone);
  return {
    window: {
      now: typeof now === 'string' ? now : formatISO(instant, { in: zone }),
      cutoff: formatISO(cutoff, { in: zone }),
      boundary: formatISO(boundary, { in: zone }),
      years,
    },
    cutoffMs: cutoff.getTime(),
    boundaryMs: boundary.getTime(),
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

/** Epoch milliseconds of `now`, or a JournalError naming it (REG7-8.5b needs a real moment to count from). */
function instantOf(now: unknown): number {
  let ms: number | undefined;
  if (typeof now === 'string') ms = parseInstant(now);
  else if (typeof now === 'number') ms = now;
  else if (isDate(now)) ms = toDate(now).getTime();
  if (ms === undefined || !isSupportedInstant(ms)) {
    throw new JournalError('invalid-entry', [problem(['now'], 'journal.format.instant')]);
  }
  return ms;
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
 * empty). Never refuses what the journal holds: it only picks what is safe.
 * @throws {JournalError} code `invalid-entry` when `now` is not an instant
 *   (see {@link retentionWindow}).
 */
export function planPurge(
  entries: readonly SealedEntry[],
  now: InstantInput,
  policy: RetentionPolicy,
): PurgePlan {
  const { window, boundaryMs } = windowAt(now, policy);
  const removed: SealedEntry[] = [];
  for (const entry of entries.slice(firstRecordIndex(entries))) {
    // An entry whose time cannot be read is not known to be past retention: the purge stops there.
    if (!(instantMillis(entry.at) < boundaryMs)) break;
    removed.push(entry);
  }
  return plan(removed, window);
}

/**
 * Removes exactly the entries with `seq < beforeSeq`. Refuses (nothing is
 * removed) when any of them is younger than `now − retentionYears`
 * (REG7-8.5b) or when `beforeSeq` lies beyond the head.
 * @throws {JournalError} code `retention`; code `invalid-entry` when `now`
 *   is not an instant (see {@link retentionWindow}).
 */
export function planPurgeBefore(
  entries: readonly SealedEntry[],
  beforeSeq: number,
  now: InstantInput,
  policy: RetentionPolicy,
): PurgePlan {
  const { window, cutoffMs } = windowAt(now, policy);
  const start = firstRecordIndex(entries);
  const first = entries[0]?.seq ?? 0;
  const last = entries[entries.length - 1]?.seq ?? -1;
  if (!Number.isSafeInteger(beforeSeq) || beforeSeq > last + 1) {
    throw new JournalError('retention', [
      problem(['seq'], 'journal.purge.out-of-range', { seq: beforeSeq, first, last }),
    ]);
  }
  const removed: SealedEntry[] = [];
  for (let index = start; index < entries.length; index++) {
    const entry = entries[index];
    if (entry === undefined || entry.seq >= beforeSeq) break;
    // An entry whose time cannot be read is not known to be past retention: it is refused as too young.
    if (!(instantMillis(entry.at) < cutoffMs)) {
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
