/**
 * The journal tamper suite: REG7-8.5a (記錄不得涂改 — records may never be
 * altered), HOS-4.8 (交接記錄必須保存完好 — handover records are kept intact,
 * none destroyed or overwritten) and REG7-8.5b (only a purge past retention
 * removes records, and it leaves a checkpoint in their place).
 *
 * The journals are written through the engine's own commands — the key
 * register, customer cases, a patrol and a department meeting (payloads with
 * arrays of objects and of text), a handover from open to countersign, a
 * correction by `amend` — one of them purged by the journal's own `purge`, so
 * that it starts at a retention checkpoint and holds the purge's record
 * (`journal.purged`, naming the checkpoint's hash) followed by later
 * entries; the property at the end varies the desk's day, `purge` or
 * `purgeBefore`, and what follows the record, with fast-check. Every tamper is tried on the stored journal (the adapter's
 * contents, `journal.verify()`) and on the exported file (`importJournalJson`,
 * then `verifyJournal` on its entries). What is proved, for those journals:
 *
 * - every single-field change of every entry — each field, the actor, and
 *   recursively every string, number, boolean, object and array of the
 *   payload, changed or removed — is detected at that entry's seq and position;
 * - deleting any entry but the newest is detected at the deleted entry's
 *   position, reported `removed` with the seq of the entry after the gap;
 * - a forged entry inserted at any position is detected: a replayed copy
 *   at the copy (`reordered`, with the seq that position should hold), a
 *   record sealed with a copied hash at its own seq (`altered`), a record
 *   whose forger computed its own hash at the displaced original right
 *   after it (`reordered` at the next seq);
 * - swapping any two adjacent entries is detected `reordered` at the first
 *   seq of the pair; removing the oldest entries without a checkpoint at
 *   the first entry left;
 * - an entry changed and re-hashed on its own is detected at the next seq,
 *   whose `prev` still names the old hash (the purge record too); a purge
 *   checkpoint changed and re-hashed — who purged, when, how many — at its
 *   own seq, `unrecorded-checkpoint`: the purge record names its old hash
 *   (REG7-8.5b);
 * - a purge record deleted as the newest entry, cut away with the tail, or
 *   dropped by a forger who re-chains what follows (the checkpoint rewritten
 *   or not) leaves a checkpoint no purge recorded: `unrecorded-checkpoint` at
 *   the checkpoint, from the entries alone; the newest purge record re-hashed
 *   with another `type` or `payload.checkpoint`, the same.
 *
 * What a hash chain cannot show by itself, and what shows it instead:
 *
 * - a journal cut at any length is a valid journal (a prefix of a chain is
 *   a chain) — unless the cut took a purge record; so is one with a forged
 *   entry appended or its newest entry re-hashed (as the purge record: its
 *   `id`, `at`, `actor` and its copies of `seq`, `fromSeq` and `count`, which
 *   nothing compares). The head kept elsewhere — the seq, hash and count
 *   `verifyJournal` reported, as a portal or a printed handover sheet keeps
 *   it — detects each at the first seq that differs, and so does the head
 *   the export wrote, when the tamperer left it as it was;
 * - a forger who inserts an entry and re-hashes the whole rest of the chain
 *   leaves a valid chain: no chain alone can detect that. The kept head
 *   still does — its seq then holds another hash — but can only say that the
 *   rewrite began at or before it: those are counted detected, not located.
 *   So is a forger who rewrites a purge checkpoint, makes its record name the
 *   new hash and re-chains what follows.
 *
 * Figures for the Reliability page: `tamper.journals`, `tamper.tampers`
 * (tampered copies tried), `tamper.detected` and `tamper.located`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordFigure, runs } from '../testing/reliability-test-helpers.js';
import { AMEND_TYPE, CHECKPOINT_TYPE, GENESIS_PREV, PURGE_RECORD_TYPE, type SealedEntry } from './entry.js';
import {
  adjacentSwaps,
  checkFile,
  checkpointRewrites,
  checkStored,
  deletions,
  deskDayArbitrary,
  exportFile,
  fieldChanges,
  fileText,
  fullDay,
  quietDay,
  generateJournal,
  headCuts,
  headOf,
  inBatches,
  insertions,
  keptHeadOf,
  nodesOf,
  rechainedInsertions,
  recordedCheckpoint,
  rehashedChanges,
  tailCuts,
  type ExportedFile,
  type Finding,
  type KeptHead,
  type PurgeRun,
  type Tamper,
  type TamperKind,
} from './tamper-test-helpers.js';

/** How many tampered copies are checked at once: the digests run off the main thread. */
const BATCH = 64;
/** Three years and some weeks after the sample days: November 2026 is past retention (REG7-8.5b). */
const PURGE_AT = '2029-12-20T10:00:00+08:00';
/** The purge of the fixed tests, with two patrol rounds written after it: its record is not the newest entry. */
const PURGE: PurgeRun = { at: PURGE_AT, later: 2 };
/** The days of the purged journal: November's is purged, December's kept. */
const PURGED_DAYS = [quietDay('2026-11-30', 2, 3), quietDay('2026-12-01')];
/** Time allowed to one test: the everyday size takes a fraction of it, the long fuzz run more. */
const SLOW = 60_000;

/** A journal to tamper with, the head kept of it, and its export. */
interface Subject {
  readonly name: string;
  readonly entries: readonly SealedEntry[];
  readonly kept: KeptHead;
  readonly file: ExportedFile;
}

async function subject(name: string, entries: readonly SealedEntry[]): Promise<Subject> {
  return { name, entries, kept: await keptHeadOf(entries), file: exportFile(entries).file };
}

let fixed: Promise<Subject[]> | undefined;
let fresh: Promise<Subject> | undefined;

/**
 * The two journals of the fixed tests: a December day, and a journal purged
 * after three years and written on (generated once; every tamper copies).
 */
function journals(): Promise<Subject[]> {
  fixed ??= Promise.all([
    generateJournal([fullDay('2026-12-01')]).then((entries) => subject('a December day', entries)),
    generateJournal(PURGED_DAYS, PURGE).then((entries) =>
      subject('a journal purged in December 2029', entries),
    ),
  ]);
  return fixed;
}

/** The same journal as the purge left it, nothing written after: its record is the newest entry. */
function justPurged(): Promise<Subject> {
  fresh ??= generateJournal(PURGED_DAYS, { at: PURGE_AT }).then((entries) =>
    subject('a journal just purged in December 2029', entries),
  );
  return fresh;
}

/** Position of the purge record naming the leading checkpoint. */
function recordIndex(entries: readonly SealedEntry[]): number {
  const at = entries.findIndex((entry) => recordedCheckpoint(entry) === entries[0]?.hash);
  if (at < 1) throw new Error('no record of the purge');
  return at;
}

/** Tampers that rewrite the chain from some entry on: the kept head only says "at or before it". */
const REWRITES: ReadonlySet<TamperKind> = new Set(['inserted-rechained', 'record-rewritten']);

/** What one check of one tampered copy came to; `miss` says what was not as it must be. */
interface Verdict {
  readonly detected: boolean;
  readonly located: boolean;
  readonly miss?: string;
}

/** How a tampered copy is checked. */
type Level = 'stored' | 'file' | 'file, head rewritten';

/** What the tamper suite tried, found and missed in one test. */
class Tally {
  journals = 0;
  tampers = 0;
  detected = 0;
  located = 0;
  readonly misses: string[] = [];

  /** Reports the totals to the Reliability page; once per test. */
  record(): void {
    recordFigure('tamper.journals', this.journals);
    recordFigure('tamper.tampers', this.tampers);
    recordFigure('tamper.detected', this.detected);
    recordFigure('tamper.located', this.located);
  }
}

/**
 * Judges one finding. A tamper the chain can see must break the chain where
 * the tamper says, at both levels. A tamper that leaves a valid chain must
 * leave it valid (the result is itself a journal), and then:
 *
 * - stored: the kept head detects it, at the tamper's seq;
 * - file, head as exported: the import refuses the file because the head
 *   is not the last entry (`journal.import.head-mismatch`), and the head
 *   locates it;
 * - file, head rewritten: the import accepts the file (it is a valid
 *   export), and only the kept head detects it.
 *
 * A chain re-hashed after an insertion, or after a checkpoint and its
 * record were rewritten, is only located "at or before the kept head"
 * (reported as the kept head's seq): see {@link REWRITES}.
 */
function judge(subject: Subject, tamper: Tamper, level: Level, finding: Finding): Verdict {
  const { chain, kept, refused } = finding;
  const expected = tamper.chain;
  if (expected !== undefined) {
    if (chain.intact) return { detected: false, located: false, miss: 'NOT DETECTED, the chain verifies' };
    const located =
      chain.seq === expected.seq &&
      chain.index === expected.index &&
      (expected.reasons === undefined || expected.reasons.includes(chain.reason));
    const wanted = `${expected.reasons?.join(' or ') ?? 'a break'} at seq ${expected.seq} (position ${expected.index})`;
    return located
      ? { detected: true, located }
      : {
          detected: true,
          located,
          miss: `mislocated: ${chain.reason} at seq ${chain.seq} (position ${chain.index}), expected ${wanted}`,
        };
  }
  // Found, but not the way the tamper says it must be: the expectation is wrong, or the code changed.
  const unexpected = (miss: string): Verdict => ({ detected: true, located: false, miss });
  if (!chain.intact) return unexpected(`expected a valid chain, got ${chain.reason} at seq ${chain.seq}`);
  if (level === 'file') {
    if (refused?.some((p) => p.code === 'journal.import.head-mismatch' && p.path[0] === 'head') !== true) {
      return { detected: false, located: false, miss: 'NOT DETECTED, the import did not refuse the head' };
    }
  } else {
    if (refused !== undefined) {
      return unexpected(`the import refused: ${refused.map((p) => p.code).join(', ')}`);
    }
    if (kept === undefined) {
      return { detected: false, located: false, miss: 'NOT DETECTED, not even against the kept head' };
    }
  }
  if (REWRITES.has(tamper.kind)) {
    // Only "the rewrite began at or before the kept head" can be said.
    return kept?.how === 'rewritten' && kept.seq === subject.kept.seq
      ? { detected: true, located: kept.seq === tamper.seq }
      : {
          detected: true,
          located: false,
          miss: `expected "rewritten at or before seq ${subject.kept.seq}", got ${JSON.stringify(kept)}`,
        };
  }
  return kept?.seq === tamper.seq
    ? { detected: true, located: true }
    : {
        detected: true,
        located: false,
        miss: `mislocated: ${JSON.stringify(kept)} against the head, expected seq ${tamper.seq}`,
      };
}

/** Checks every tamper of a subject at one level, a batch at a time. */
async function check(
  tally: Tally,
  subject: Subject,
  tampers: readonly Tamper[],
  level: Level,
): Promise<void> {
  const findings = await inBatches(tampers, BATCH, (tamper) =>
    level === 'stored'
      ? checkStored(tamper, subject.kept)
      : checkFile(tamper, subject.file, subject.kept, level === 'file' ? undefined : headOf(tamper.entries)),
  );
  findings.forEach((finding, index) => {
    const tamper = tampers[index];
    if (tamper === undefined) return;
    const verdict = judge(subject, tamper, level, finding);
    tally.tampers += 1;
    if (verdict.detected) tally.detected += 1;
    if (verdict.located) tally.located += 1;
    if (verdict.miss !== undefined)
      tally.misses.push(`${subject.name}, ${level}: ${tamper.label}: ${verdict.miss}`);
  });
}

/**
 * Checks tampers on the stored journal and in the exported file, then in a file
 * whose head the tamperer rewrote too: only the tampers the chain alone cannot
 * see (`unbroken`, the default), or all of them.
 */
async function checkEveryLevel(
  tally: Tally,
  subject: Subject,
  tampers: readonly Tamper[],
  underRewrittenHead: 'unbroken' | 'all' = 'unbroken',
): Promise<void> {
  await check(tally, subject, tampers, 'stored');
  await check(tally, subject, tampers, 'file');
  const rest = underRewrittenHead === 'all' ? tampers : tampers.filter((t) => t.chain === undefined);
  await check(tally, subject, rest, 'file, head rewritten');
}

/**
 * Records the figures, then asserts that every tamper was detected and found
 * where it must be (all of them unless `located` says how many can be),
 * and that as many copies were tried as the enumeration promises.
 */
function conclude(
  tally: Tally,
  tried: { readonly exactly: number } | { readonly atLeast: number },
  { located = tally.tampers } = {},
): void {
  tally.record();
  expect(tally.misses).toEqual([]);
  expect(tally.detected).toBe(tally.tampers);
  expect(tally.located).toBe(located);
  if ('exactly' in tried) expect(tally.tampers).toBe(tried.exactly);
  else expect(tally.tampers).toBeGreaterThanOrEqual(tried.atLeast);
}

/** The sum of `count` over the journals: of their lengths, and of their records (entries but a checkpoint). */
function total(subjects: readonly Subject[], count: (n: number, records: number) => number): number {
  return subjects.reduce(
    (sum, s) =>
      sum + count(s.entries.length, s.entries.filter((entry) => entry.type !== CHECKPOINT_TYPE).length),
    0,
  );
}

describe('the journals tampered with', () => {
  it('are written by the engine: varied entry types, arrays, an amend; one starts at a retention checkpoint (REG7-8.5b)', async () => {
    const [december, purged] = await journals();
    if (december === undefined || purged === undefined) throw new Error('two journals expected');
    for (const { entries, kept, file } of [december, purged]) {
      expect(entries.length).toBeGreaterThanOrEqual(25);
      expect(kept).toMatchObject({ count: entries.length, seq: entries[entries.length - 1]?.seq });
      // The helpers rebuild the export byte for byte: the tampered files differ only where tampered.
      expect(fileText(file, entries)).toBe(exportFile(entries).text);
    }
    expect(december.entries.length).toBeGreaterThanOrEqual(40);
    const types = new Set(december.entries.map((entry) => entry.type));
    expect(types.size).toBeGreaterThanOrEqual(20);
    expect([...types]).toEqual(
      expect.arrayContaining([
        'keys.area-issued',
        'keys.room-lent',
        'case.intake',
        'patrol.recorded',
        'meeting.held',
        'handover.opened',
        'handover.signed',
        'handover.countersigned',
        AMEND_TYPE,
      ]),
    );
    expect(december.entries[0]?.prev).toBe(GENESIS_PREV);
    expect(purged.entries[0]).toMatchObject({ type: CHECKPOINT_TYPE, payload: { fromSeq: 0 } });
    expect(purged.entries[1]?.seq).toBe((purged.entries[0]?.seq ?? 0) + 1);
    expect(purged.entries.some((entry) => entry.type === AMEND_TYPE)).toBe(true);
    // The purge recorded itself (once), naming the checkpoint; two patrol rounds follow the record.
    const checkpoint = purged.entries[0];
    const at = recordIndex(purged.entries);
    expect(purged.entries.filter((entry) => entry.type === PURGE_RECORD_TYPE)).toHaveLength(1);
    expect(purged.entries[at]).toMatchObject({
      at: PURGE_AT,
      prev: purged.entries[at - 1]?.hash,
      payload: {
        checkpoint: checkpoint?.hash,
        seq: checkpoint?.seq,
        fromSeq: 0,
        count: (checkpoint?.payload as { count?: unknown } | undefined)?.count,
      },
    });
    expect(purged.entries.slice(at + 1).map((entry) => entry.type)).toEqual([
      'patrol.recorded',
      'patrol.recorded',
    ]);
    // As the purge left it, the record is the newest entry.
    const fresh = await justPurged();
    expect(fresh.entries).toEqual(purged.entries.slice(0, at + 1));
    expect(fresh.kept).toMatchObject({ seq: purged.entries[at]?.seq, hash: purged.entries[at]?.hash });
  });
});

describe('REG7-8.5a 記錄不得涂改: no record can be altered unnoticed', () => {
  it(
    'REG7-8.5a: every single-field change to a stored entry — every field, the actor, every string, number, boolean, object and array of the payload — is detected at that entry’s seq',
    async () => {
      const tally = new Tally();
      const subjects = await journals();
      tally.journals += subjects.length;
      for (const s of subjects) {
        const tampers = fieldChanges(s.entries, { subtle: true });
        // Every field of every entry is reached, and every kind of value.
        for (const entry of s.entries) {
          const fields = new Set(tampers.filter((t) => t.seq === entry.seq).map((t) => t.path?.[0]));
          expect([...fields]).toEqual(
            expect.arrayContaining(['seq', 'id', 'at', 'actor', 'type', 'payload', 'prev', 'hash']),
          );
        }
        const kinds = new Set(
          s.entries.flatMap((entry) =>
            nodesOf(entry.payload).map(({ value }) =>
              Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value,
            ),
          ),
        );
        expect([...kinds]).toEqual(
          expect.arrayContaining(['string', 'number', 'boolean', 'object', 'array']),
        );
        await check(tally, s, tampers, 'stored');
      }
      conclude(tally, { atLeast: total(subjects, (n) => 30 * n) });
    },
    SLOW,
  );

  it(
    'REG7-8.5a: every field of every entry changed or removed in the exported file is detected on import at that entry’s seq',
    async () => {
      const tally = new Tally();
      const subjects = await journals();
      tally.journals += subjects.length;
      for (const s of subjects) await check(tally, s, fieldChanges(s.entries), 'file');
      conclude(tally, { atLeast: total(subjects, (n) => 20 * n) });
    },
    SLOW,
  );

  it(
    'REG7-8.5a: an entry changed and re-hashed on its own is detected at the next seq, whose link still names the old hash; the newest one against the kept head',
    async () => {
      const tally = new Tally();
      const subjects = await journals();
      tally.journals += subjects.length;
      for (const s of subjects) {
        // Every record but a leading checkpoint (see the REG7-8.5b test below).
        const indexes = s.entries.flatMap((entry, index) => (entry.type === CHECKPOINT_TYPE ? [] : [index]));
        const tampers = await rehashedChanges(s.entries, indexes);
        await check(tally, s, tampers, 'stored');
        await check(tally, s, tampers, 'file');
        const newest = tampers.filter((t) => t.chain === undefined);
        expect(newest.length).toBeGreaterThan(0);
        await check(tally, s, newest, 'file, head rewritten');
      }
      // Five content fields (id, at, actor, type, payload) of every record, stored and exported; the newest also under a rewritten head.
      conclude(tally, { exactly: total(subjects, (_, records) => 10 * records + 5) });
    },
    SLOW,
  );

  it(
    'REG7-8.5a: a forged entry inserted at any position is detected — a replayed copy or a copied hash where it stands, a forger’s own hash at the displaced entry after it; appended at the end only against the kept head or the export’s head',
    async () => {
      const tally = new Tally();
      const subjects = await journals();
      tally.journals += subjects.length;
      for (const s of subjects) {
        const tampers = await insertions(s.entries);
        expect(tampers).toHaveLength(3 * s.entries.length + 2);
        await checkEveryLevel(tally, s, tampers);
      }
      // Replayed (n), copied hash (n + 1), own hash (n + 1), stored and exported; appended at the end also under a rewritten head.
      conclude(tally, { exactly: total(subjects, (n) => 6 * n + 5) });
    },
    SLOW,
  );

  it(
    'REG7-8.5a: a forger who inserts an entry and re-hashes the whole rest of the chain cannot be detected by a chain alone; against the kept head it is detected, located only as “at or before the kept head”',
    async () => {
      const tally = new Tally();
      const subjects = await journals();
      tally.journals += subjects.length;
      for (const s of subjects) {
        // `judge` asserts that each is a valid chain and, under a rewritten head, a valid export
        // (except before a checkpoint, where a record cannot start a journal).
        const tampers = await rechainedInsertions(s.entries);
        await checkEveryLevel(tally, s, tampers);
      }
      // Every position, stored, exported, and under a rewritten head (not before a checkpoint).
      // Located: only an entry forged at the last position, which takes the kept head's own seq
      // (three checks, two journals), and one before the checkpoint, where the chain breaks at once
      // (stored and exported).
      conclude(tally, { exactly: total(subjects, (n) => 3 * n) - 1 }, { located: 8 });
    },
    SLOW,
  );
});

describe('HOS-4.8 交接記錄必須保存完好: no record can be destroyed, moved or cut unnoticed', () => {
  it(
    'HOS-4.8: deleting any entry is detected where it stood, reported “removed” with the seq after the gap; the newest one against the kept head or the export’s head',
    async () => {
      const tally = new Tally();
      const subjects = await journals();
      tally.journals += subjects.length;
      for (const s of subjects) {
        const tampers = deletions(s.entries);
        await checkEveryLevel(tally, s, tampers);
      }
      conclude(tally, { exactly: total(subjects, (n) => 2 * n + 1) });
    },
    SLOW,
  );

  it(
    'HOS-4.8: swapping any two adjacent entries is detected as “reordered” at the first seq of the pair',
    async () => {
      const tally = new Tally();
      const subjects = await journals();
      tally.journals += subjects.length;
      for (const s of subjects) {
        const tampers = adjacentSwaps(s.entries);
        await check(tally, s, tampers, 'stored');
        await check(tally, s, tampers, 'file');
      }
      conclude(tally, { exactly: total(subjects, (n) => 2 * (n - 1)) });
    },
    SLOW,
  );

  it(
    'HOS-4.8: a journal cut at every length — an unanchored prefix is itself a valid journal; against the kept head, or the head the export wrote, the cut is detected at the first missing seq',
    async () => {
      const tally = new Tally();
      const subjects = await journals();
      tally.journals += subjects.length;
      for (const s of subjects) {
        const tampers = tailCuts(s.entries);
        expect(tampers.map((t) => t.entries.length)).toEqual(s.entries.map((_, length) => length));
        await checkEveryLevel(tally, s, tampers, 'all');
      }
      conclude(tally, { exactly: total(subjects, (n) => 3 * n) });
    },
    SLOW,
  );

  it(
    'REG7-8.5b: removing the oldest entries without the checkpoint a purge leaves is detected at the first entry left',
    async () => {
      const tally = new Tally();
      const subjects = await journals();
      tally.journals += subjects.length;
      for (const s of subjects) {
        const tampers = headCuts(s.entries);
        await check(tally, s, tampers, 'stored');
        await check(tally, s, tampers, 'file');
      }
      conclude(tally, { exactly: total(subjects, (n) => 2 * (n - 1)) });
    },
    SLOW,
  );
});

describe('REG7-8.5b: the record of a purge', () => {
  it(
    'REG7-8.5b: a purge checkpoint changed and re-hashed — who purged, when, how many — is detected at its seq: unrecorded-checkpoint, as the purge record names its old hash',
    async () => {
      const tally = new Tally();
      const [, purged] = await journals();
      if (purged === undefined) throw new Error('the purged journal is missing');
      tally.journals += 1;
      const tampers = await rehashedChanges(purged.entries, [0], true);
      const seq = purged.entries[0]?.seq;
      expect(tampers.every((t) => t.chain?.seq === seq && t.chain?.index === 0)).toBe(true);
      // Value by value, what the checkpoint re-hashed must be reported as.
      expect(Object.fromEntries(tampers.map((t) => [t.path?.join('.'), t.chain?.reasons]))).toEqual({
        // Consistent with itself, but no purge recorded this hash (these went unnoticed before the record).
        id: ['unrecorded-checkpoint'],
        at: ['unrecorded-checkpoint'],
        'actor.staffId': ['unrecorded-checkpoint'],
        'payload.at': ['unrecorded-checkpoint'],
        'payload.count': ['unrecorded-checkpoint'],
        'payload.fromSeq': ['unrecorded-checkpoint'],
        // It contradicts the seq it stands at, or the link the entries after it continue.
        'payload.seq': ['forged-link'],
        'payload.hash': ['forged-link'],
        // No longer a checkpoint: the journal starts neither at its genesis nor at a checkpoint.
        type: ['removed'],
      });
      await check(tally, purged, tampers, 'stored');
      await check(tally, purged, tampers, 'file');
      // id, at, actor.staffId, type and the five payload fields, stored and exported.
      conclude(tally, { exactly: 18 });
    },
    SLOW,
  );

  it(
    'REG7-8.5b: the purge record deleted as the newest entry, cut away with the tail, or dropped by a forger who re-chains what follows (the checkpoint rewritten or not) is detected at the checkpoint, from the entries alone',
    async () => {
      const tally = new Tally();
      const [, purged] = await journals();
      if (purged === undefined) throw new Error('the purged journal is missing');
      const fresh = await justPurged();
      tally.journals += 2;
      const unrecorded = { seq: purged.entries[0]?.seq, index: 0, reasons: ['unrecorded-checkpoint'] };
      const dropped = async (s: Subject) =>
        (await checkpointRewrites(s.entries)).filter((t) => t.kind === 'record-dropped');
      const cases: [Subject, Tamper[]][] = [
        // Just purged, the record is the newest entry: deleting it breaks no link.
        [fresh, [...deletions(fresh.entries).slice(-1), ...(await dropped(fresh))]],
        // Written on: every cut that leaves the checkpoint but not the record.
        [
          purged,
          [...tailCuts(purged.entries).slice(1, recordIndex(purged.entries) + 1), ...(await dropped(purged))],
        ],
      ];
      for (const [s, tampers] of cases) {
        // The checkpoint as it was, and each of six values a consistent checkpoint can take.
        expect(tampers.filter((t) => t.kind === 'record-dropped')).toHaveLength(7);
        for (const tamper of tampers) expect(tamper.chain).toEqual(unrecorded);
        await checkEveryLevel(tally, s, tampers, 'all');
      }
      // Fresh: the deletion and 7 drops; written on: a cut after each of the checkpoint and the kept entries, and 7 drops; three checks each.
      conclude(tally, { exactly: 3 * (8 + recordIndex(purged.entries) + 7) });
    },
    SLOW,
  );

  it(
    'REG7-8.5b: the purge record changed in place is detected at it; changed and re-hashed, at the entry after it (forged-link) or, as the newest entry, at the checkpoint when it no longer names it — its other fields only against the kept head',
    async () => {
      const tally = new Tally();
      const [, purged] = await journals();
      if (purged === undefined) throw new Error('the purged journal is missing');
      const fresh = await justPurged();
      tally.journals += 2;
      const head = new Set<string | undefined>();
      for (const s of [purged, fresh]) {
        const at = recordIndex(s.entries);
        const record = s.entries[at];
        const next = s.entries[at + 1];
        // In place: its own hash no longer matches (`fieldChanges` expects altered or malformed at the record).
        const changed = fieldChanges(s.entries, { subtle: true, indexes: [at] });
        expect(changed.every((t) => t.chain?.seq === record?.seq && t.chain?.index === at)).toBe(true);
        const rehashed = await rehashedChanges(s.entries, [at], true);
        // id, at, actor.staffId, type, and the payload's checkpoint, seq, fromSeq and count.
        expect(rehashed).toHaveLength(8);
        for (const tamper of rehashed) {
          if (next !== undefined) {
            // Chained like any entry: the next entry's `prev` names its old hash.
            expect(tamper.chain).toEqual({ seq: next.seq, index: at + 1, reasons: ['forged-link'] });
          } else if (tamper.chain === undefined) {
            head.add(tamper.path?.join('.'));
          } else {
            // The newest: it no longer names the checkpoint, which no purge now records.
            expect(tamper.chain).toEqual({
              seq: s.entries[0]?.seq,
              index: 0,
              reasons: ['unrecorded-checkpoint'],
            });
            expect([
              'type',
              'payload.checkpoint',
              'payload.seq',
              'payload.fromSeq',
              'payload.count',
            ]).toContain(tamper.path?.join('.'));
          }
        }
        const tampers = [...changed, ...rehashed];
        await checkEveryLevel(tally, s, tampers);
      }
      // What nothing compares with the checkpoint: shown only by the kept head (or the export's head).
      // (Its copies of the checkpoint's seq, first seq and count are compared: see above.)
      expect([...head].sort()).toEqual(['actor.staffId', 'at', 'id'].sort());
      const inPlace = (s: Subject) =>
        fieldChanges(s.entries, { subtle: true, indexes: [recordIndex(s.entries)] }).length;
      // In place and re-hashed, stored and exported, for both; the three only the head shows, also under a rewritten head.
      conclude(tally, { exactly: 2 * (inPlace(purged) + inPlace(fresh)) + 2 * 2 * 8 + 3 });
    },
    SLOW,
  );

  it(
    'REG7-8.5b: a forger who rewrites the checkpoint, makes its record name the new hash and re-chains what follows leaves a valid chain: only the kept head detects it, located only as “at or before the kept head”',
    async () => {
      const tally = new Tally();
      const [, purged] = await journals();
      if (purged === undefined) throw new Error('the purged journal is missing');
      const fresh = await justPurged();
      tally.journals += 2;
      for (const s of [purged, fresh]) {
        const tampers = (await checkpointRewrites(s.entries)).filter((t) => t.kind === 'record-rewritten');
        // id, at, actor.staffId, payload.at, payload.count, payload.fromSeq: each a consistent checkpoint.
        expect(tampers).toHaveLength(6);
        await checkEveryLevel(tally, s, tampers, 'all');
      }
      // The rewrite began at the checkpoint, not at the kept head: detected, never located.
      conclude(tally, { exactly: 2 * 6 * 3 }, { located: 0 });
    },
    SLOW,
  );
});

/** The smallest desk day writes 27 entries: `purgeBefore` any seq up to it removes November's entries only. */
const SMALLEST_DAY = 27;

/**
 * Not purged, or purged — by `purge` (whole months) or `purgeBefore` (any
 * prefix of November's entries) — with 0 to 2 rounds written after the record.
 */
function purgeArbitrary(): fc.Arbitrary<PurgeRun | undefined> {
  return fc.option(
    fc
      .record({
        before: fc.option(fc.integer({ min: 1, max: SMALLEST_DAY }), { nil: undefined }),
        later: fc.integer({ min: 0, max: 2 }),
      })
      .map(({ before, later }): PurgeRun =>
        before === undefined ? { at: PURGE_AT, later } : { at: PURGE_AT, beforeSeq: before, later },
      ),
    { nil: undefined },
  );
}

describe('desk days varied by fast-check', () => {
  it(
    'REG7-8.5a, HOS-4.8, REG7-8.5b: for any generated day, purged or not, every deletion, insertion, swap and cut of the stored journal, every field change of an entry picked at random, and every rewrite of a purge checkpoint and its record, is detected and located',
    async () => {
      const tally = new Tally();
      const scenario = fc.record({ day: deskDayArbitrary(), purge: purgeArbitrary(), pick: fc.nat() });
      try {
        await fc.assert(
          fc.asyncProperty(scenario, async ({ day, purge, pick }) => {
            const november = { ...day, day: day.day.replace('2026-12', '2026-11') };
            const entries = await generateJournal(purge === undefined ? [day] : [november, day], purge);
            const how =
              purge === undefined
                ? ''
                : ` (${purge.beforeSeq === undefined ? 'purged' : `purged before seq ${purge.beforeSeq}`}, ${purge.later ?? 0} later)`;
            const s = await subject(`${day.day}${how}`, entries);
            tally.journals += 1;
            const before = tally.misses.length;
            const index = pick % entries.length;
            // The purge's checkpoint and record: every value re-hashed, and rewritten together.
            const purged =
              purge === undefined
                ? []
                : [
                    ...(await rehashedChanges(entries, [0, recordIndex(entries)], true)),
                    ...(await checkpointRewrites(entries)),
                  ];
            const tampers = [
              ...fieldChanges(entries, { subtle: true, indexes: [index] }),
              // A leading checkpoint too: re-hashed, it is now found (see the REG7-8.5b tests).
              ...(await rehashedChanges(entries, [index])),
              ...purged,
              ...deletions(entries),
              ...(await insertions(entries)),
              ...adjacentSwaps(entries),
              ...tailCuts(entries),
              ...headCuts(entries),
            ];
            await check(tally, s, tampers, 'stored');
            // Fails the property with this day's misses in fast-check's report.
            const misses = tally.misses.slice(before);
            if (misses.length > 0) throw new Error(`${misses.length} missed:\n${misses.join('\n')}`);
          }),
          // One failing day is enough to report: no shrinking, so the figures count each day once.
          { numRuns: runs(4), endOnFailure: true, includeErrorInReport: true },
        );
      } finally {
        tally.record();
      }
      expect(tally.misses).toEqual([]);
      expect(tally.detected).toBe(tally.tampers);
    },
    SLOW,
  );
});
