/**
 * Properties of the key register (CSD-9.1.1, CSD-9.1.2) over random
 * journals and random command sequences: the fold is total and pure, and
 * folding equals reducing entry by entry; the daily list of keys not back and
 * the findings are deterministic and do not depend on the host's time zone;
 * every command answers any input with an entry the journal's schemas accept
 * or a refusal in the catalogue; and through the commands a set of area keys
 * is never out twice, nor a room key lent twice.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { sortFindings } from '../diagnostics/runner.js';
import { UnsealedEntrySchema, type Actor, type SealedEntry } from '../journal/entry.js';
import { resolvePolicy } from '../policy/resolve.js';
import {
  ACTORS,
  anyActor,
  BLANK_ACTOR,
  expectProblem,
  expectRenderable,
  instantLike,
  journalLike,
  oddNumber,
  oddText,
  realInstant,
  sealLooking,
  typesOf,
  underHostZones,
} from '../testing/arbitraries-test-helpers.js';
import { runs } from '../testing/reliability-test-helpers.js';
import { CATALOGUES, LOCALES, placeholdersOf } from '../diagnostics/format.js';
import { checkKeys } from './check.js';
import {
  issueAreaKeys,
  KEY_REFUSAL_CODES,
  lendRoomKey,
  returnAreaKeys,
  returnRoomKey,
  type KeyCommandResult,
  type KeyRegisterSource,
} from './commands.js';
import { isKeyEntryType, KEYS_PAYLOAD_SCHEMAS } from './entries.js';
import { EMPTY_KEY_REGISTER, foldKeyRegister, reduceKeyRegister, unreturnedKeys } from './register.js';

const policy = resolvePolicy('cs-department');
const journals = journalLike({ types: typesOf('keys.'), maxLength: 25 });
const day = fc.constantFrom('2026-11-30', '2026-12-01', '2026-12-02', '2025-06-15');
const zone = fc.constantFrom('Asia/Shanghai', 'America/New_York', 'Europe/London', 'Pacific/Chatham');

describe('the key register fold is total', () => {
  it('reduces any entries without throwing or changing what it is given, as foldKeyRegister does', () => {
    const empty = JSON.stringify(EMPTY_KEY_REGISTER);
    fc.assert(
      fc.property(journals, (entries) => {
        let register = EMPTY_KEY_REGISTER;
        for (const entry of entries) {
          const before = JSON.stringify(register);
          const next = reduceKeyRegister(register, entry);
          expect(JSON.stringify(register)).toBe(before);
          register = next;
        }
        expect(foldKeyRegister(entries)).toEqual(register);
        expect(JSON.stringify(EMPTY_KEY_REGISTER)).toBe(empty);
        // Each issue and loan is read once, whatever repeats.
        const issues = register.areaIssues.map((issue) => issue.issueId);
        expect(new Set(issues).size).toBe(issues.length);
        const loans = register.roomLoans.map((loan) => loan.loanId);
        expect(new Set(loans).size).toBe(loans.length);
      }),
      { numRuns: runs(100) },
    );
  });
});

describe('the daily list of keys not back (CSD-9.1.2) and the findings', () => {
  it('lists, oldest first, only keys out before the day ended, the same twice', () => {
    fc.assert(
      fc.property(journals, day, zone, (entries, date, timeZone) => {
        const keys = unreturnedKeys(entries, date, timeZone);
        expect(unreturnedKeys(entries, date, timeZone)).toEqual(keys);
        const seqs = keys.map((key) => key.seq);
        expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
        const register = foldKeyRegister(entries);
        for (const key of keys) {
          const found =
            key.kind === 'area'
              ? register.areaIssues.find((issue) => issue.issueId === key.id)
              : register.roomLoans.find((loan) => loan.loanId === key.id);
          expect(found?.seq).toBe(key.seq);
        }
      }),
      { numRuns: runs(100) },
    );
  });

  it('gives sorted, renderable findings, the same whatever the host time zone', () => {
    fc.assert(
      fc.property(journals, realInstant, day, (entries, now, date) => {
        const [first, ...others] = underHostZones(['UTC', 'Asia/Hong_Kong', 'America/New_York'], () => ({
          findings: checkKeys(entries, policy, { now }),
          keys: unreturnedKeys(entries, date, policy.timeZone),
        }));
        for (const other of others) expect(other).toEqual(first);
        const findings = first?.findings ?? [];
        expect(sortFindings(findings)).toEqual(findings);
        expectRenderable(findings);
      }),
      { numRuns: runs(25) },
    );
  });
});

type Run = (source: KeyRegisterSource, context: { actor: Actor; at: string }) => KeyCommandResult;

const id = fc.oneof({ arbitrary: fc.constantFrom('a', 'b', 'c'), weight: 4 }, oddText);
const text = fc.oneof(
  { arbitrary: fc.constantFrom('維修水泵', '張工'), weight: 4 },
  fc.constantFrom('正常', '-'),
  oddText,
);
const count = fc.oneof({ arbitrary: fc.integer({ min: 0, max: 12 }), weight: 4 }, oddNumber);
const when = fc.oneof({ arbitrary: realInstant, weight: 4 }, instantLike, oddText);
const command: fc.Arbitrary<Run> = fc.oneof(
  fc
    .record({
      issueId: id,
      keySet: fc.constantFrom('K-1', 'K-2', 'bad key'),
      issuedTo: fc.constantFrom('S-101', ''),
      count,
      dueBack: when,
    })
    .map(
      ({ issueId, keySet, issuedTo, count: n, dueBack }): Run =>
        (source, context) =>
          issueAreaKeys(source, context, {
            issueId,
            keySet,
            shiftKey: '2026-12-01/early/front-desk',
            issuedTo,
            count: n,
            dueBack,
          }),
    ),
  fc.record({ issueId: id, count }).map(
    ({ issueId, count: n }): Run =>
      (source, context) =>
        returnAreaKeys(source, context, { issueId, count: n }),
  ),
  fc
    .record({
      loanId: id,
      room: fc.oneof(fc.constantFrom('機房 1', ' 機房 1 ', '天台'), text),
      name: text,
      purpose: text,
      dueBack: when,
    })
    .map(
      ({ loanId, room, name, purpose, dueBack }): Run =>
        (source, context) =>
          lendRoomKey(source, context, { loanId, room, borrower: { name }, purpose, dueBack }),
    ),
  id.map(
    (loanId): Run =>
      (source, context) =>
        returnRoomKey(source, context, { loanId }),
  ),
);

/** Commands as a desk gives them: well-formed, on a few ids, sets and rooms, so that keys go out and come back. */
const deskCommand: fc.Arbitrary<Run> = fc.oneof(
  fc
    .record({
      issueId: fc.constantFrom('a', 'b', 'c', 'd'),
      keySet: fc.constantFrom('K-1', 'K-2'),
      count: fc.integer({ min: 1, max: 12 }),
    })
    .map(
      ({ issueId, keySet, count: n }): Run =>
        (source, context) =>
          issueAreaKeys(source, context, {
            issueId,
            keySet,
            shiftKey: '2026-12-01/early/front-desk',
            issuedTo: 'S-101',
            count: n,
            dueBack: '2026-12-31T09:00:00+08:00',
          }),
    ),
  fc.record({ issueId: fc.constantFrom('a', 'b', 'c', 'd'), count: fc.integer({ min: 0, max: 12 }) }).map(
    ({ issueId, count: n }): Run =>
      (source, context) =>
        returnAreaKeys(source, context, { issueId, count: n }),
  ),
  fc
    .record({
      loanId: fc.constantFrom('a', 'b', 'c', 'd'),
      room: fc.constantFrom('機房 1', ' 機房 1 ', '天台'),
    })
    .map(
      ({ loanId, room }): Run =>
        (source, context) =>
          lendRoomKey(source, context, {
            loanId,
            room,
            borrower: { name: '張工' },
            purpose: '維修水泵',
            dueBack: '2026-12-31T09:00:00+08:00',
          }),
    ),
  fc.constantFrom('a', 'b', 'c', 'd').map(
    (loanId): Run =>
      (source, context) =>
        returnRoomKey(source, context, { loanId }),
  ),
);

function expectKeyResult(result: KeyCommandResult): void {
  if (result.ok) {
    const { entry } = result;
    expect(UnsealedEntrySchema.safeParse(entry).success).toBe(true);
    if (!isKeyEntryType(entry.type)) throw new Error(`not a key register entry: ${entry.type}`);
    expect(z.safeParse(KEYS_PAYLOAD_SCHEMAS[entry.type], entry.payload).success).toBe(true);
    return;
  }
  const { refusal } = result;
  expect(KEY_REFUSAL_CODES).toContain(refusal.code);
  expect(refusal.clauses.length).toBeGreaterThan(0);
  for (const locale of LOCALES) {
    for (const name of placeholdersOf(CATALOGUES[locale][refusal.messageId])) {
      expect(refusal.params[name], `${refusal.messageId}: {${name}}`).toBeDefined();
    }
  }
  for (const p of refusal.problems) expectProblem(p);
}

describe('key register commands', () => {
  it('answer any input, over any journal, with a writable entry or a refusal with its clause', () => {
    fc.assert(
      fc.property(journals, anyActor, when, command, (entries, actor, at, run) => {
        expectKeyResult(run(entries, { actor, at }));
        expectKeyResult(run(foldKeyRegister(entries), { actor, at }));
      }),
      { numRuns: runs(200) },
    );
  });

  it('never let a set of area keys out twice (CSD-9.1.1) nor a room key be lent twice (CSD-9.1.2)', () => {
    let written = 0;
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.oneof({ arbitrary: deskCommand, weight: 3 }, command), fc.constantFrom(...ACTORS)),
          { minLength: 1, maxLength: 20, size: 'medium' },
        ),
        (steps) => {
          const shapes: { type: string; payload: unknown; at: string; actor: Actor }[] = [];
          let entries: SealedEntry[] = [];
          let minute = 0;
          for (const [run, actor] of steps) {
            minute += 7;
            const at = new Date(Date.UTC(2026, 11, 1, 0, minute)).toISOString();
            const result = run(entries, { actor, at });
            expectKeyResult(result);
            if (!result.ok) continue;
            shapes.push({ type: result.entry.type, payload: result.entry.payload, at, actor });
            entries = sealLooking(shapes);
          }
          written += entries.length;
          const register = foldKeyRegister(entries);
          expect(register.ignored).toEqual([]);
          const outSets = register.areaIssues
            .filter((issue) => issue.returned === undefined)
            .map((issue) => issue.keySet);
          expect(new Set(outSets).size).toBe(outSets.length);
          const outRooms = register.roomLoans
            .filter((loan) => loan.returned === undefined)
            .map((loan) => loan.room);
          expect(new Set(outRooms).size).toBe(outRooms.length);
        },
      ),
      { numRuns: runs(100) },
    );
    // The sequences do write: keys go out and come back.
    expect(written).toBeGreaterThan(runs(100));
  });

  it('refuse, rather than return, an entry the journal cannot store: one recorded under a blank staff number', () => {
    fc.assert(
      fc.property(deskCommand, realInstant, (run, at) => {
        const result = run([], { actor: BLANK_ACTOR, at });
        expect(result.ok ? UnsealedEntrySchema.safeParse(result.entry).success : true).toBe(true);
      }),
      { numRuns: runs(30) },
    );
  });
});
