import { describe, expect, it } from 'vitest';
import { canonicalEntry } from './canonical.js';
import { CHECKPOINT_TYPE, PURGE_RECORD_TYPE, type SealedEntry, type UnsealedEntry } from './entry.js';
import { JournalError } from './errors.js';
import { createJournal } from './journal.js';
import { createMemoryAdapter } from './memory-adapter.js';
import {
  planPurge,
  planPurgeBefore,
  RETENTION_CLAUSES,
  retentionWindow,
  type RetentionPolicy,
} from './retention.js';

/** What a REG7 site's policy says about records (REG7-8.5b): 3 years, archived monthly, Hong Kong time. */
const policy: RetentionPolicy = {
  timeZone: 'Asia/Hong_Kong',
  records: { retentionYears: 3, archiveCadence: 'monthly' },
};

const NOW = '2029-12-15T10:00:00+08:00';

function entry(id: string, at: string): UnsealedEntry {
  return { id, at, actor: { staffId: 'S-017' }, type: 'handover.signed', payload: { handoverId: id } };
}

/** Three entries a month from January 2026 to March 2027, plus two around the December 2026 month boundary. */
function history(): UnsealedEntry[] {
  const entries: UnsealedEntry[] = [];
  for (let month = 0; month < 15; month++) {
    const year = 2026 + Math.floor(month / 12);
    const mm = String((month % 12) + 1).padStart(2, '0');
    for (const dd of ['01', '10', '20']) {
      entries.push(entry(`${year}-${mm}-${dd}`, `${year}-${mm}-${dd}T09:00:00+08:00`));
      if (year === 2026 && mm === '11' && dd === '20') {
        // Still November in Hong Kong.
        entries.push(entry('nov-last', '2026-11-30T23:30:00+08:00'));
        // Already December in Hong Kong, though still November in UTC (16:10Z on the 30th).
        entries.push(entry('dec-first', '2026-12-01T00:10:00+08:00'));
      }
    }
  }
  return entries;
}

async function journalWithHistory() {
  const adapter = createMemoryAdapter();
  const journal = createJournal({ adapter, allowUnknownTypes: true });
  const stored = await journal.appendMany(history());
  return { adapter, journal, stored };
}

async function refusal(operation: Promise<unknown>): Promise<JournalError> {
  try {
    await operation;
  } catch (error) {
    if (error instanceof JournalError) return error;
    throw error;
  }
  throw new Error('expected a JournalError');
}

const seqOf = (entries: readonly SealedEntry[], id: string) => entries.find((e) => e.id === id)?.seq ?? -1;

describe('retentionWindow (REG7-8.5b)', () => {
  it('cites REG7-8.5b', () => {
    expect(RETENTION_CLAUSES).toEqual(['REG7-8.5b']);
  });

  it('computes the cutoff with calendar years and the boundary at the start of that month, in the site zone', () => {
    expect(retentionWindow(NOW, policy)).toEqual({
      now: NOW,
      cutoff: '2026-12-15T10:00:00+08:00',
      boundary: '2026-12-01T00:00:00+08:00',
      years: 3,
    });
  });

  it('gives the same window for a string, epoch milliseconds or a Date', () => {
    const millis = Date.parse(NOW);
    const fromNumber = retentionWindow(millis, policy);
    const fromDate = retentionWindow(new Date(millis), policy);
    expect(fromNumber).toEqual({ ...retentionWindow(NOW, policy), now: NOW });
    expect(fromDate).toEqual(fromNumber);
  });

  it('uses the site’s month, not the host’s or UTC’s', () => {
    // 00:30 on 1 December in Hong Kong is still 30 November in UTC and in New York.
    expect(retentionWindow('2029-12-01T00:30:00+08:00', policy).boundary).toBe('2026-12-01T00:00:00+08:00');
    expect(retentionWindow('2029-11-30T16:30:00Z', policy).boundary).toBe('2026-12-01T00:00:00+08:00');
  });

  it('handles 29 February with library date math', () => {
    expect(retentionWindow('2028-02-29T12:00:00+08:00', policy).cutoff).toBe('2025-02-28T12:00:00+08:00');
  });

  it('follows a coarser archive cadence when the policy has one', () => {
    const quarterly = { ...policy, records: { retentionYears: 3, archiveCadence: 'quarterly' as const } };
    const yearly = { ...policy, records: { retentionYears: 5, archiveCadence: 'yearly' as const } };
    expect(retentionWindow(NOW, quarterly).boundary).toBe('2026-10-01T00:00:00+08:00');
    expect(retentionWindow(NOW, yearly).boundary).toBe('2024-01-01T00:00:00+08:00');
  });

  it('refuses a time without an offset', () => {
    expect(() => retentionWindow('2029-12-15T10:00:00', policy)).toThrow(JournalError);
  });

  it.each([
    ['NaN', Number.NaN],
    ['an infinite number', Number.POSITIVE_INFINITY],
    ['the last instant a Date can hold', 8.64e15],
    ['an instant before 2000', Date.UTC(1999, 11, 31)],
    ['an invalid Date', new Date(Number.NaN)],
    ['a Date after 2999', new Date(Date.UTC(3000, 0, 1))],
    ['text dated in year 1', '0001-01-01T00:00:00Z'],
    ['text with ten fractional digits', '2029-12-15T10:00:00.1234567891+08:00'],
    ['something that is not an instant at all', { at: NOW } as unknown as string],
  ])('refuses %s as the moment with a JournalError naming it, never a RangeError', (_what, now) => {
    const entries: SealedEntry[] = [];
    for (const run of [
      () => retentionWindow(now, policy),
      () => planPurge(entries, now, policy),
      () => planPurgeBefore(entries, 0, now, policy),
    ]) {
      let thrown: unknown;
      try {
        run();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(JournalError);
      expect(thrown).toMatchObject({
        code: 'invalid-entry',
        problems: [{ path: ['now'], code: 'journal.format.instant' }],
      });
    }
  });
});

describe('purgeBefore: nothing younger than the retention period is removed (REG7-8.5b)', () => {
  it('VIOLATION: refuses to remove a record younger than 3 years, and removes nothing', async () => {
    const { journal, stored } = await journalWithHistory();
    const before = (await journal.entries()).map(canonicalEntry);
    // 2026-12-20 is less than 3 years before 2029-12-15.
    const error = await refusal(journal.purgeBefore(seqOf(stored, '2026-12-20') + 1, NOW, policy));
    expect(error.code).toBe('retention');
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]?.code).toBe('journal.retention.too-young');
    expect(error.problems[0]?.params).toMatchObject({ at: '2026-12-20T09:00:00+08:00', years: 3 });
    expect(error.message).toContain('only records dated before 2026-12-15T10:00:00+08:00 may be purged');
    expect((await journal.entries()).map(canonicalEntry)).toEqual(before);
  });

  it('refuses a record exactly 3 years old: it is not yet older than the period', async () => {
    const { journal, stored } = await journalWithHistory();
    const error = await refusal(
      journal.purgeBefore(seqOf(stored, '2026-12-10') + 1, '2029-12-10T09:00:00+08:00', policy),
    );
    expect(error.code).toBe('retention');
    expect(await journal.entries()).toHaveLength(stored.length);
  });

  it('SATISFIED: removes exactly the records asked for when all are past retention, and the rest verifies', async () => {
    const { journal, stored } = await journalWithHistory();
    const firstKept = seqOf(stored, '2026-12-10') + 1; // 2026-12-10 is before the cutoff 2026-12-15
    const result = await journal.purgeBefore(firstKept, NOW, policy);

    expect(result.removed).toBe(firstKept);
    const entries = await journal.entries();
    expect(entries[0]?.type).toBe(CHECKPOINT_TYPE);
    expect(entries[1]?.seq).toBe(firstKept);
    expect(entries.slice(1, -1)).toEqual(stored.slice(firstKept));
    // The purge is itself on record, at the head, naming the checkpoint it left.
    expect(entries.at(-1)).toMatchObject({
      seq: stored.length,
      type: PURGE_RECORD_TYPE,
      prev: stored.at(-1)?.hash,
      payload: { checkpoint: entries[0]?.hash, seq: firstKept - 1, fromSeq: 0, count: firstKept },
    });
    expect(await journal.verify()).toMatchObject({ intact: true, count: stored.length - firstKept + 2 });
  });

  it('refuses a seq beyond the head', async () => {
    const { journal, stored } = await journalWithHistory();
    const error = await refusal(journal.purgeBefore(stored.length + 1, NOW, policy));
    expect(error.code).toBe('retention');
    expect(error.problems[0]?.code).toBe('journal.purge.out-of-range');
  });
});

describe('purge: the largest safe prefix of whole months', () => {
  it('removes whole months before the cutoff month and leaves a checkpoint; the rest verifies', async () => {
    const { journal, stored } = await journalWithHistory();
    const result = await journal.purge(NOW, policy);
    const entries = await journal.entries();

    // Everything up to 30 November 2026 (Hong Kong time) goes; December 2026 stays whole,
    // including 1 and 10 December, although they are older than the cutoff.
    const lastRemoved = stored[seqOf(stored, 'nov-last')]!;
    expect(result.removed).toBe(lastRemoved.seq + 1);
    expect(entries.map((e) => e.id).slice(0, 4)).toEqual([
      `checkpoint/${lastRemoved.seq}`,
      'dec-first',
      '2026-12-01',
      '2026-12-10',
    ]);
    expect(result.window).toMatchObject({
      cutoff: '2026-12-15T10:00:00+08:00',
      boundary: '2026-12-01T00:00:00+08:00',
    });

    const checkpoint = entries[0]!;
    expect(checkpoint).toMatchObject({
      seq: lastRemoved.seq,
      type: CHECKPOINT_TYPE,
      at: NOW,
      actor: { staffId: 'journal' },
      prev: lastRemoved.hash,
      payload: {
        seq: lastRemoved.seq,
        hash: lastRemoved.hash,
        at: lastRemoved.at,
        count: lastRemoved.seq + 1,
        fromSeq: 0,
      },
    });
    expect(result.checkpoint).toEqual(checkpoint);
    expect(entries.slice(1, -1)).toEqual(stored.slice(lastRemoved.seq + 1));
    const record = entries.at(-1);
    expect(record).toMatchObject({
      seq: stored.length,
      type: PURGE_RECORD_TYPE,
      at: NOW,
      payload: { checkpoint: checkpoint.hash, seq: lastRemoved.seq, fromSeq: 0, count: lastRemoved.seq + 1 },
    });
    expect(await journal.verify()).toMatchObject({ intact: true, head: record });
  });

  it('removes nothing when nothing is old enough', async () => {
    const { journal, stored } = await journalWithHistory();
    const result = await journal.purge('2028-06-01T00:00:00+08:00', policy);
    expect(result).toMatchObject({ removed: 0, checkpoint: undefined });
    expect(await journal.entries()).toEqual(stored);
  });

  it('keeps working after a purge: appends chain on, purged ids are gone, kept ones can be amended', async () => {
    const { journal, stored } = await journalWithHistory();
    await journal.purge(NOW, policy);
    const record = (await journal.entries()).at(-1);
    expect(record?.type).toBe(PURGE_RECORD_TYPE);
    const next = await journal.append(entry('after', '2029-12-15T11:00:00+08:00'));
    expect(next.seq).toBe(stored.length + 1);
    expect(next.prev).toBe(record?.hash);
    expect(
      (
        await refusal(
          journal.amend('2026-01-01', { x: 1 }, { staffId: 'S' }, '2029-12-15T12:00:00+08:00', 'x'),
        )
      ).code,
    ).toBe('unknown-original');
    await journal.amend(
      '2027-03-20',
      { handoverId: 'fixed' },
      { staffId: 'S' },
      '2029-12-15T12:00:00+08:00',
      'typo',
    );
    expect(await journal.verify()).toMatchObject({ intact: true });
  });

  it('purges again later, replacing the checkpoint, and still verifies', async () => {
    const { journal, stored } = await journalWithHistory();
    const first = await journal.purge(NOW, policy);
    const second = await journal.purge('2030-02-10T10:00:00+08:00', policy, {
      actor: { staffId: 'S-002', role: 'cs-supervisor' },
    });
    const lastRemoved = stored[seqOf(stored, '2027-01-20')]!; // February 2027 is the cutoff month
    expect(second.removed).toBe(lastRemoved.seq - (first.checkpoint?.seq ?? 0));
    expect(second.checkpoint).toMatchObject({
      seq: lastRemoved.seq,
      actor: { staffId: 'S-002', role: 'cs-supervisor' },
      payload: { fromSeq: (first.checkpoint?.seq ?? 0) + 1, count: second.removed, hash: lastRemoved.hash },
    });
    const entries = await journal.entries();
    expect(entries.filter((e) => e.type === CHECKPOINT_TYPE)).toHaveLength(1);
    expect(await journal.verify()).toMatchObject({ intact: true });
  });

  it('may remove every record, leaving the checkpoint to chain new entries from', async () => {
    const { journal, stored } = await journalWithHistory();
    const result = await journal.purge('2031-01-01T00:00:00+08:00', policy);
    expect(result.removed).toBe(stored.length);
    // The checkpoint, and the record of the purge after it.
    const [checkpoint, record] = await journal.entries();
    expect(checkpoint).toMatchObject({ type: CHECKPOINT_TYPE, seq: stored.length - 1 });
    expect(record).toMatchObject({ type: PURGE_RECORD_TYPE, seq: stored.length, prev: stored.at(-1)?.hash });
    expect(await journal.verify()).toMatchObject({ intact: true, count: 2 });
    const next = await journal.append(entry('fresh', '2031-01-01T09:00:00+08:00'));
    expect(next).toMatchObject({ seq: stored.length + 1, prev: record?.hash });
    expect(await journal.verify()).toMatchObject({ intact: true, count: 3 });
  });

  it('refuses to purge a damaged journal, so no evidence is destroyed', async () => {
    const { stored } = await journalWithHistory();
    const damaged = stored.map((e) => (e.seq === 3 ? { ...e, payload: { handoverId: 'changed' } } : e));
    const journal = createJournal({ adapter: createMemoryAdapter(damaged), allowUnknownTypes: true });
    const error = await refusal(journal.purge(NOW, policy));
    expect(error.code).toBe('broken-chain');
    expect(error.problems[0]?.params).toMatchObject({ seq: 3, reason: 'altered' });
    expect(await journal.entries()).toHaveLength(stored.length);
  });

  it('removes nothing dated in a way it cannot read (a record stored under a looser definition)', async () => {
    const { stored } = await journalWithHistory();
    const legacy = stored.map((e) =>
      e.seq === 0 ? { ...e, at: '2026-01-01T09:00:00.1234567891+08:00' } : e,
    );
    expect(planPurge(legacy, NOW, policy).removed).toEqual([]);
    expect(() => planPurgeBefore(legacy, 1, NOW, policy)).toThrow(JournalError);
  });

  it('plans without a journal object too', async () => {
    const { stored } = await journalWithHistory();
    const plan = planPurge(stored, NOW, policy);
    expect(plan.removed.map((e) => e.id).at(-1)).toBe('nov-last');
    expect(plan.checkpoint?.count).toBe(plan.removed.length);
  });
});
