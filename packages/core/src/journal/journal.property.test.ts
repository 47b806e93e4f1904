/**
 * Properties of the journal (REG7-8.5a, REG7-8.5b, HOS-4.8) over random
 * input: `append`, `appendMany` and `amend` refuse with nothing but a
 * `JournalError` (every problem with a path and a message in every locale)
 * and a refusal writes nothing; two journal objects on one store (two tabs),
 * each keeping its own incremental view, decide every append as a journal
 * that reads the whole store afresh would, and the chain stays intact;
 * `verifyJournal` never throws on any list; `canonicalize` refuses only with
 * a `CanonicalError` and does not depend on key order; retention refuses only
 * with a `JournalError`; an export reads back as written.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  expectProblem,
  expectProblems,
  expectTypedOrNothing,
  hostileValue,
  instantLike,
  instantOutsideRange,
  oddNumber,
  oddText,
  realInstant,
  rejectedBy,
  rethrow,
  thrownBy,
  yearOutsideRange,
} from '../testing/arbitraries-test-helpers.js';
import { runs } from '../testing/reliability-test-helpers.js';
import { correctedPayload } from './amend.js';
import { canonicalize, CanonicalError } from './canonical.js';
import { InstantSchema, type Actor, type SealedEntry, type UnsealedEntry } from './entry.js';
import { instantRefusal, parseInstant } from '../time/parse-instant.js';
import { JournalError } from './errors.js';
import { exportJournalJson } from './export-json.js';
import { importJournalJson } from './import-json.js';
import { createJournal, type Journal } from './journal.js';
import type { JsonObject, JsonValue } from './json.js';
import { createMemoryAdapter } from './memory-adapter.js';
import { planPurge, planPurgeBefore, retentionWindow, type RetentionPolicy } from './retention.js';
import { verifyJournal } from './verify.js';

const ACTOR: Actor = { staffId: 'S-101', name: '陳美玲' };
const RETENTION: RetentionPolicy = {
  timeZone: 'Asia/Shanghai',
  records: { retentionYears: 3, archiveCadence: 'monthly' },
};

/** An entry a desk would append: a few ids (so some repeat), real times, small JSON payloads. */
const goodEntry: fc.Arbitrary<UnsealedEntry> = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
  at: fc
    .integer({ min: 0, max: 600 })
    .map((minutes) => new Date(Date.UTC(2026, 11, 1, 0, minutes)).toISOString()),
  actor: fc.constant(ACTOR),
  type: fc.constantFrom('handover.opened', 'case.intake', 'keys.room-lent'),
  payload: fc.jsonValue({ maxDepth: 2 }),
});

/** An entry a broken client might send: any field hostile, or the whole thing. */
const badEntry: fc.Arbitrary<unknown> = fc.oneof(
  hostileValue,
  fc.record(
    {
      id: fc.oneof(oddText, hostileValue),
      at: fc.oneof(instantLike, oddText, hostileValue),
      actor: fc.oneof(fc.constant(ACTOR), fc.record({ staffId: oddText }), hostileValue),
      type: fc.oneof(
        fc.constantFrom('journal.amend', 'journal.checkpoint', 'Bad.Type', 'handover.opened'),
        oddText,
      ),
      payload: hostileValue,
      extra: hostileValue,
    },
    { requiredKeys: [] },
  ),
);

function journalOn(adapter = createMemoryAdapter()): Journal {
  return createJournal({ adapter, allowUnknownTypes: true });
}

/** The outcome of an operation as data: the code of the JournalError, or `ok`. */
async function outcomeOf(run: () => Promise<unknown>): Promise<string> {
  const error = await rejectedBy(run);
  if (error === undefined) return 'ok';
  if (!(error instanceof JournalError)) rethrow(error);
  expectProblems(error.problems);
  return error.code;
}

describe('append: only a JournalError, and nothing written on refusal (REG7-8.5a)', () => {
  it('refuses any malformed entry with a JournalError and leaves the journal as it was', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(goodEntry, { maxLength: 3 }), badEntry, async (before, entry) => {
        const journal = journalOn();
        for (const good of before) await outcomeOf(() => journal.append(good));
        const stored = await journal.entries();
        const outcome = await outcomeOf(() => journal.append(entry as UnsealedEntry));
        if (outcome !== 'ok') expect(await journal.entries()).toEqual(stored);
        expect(await journal.verify()).toMatchObject({ intact: true });
      }),
      { numRuns: runs(150) },
    );
  });

  it('stores a batch all or none, whatever it holds', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof({ arbitrary: goodEntry, weight: 4 }, badEntry), { maxLength: 5 }),
        async (batch) => {
          const journal = journalOn();
          const outcome = await outcomeOf(() => journal.appendMany(batch as UnsealedEntry[]));
          expect((await journal.entries()).length).toBe(outcome === 'ok' ? batch.length : 0);
        },
      ),
      { numRuns: runs(100) },
    );
  });

  it('records a correction of any content as a new entry, or refuses it with a JournalError', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom('a', 'b', 'missing'), oddText),
        fc.dictionary(fc.string({ maxLength: 6 }), hostileValue, { maxKeys: 3 }),
        fc.oneof(fc.constant('更正筆誤'), oddText),
        fc.oneof(realInstant, instantLike),
        async (originalId, correction, reason, at) => {
          const journal = journalOn();
          await journal.append({
            id: 'a',
            at: '2025-01-01T00:00:00Z',
            actor: ACTOR,
            type: 'case.intake',
            payload: { caseId: 'c-1' },
          });
          const before = await journal.entries();
          const outcome = await outcomeOf(() => journal.amend(originalId, correction, ACTOR, at, reason));
          const after = await journal.entries();
          expect(after.slice(0, before.length)).toEqual(before);
          expect(after.length).toBe(before.length + (outcome === 'ok' ? 1 : 0));
          if (outcome === 'ok') {
            const [original] = after;
            expect(original === undefined ? undefined : correctedPayload(original, after)).toMatchObject({
              caseId: 'c-1',
            });
          }
        },
      ),
      { numRuns: runs(100) },
    );
  });
});

describe('two journals on one store (two tabs): the incremental view decides as a fresh read would', () => {
  it('refuses and accepts each append exactly as a journal that reads the whole store, and the chain stays intact', async () => {
    const step = fc.record({ tab: fc.nat(1), entry: goodEntry });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        const adapter = createMemoryAdapter();
        const tabs = [journalOn(adapter), journalOn(adapter)];
        for (const { tab, entry } of steps) {
          // A journal made now has no view yet: it reads everything stored.
          const fresh = journalOn(createMemoryAdapter(await adapter.read(0)));
          const expected = await outcomeOf(() => fresh.append(entry));
          const actual = await outcomeOf(() => (tabs[tab] ?? journalOn(adapter)).append(entry));
          expect(actual).toBe(expected);
        }
        const all = await adapter.read(0);
        expect(await verifyJournal(all)).toMatchObject({ intact: true, count: all.length });
      }),
      { numRuns: runs(60) },
    );
  });
});

describe('verifyJournal: a verdict for any list, never an exception', () => {
  it('returns intact or the first break, with the break as a problem in every language', async () => {
    const journal = journalOn();
    await journal.appendMany([
      { id: 'a', at: '2026-12-01T08:00:00+08:00', actor: ACTOR, type: 'handover.opened', payload: { n: 1 } },
      { id: 'b', at: '2026-12-01T08:05:00+08:00', actor: ACTOR, type: 'handover.arrived', payload: { n: 2 } },
      { id: 'c', at: '2026-12-01T08:10:00+08:00', actor: ACTOR, type: 'handover.signed', payload: { n: 3 } },
    ]);
    const good = await journal.entries();
    const tampered = fc.oneof(
      fc.array(hostileValue, { maxLength: 4 }),
      fc
        .tuple(
          fc.nat(good.length - 1),
          fc.constantFrom('seq', 'id', 'at', 'actor', 'type', 'payload', 'prev', 'hash', 'extra'),
          hostileValue,
        )
        .map(([index, field, value]) =>
          good.map((entry, i) => (i === index ? { ...entry, [field]: value } : entry)),
        ),
      fc.shuffledSubarray(good),
    );
    await fc.assert(
      fc.asyncProperty(tampered, async (entries) => {
        const result = await verifyJournal(entries);
        if (result.intact) {
          expect(result.count).toBe(entries.length);
          return;
        }
        expect(result.index).toBeGreaterThanOrEqual(0);
        expect(result.index).toBeLessThan(entries.length);
        expectProblem(result.detail);
        for (const p of result.problems) expectProblem(p);
        // The same list gives the same verdict.
        expect(await verifyJournal(entries)).toEqual(result);
      }),
      { numRuns: runs(150) },
    );
  });
});

describe('instants (HOR-1.1)', () => {
  it('an instant the journal accepts is one every reader can read', () => {
    fc.assert(
      fc.property(fc.oneof(instantLike, realInstant, oddText), (text) => {
        const checked = InstantSchema.safeParse(text);
        // One definition: the journal accepts exactly what parseInstant reads.
        expect(checked.success, text).toBe(parseInstant(text) !== undefined);
        // A year outside 2000–2999 is refused, and the message says why.
        if (yearOutsideRange(text)) {
          expect(
            checked.error?.issues.map((issue) => issue.message),
            text,
          ).toEqual(
            instantRefusal(text) === 'range' ? ['journal.range.instant'] : ['journal.format.instant'],
          );
        }
      }),
      {
        numRuns: runs(300),
        examples: [
          ['2026-12-01T10:00:00.1234567891Z'],
          ['0001-01-01T00:00:00Z'],
          ['9999-12-31T23:59:59-23:59'],
        ],
      },
    );
  });
});

describe('canonicalize: one spelling per JSON value', () => {
  it('reads back as the value, whatever the order its keys were written in', () => {
    const value = fc.jsonValue({ maxDepth: 3 });
    fc.assert(
      fc.property(value, fc.nat(), (json, seed) => {
        const text = canonicalize(json);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(json)));
        expect(canonicalize(reorderKeys(json as JsonValue, seed))).toBe(text);
      }),
      { numRuns: runs(200) },
    );
  });

  it('refuses anything that is not JSON with a CanonicalError naming where it is', () => {
    fc.assert(
      fc.property(hostileValue, (value) => {
        const error = thrownBy(() => canonicalize(value));
        if (error === undefined) return;
        if (!(error instanceof CanonicalError)) rethrow(error);
        expect(Array.isArray(error.path)).toBe(true);
        expect(error.kind.length).toBeGreaterThan(0);
      }),
      { numRuns: runs(300) },
    );
  });
});

describe('retention (REG7-8.5b): only a JournalError, whatever the moment', () => {
  const entries = fc
    .array(fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2026, 11, 31) }), { maxLength: 8 })
    .map((times) =>
      [...times]
        .sort((a, b) => a - b)
        .map((ms, seq): SealedEntry => ({
          seq,
          id: `e-${seq}`,
          at: new Date(ms).toISOString(),
          actor: ACTOR,
          type: 'case.intake',
          payload: {},
          prev: '0'.repeat(64),
          hash: 'f'.repeat(64),
        })),
    );
  const now = fc.oneof(realInstant, instantLike, oddText, oddNumber, fc.date({ noInvalidDate: false }));

  it('computes a window or refuses the moment with a JournalError', () => {
    fc.assert(
      fc.property(now, (moment) => {
        const error = thrownBy(() => retentionWindow(moment, RETENTION));
        expectTypedOrNothing(error, JournalError);
        // A moment outside the years 2000–2999 is refused, whatever its form.
        const outside = typeof moment === 'string' ? yearOutsideRange(moment) : instantOutsideRange(moment);
        if (outside) expect(error, String(moment)).toBeInstanceOf(JournalError);
      }),
      {
        numRuns: runs(200),
        examples: [[Number.NaN], [8.64e15], [new Date(Number.NaN)], ['0001-01-01T00:00:00Z']],
      },
    );
  });

  it('plans a purge that removes only records past retention, or refuses with a JournalError', () => {
    fc.assert(
      fc.property(
        entries,
        realInstant,
        fc.oneof(fc.integer({ min: -2, max: 10 }), oddNumber),
        (list, moment, before) => {
          const plan = planPurge(list, moment, RETENTION);
          const boundary = Date.parse(plan.window.boundary);
          for (const entry of plan.removed) expect(Date.parse(entry.at)).toBeLessThan(boundary);
          const error = thrownBy(() => planPurgeBefore(list, before, moment, RETENTION));
          expectTypedOrNothing(error, JournalError);
          if (error instanceof JournalError) expect(error.code).toBe('retention');
        },
      ),
      { numRuns: runs(150) },
    );
  });
});

describe('export and import', () => {
  it('reads an export back exactly as written, whatever the entries hold', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(goodEntry, { maxLength: 6 }), async (batch) => {
        const journal = journalOn();
        for (const entry of batch) await outcomeOf(() => journal.append(entry));
        const entries = await journal.entries();
        const text = exportJournalJson(entries, { exportedAt: '2026-12-31T23:59:00+08:00' });
        const result = importJournalJson(text);
        expect(result.ok).toBe(true);
        // As JSON writes them: -0 has no JSON spelling of its own (the hash covers it as 0).
        if (result.ok) expect(result.document.entries).toEqual(JSON.parse(JSON.stringify(entries)));
      }),
      { numRuns: runs(60) },
    );
  });
});

/** The same JSON value with every object's keys written in another order. */
function reorderKeys(value: JsonValue, seed: number): JsonValue {
  if (isJsonList(value)) return value.map((item, i) => reorderKeys(item, seed + i));
  if (value === null || typeof value !== 'object') return value;
  const object: JsonObject = value;
  const keys = Object.keys(object);
  const rotated = keys.map((_, i) => keys[(i + seed) % keys.length] ?? '').reverse();
  const out: Record<string, JsonValue> = {};
  for (const key of rotated) {
    const child = object[key];
    if (child !== undefined)
      Object.defineProperty(out, key, {
        value: reorderKeys(child, seed + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return out;
}

function isJsonList(value: JsonValue): value is readonly JsonValue[] {
  return Array.isArray(value);
}
