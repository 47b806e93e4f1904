/**
 * Properties of the handover fold and commands over random journals (entries
 * of every domain, well-formed, mangled or plain JSON, with corrections):
 * `reduceHandover` is total and pure and agrees with `foldHandover`; folding
 * every handover at once (`foldHandovers`) gives each handover's state alone;
 * `checkHandover` is deterministic, sorted, renderable and independent of the
 * host's time zone; every command answers any input with an entry the
 * journal's schemas accept or a refusal in the catalogue, never an
 * exception; and the text check is a fixed point, so "正常 。" is as bare as "正常。".
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { sortFindings } from '../diagnostics/runner.js';
import { UnsealedEntrySchema, type Actor, type SealedEntry } from '../journal/entry.js';
import { resolvePolicy, type ResolvedPolicy } from '../policy/resolve.js';
import {
  ACTORS,
  anyActor,
  expectProblem,
  expectRenderable,
  instantLike,
  instantOutsideRange,
  journalLike,
  oddNumber,
  oddText,
  PAYLOAD_TEMPLATES,
  thrownBy,
  realInstant,
  rethrow,
  sealLooking,
  typesOf,
  underHostZones,
  yearOutsideRange,
} from '../testing/arbitraries-test-helpers.js';
import { runs } from '../testing/reliability-test-helpers.js';
import { CATALOGUES, LOCALES, placeholdersOf } from '../diagnostics/format.js';
import { checkHandover } from './check.js';
import { handoverShiftsAt } from './shifts.js';
import * as commands from './commands.js';
import { deriveHandover } from './derive.js';
import {
  HANDOVER_PAYLOAD_SCHEMAS,
  isHandoverEntryType,
  parseHandoverPayload,
  readHandoverPayload,
} from './entries.js';
import {
  emptyHandoverRecord,
  foldHandover,
  foldHandovers,
  handoverIdOf,
  phaseOf,
  reduceHandover,
  writtenCount,
} from './reduce.js';
import { REFUSAL_CODES, type CommandResult } from './refusal.js';
import { BARE_NORMAL_TEXTS, normaliseText, PLACEHOLDER_TEXTS, textFault } from './text.js';

const POLICIES: Readonly<Record<string, ResolvedPolicy>> = {
  reg7: resolvePolicy('reg7'),
  'cs-department': resolvePolicy('cs-department'),
};
const policy = fc.constantFrom(...Object.values(POLICIES));
const reg7 = POLICIES['reg7'] ?? resolvePolicy('reg7');
const ITEMS = [
  ...reg7.handover.outgoingChecklist.map((line) => line.id),
  ...reg7.handover.incomingChecklist.map((line) => line.id),
  ...reg7.handover.inventory.map((line) => line.id),
];
const journals = journalLike({ types: typesOf('handover.'), itemIds: ITEMS, maxLength: 25 });

describe('the handover fold is total', () => {
  it('reduces any entries without throwing or changing the record it is given, as foldHandover does', () => {
    fc.assert(
      fc.property(
        journals,
        policy,
        fc.option(fc.constantFrom('h-1', 'h-2', 'h-9'), { nil: undefined }),
        (entries, p, id) => {
          let record = emptyHandoverRecord(id);
          for (const entry of entries) {
            const before = JSON.stringify(record);
            const next = reduceHandover(record, entry);
            expect(JSON.stringify(record)).toBe(before);
            expect(phaseOf(next)).toBe(next.phase);
            expect(writtenCount(next)).toBeGreaterThanOrEqual(0);
            record = next;
          }
          expect(foldHandover(entries, p, id === undefined ? {} : { handoverId: id })).toEqual(
            deriveHandover(record, p),
          );
        },
      ),
      { numRuns: runs(50) },
    );
  });

  it('folds every handover at once as it folds each alone, in order of opening', () => {
    let folded = 0;
    fc.assert(
      fc.property(journals, policy, (entries, p) => {
        const all = foldHandovers(entries, p);
        const ids = all.map((state) => state.handoverId);
        expect(new Set(ids).size).toBe(ids.length);
        const seqs = all.map((state) => state.opened?.seq ?? -1);
        expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
        for (const state of all) {
          expect(state.opened).toBeDefined();
          expect(foldHandover(entries, p, { handoverId: state.handoverId ?? '' })).toEqual(state);
        }
        const opened = new Set(
          entries.filter((e) => e.type === 'handover.opened').map((e) => handoverIdOf(e)),
        );
        for (const id of ids) expect(opened.has(id)).toBe(true);
        folded += all.length;
      }),
      { numRuns: runs(100) },
    );
    expect(folded).toBeGreaterThan(runs(100) / 2);
  });

  it('reads any payload as a fact or not at all, never throwing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...typesOf('handover.')), fc.jsonValue(), (type, payload) => {
        if (!isHandoverEntryType(type)) return;
        const strict = parseHandoverPayload(type, payload);
        // What passes the writing checks is also read.
        if (strict !== undefined) expect(readHandoverPayload(type, payload)).toBeDefined();
      }),
      { numRuns: runs(200) },
    );
  });
});

describe('checkHandover: findings are deterministic', () => {
  it('gives sorted findings, the same twice, each renderable in every language', () => {
    fc.assert(
      fc.property(journals, policy, realInstant, (entries, p, now) => {
        const findings = checkHandover(entries, p, { now });
        expect(checkHandover(entries, p, { now })).toEqual(findings);
        expect(sortFindings(findings)).toEqual(findings);
        expectRenderable(findings);
      }),
      { numRuns: runs(50) },
    );
  });

  it('gives the same findings whatever the host time zone', () => {
    fc.assert(
      fc.property(journals, policy, realInstant, (entries, p, now) => {
        const [first, ...others] = underHostZones(['UTC', 'Asia/Hong_Kong', 'America/New_York'], () =>
          checkHandover(entries, p, { now }),
        );
        for (const other of others) expect(other).toEqual(first);
      }),
      { numRuns: runs(15) },
    );
  });
});

describe('handover commands answer any input with an entry or a refusal', () => {
  const actor: fc.Arbitrary<Actor> = fc.oneof(
    // Mostly the two parties (S-101 hands over to S-102), so commands get past "not a party".
    { arbitrary: fc.constantFrom(...ACTORS.slice(0, 2)), weight: 3 },
    anyActor,
  );
  const text = fc.oneof(
    { arbitrary: fc.constantFrom('已致電住戶了解情況並記錄', '大堂水管爆裂,已關閉總閥'), weight: 8 },
    fc.constantFrom('正常', 'N/A', '-'),
    oddText,
  );
  // A handover just opened, or a whole random journal around it.
  const [opening] = sealLooking([
    {
      type: 'handover.opened',
      payload:
        PAYLOAD_TEMPLATES['handover.opened']?.({
          handover: 'h-1',
          id: 'a',
          staff: 'S-101',
          other: 'a',
          item: 'x',
          at: '2026-12-01T16:40:00+08:00',
          n: 0,
          flag: true,
        }) ?? null,
    },
  ]);
  const sources = fc.oneof(journals, {
    arbitrary: fc.constant(opening === undefined ? [] : [opening]),
    weight: 2,
  });
  const id = fc.oneof(fc.constantFrom('a', 'b', 'h-1'), oddText);
  const item = fc.oneof(fc.constantFrom(...ITEMS), oddText);
  const count = fc.oneof(fc.integer({ min: -1, max: 5 }), oddNumber);
  const when = fc.oneof({ arbitrary: realInstant, weight: 6 }, instantLike, oddText);
  const person = fc.record(
    { staffId: fc.oneof(fc.constantFrom('S-101', 'S-102', 'S-103'), oddText) },
    { requiredKeys: ['staffId'] },
  );

  type Run = (source: commands.HandoverSource, context: commands.CommandContext) => CommandResult;
  const command: fc.Arbitrary<Run> = fc.oneof(
    fc
      .record({
        handoverId: id,
        outgoing: person,
        incoming: person,
        site: id,
        post: fc.constantFrom('front-desk', 'hotline'),
        end: when,
        start: when,
      })
      .map(
        ({ handoverId, outgoing, incoming, site, post, end, start }): Run =>
          (source, context) =>
            commands.openHandover(source, context, {
              handoverId,
              site,
              post,
              outgoing,
              incoming,
              outgoingShift: { key: '2026-12-01/early/front-desk', scheduledEnd: end },
              incomingShift: { scheduledStart: start },
            }),
      ),
    fc.constant<Run>((source, context) => commands.arrive(source, context)),
    fc
      .record({ itemId: item, side: fc.constantFrom('outgoing' as const, 'incoming' as const, undefined) })
      .map(
        ({ itemId, side }): Run =>
          (source, context) =>
            commands.checkItem(source, context, side === undefined ? { itemId } : { itemId, side }),
      ),
    fc
      .record({
        itemId: item,
        counted: count,
        status: fc.constantFrom('ok' as const, 'damaged' as const, 'missing' as const),
        text,
        by: fc.option(fc.constantFrom('S-101', 'S-102'), { nil: undefined }),
      })
      .map(
        ({ itemId, counted, status, text: t, by }): Run =>
          (source, context) =>
            commands.countItem(source, context, {
              itemId,
              counted,
              status,
              ...(by === undefined ? {} : { explanation: { text: t, by } }),
            }),
      ),
    fc
      .record({
        matterId: id,
        title: text,
        cause: text,
        course: text,
        result: text,
        status: fc.constantFrom('open' as const, 'in-progress' as const, 'resolved' as const),
        due: fc.oneof(fc.constantFrom('2026-12-02', '2026-02-30'), oddText),
      })
      .map(
        (input): Run =>
          (source, context) =>
            commands.carryOverMatter(source, context, input),
      ),
    id.map(
      (matterId): Run =>
        (source, context) =>
          commands.acknowledgeMatter(source, context, { matterId }),
    ),
    fc
      .record({
        anomalyId: id,
        area: text,
        description: text,
        by: fc.oneof(fc.constantFrom('S-101'), oddText),
      })
      .map(
        ({ anomalyId, area, description, by }): Run =>
          (source, context) =>
            commands.recordAnomaly(source, context, {
              anomalyId,
              area,
              description,
              explanation: { text: description, by },
            }),
      ),
    fc
      .record({
        fit: fc.boolean(),
        observation: fc.option(text, { nil: undefined }),
        substitute: fc.option(person, { nil: undefined }),
        staffId: fc.option(fc.constantFrom('S-102', 'S-101', ' S-102 '), { nil: undefined }),
      })
      .map(
        ({ fit, observation, substitute, staffId }): Run =>
          (source, context) =>
            commands.confirmFitness(source, context, {
              fit,
              ...(observation === undefined ? {} : { observation }),
              ...(substitute === undefined ? {} : { substitute }),
              ...(staffId === undefined ? {} : { staffId }),
            }),
      ),
    fc.record({ flagId: id, description: text }).map(
      ({ flagId, description }): Run =>
        (source, context) =>
          commands.raiseEmergency(source, context, { flagId, kind: 'emergency', description }),
    ),
    fc.record({ flagId: id, outcome: text }).map(
      (input): Run =>
        (source, context) =>
          commands.clearEmergency(source, context, input),
    ),
    fc.record({ disputeId: id, description: text }).map(
      (input): Run =>
        (source, context) =>
          commands.raiseDispute(source, context, input),
    ),
    fc.record({ disputeId: id, resolution: text }).map(
      (input): Run =>
        (source, context) =>
          commands.resolveDispute(source, context, input),
    ),
    fc.constant<Run>((source, context) => commands.markPrepared(source, context)),
    count.map(
      (matterCount): Run =>
        (source, context) =>
          commands.sign(source, context, { matterCount }),
    ),
    fc.constant<Run>((source, context) => commands.leave(source, context)),
    fc.option(text, { nil: undefined }).map(
      (note): Run =>
        (source, context) =>
          commands.countersign(source, context, note === undefined ? {} : { note }),
    ),
  );

  it('returns a writable entry or a refusal with its clauses and message, for any source, actor, time and input', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(sources, policy, actor, when, command, (entries, p, who, at, run) => {
        const source: readonly SealedEntry[] = entries;
        const result = run(source, { policy: p, actor: who, at, handoverId: 'h-1' });
        expectResult(result);
        seen.add(result.ok ? 'ok' : result.refusal.code);
      }),
      { numRuns: runs(200) },
    );
    // The inputs reach past the first guards: entries are written and refused for many reasons.
    expect(seen.has('ok')).toBe(true);
    expect(seen.size).toBeGreaterThan(8);
  });
});

function expectResult(result: CommandResult): void {
  if (result.ok) {
    const { entry } = result;
    expect(UnsealedEntrySchema.safeParse(entry).success).toBe(true);
    if (!isHandoverEntryType(entry.type)) throw new Error(`not a handover entry: ${entry.type}`);
    expect(z.safeParse(HANDOVER_PAYLOAD_SCHEMAS[entry.type], entry.payload).success).toBe(true);
    return;
  }
  const { refusal } = result;
  expect([...REFUSAL_CODES, 'blocked']).toContain(refusal.code);
  expect(refusal.clauses.length).toBeGreaterThan(0);
  for (const locale of LOCALES) {
    for (const name of placeholdersOf(CATALOGUES[locale][refusal.messageId])) {
      expect(refusal.params[name], `${refusal.messageId}: {${name}}`).toBeDefined();
    }
  }
  for (const p of refusal.problems) expectProblem(p);
}

describe('work text (HOS-4.9, FINE-12.4)', () => {
  it('compares texts in a form that does not change when compared again', () => {
    fc.assert(
      fc.property(fc.oneof(oddText, fc.constantFrom('正常 。', 'N/A .', 'none . .')), (text) => {
        const once = normaliseText(text);
        expect(normaliseText(once)).toBe(once);
      }),
      { numRuns: runs(200), examples: [['正常 。']] },
    );
  });

  it('refuses a placeholder or a bare "normal" however it is spaced and punctuated', () => {
    const filler = fc.constantFrom(...PLACEHOLDER_TEXTS, ...BARE_NORMAL_TEXTS);
    const dress = fc.tuple(
      fc.constantFrom('', ' ', '\u3000', '\t'),
      fc.constantFrom('', '.', '。', ' .', ' 。', '..'),
    );
    fc.assert(
      fc.property(filler, dress, fc.boolean(), (word, [space, stop], upper) => {
        const text = `${space}${upper ? word.toUpperCase() : word}${stop}${space}`;
        expect(textFault(text, true)).not.toBeUndefined();
      }),
      { numRuns: runs(150), examples: [['正常', ['', ' 。'], false]] },
    );
  });
});

describe('handoverShiftsAt: the shifts a form proposes', () => {
  const anyPolicy = fc.constantFrom(
    ...Object.values(POLICIES),
    resolvePolicy('call-centre'),
    resolvePolicy('cs-department', { timeZone: 'America/New_York' }),
  );
  const at = fc.oneof(
    { arbitrary: realInstant, weight: 4 },
    instantLike,
    oddText,
    oddNumber,
    fc.date({ noInvalidDate: false }),
  );

  it('proposes the handover nearest to any instant, or nothing for a time it cannot read, never throwing', () => {
    fc.assert(
      fc.property(
        anyPolicy,
        fc.constantFrom('front-desk', 'hotline', 'no-such-post'),
        at,
        (p, post, when) => {
          const error = thrownBy(() => handoverShiftsAt(p, post, when));
          if (error !== undefined) rethrow(error);
          const shifts = handoverShiftsAt(p, post, when);
          // Nothing for a time outside the years 2000–2999, whatever its form.
          const outside = typeof when === 'string' ? yearOutsideRange(when) : instantOutsideRange(when);
          if (outside) expect(shifts, String(when)).toBeUndefined();
          if (shifts === undefined) return;
          expect(shifts.outgoing.post).toBe(post);
          expect(shifts.incoming.endMs).toBeGreaterThan(shifts.outgoing.endMs);
          expect(shifts.incoming.key).not.toBe(shifts.outgoing.key);
        },
      ),
      {
        numRuns: runs(200),
        examples: [
          [reg7, 'front-desk', 8.64e15],
          [reg7, 'front-desk', '9999-12-31T23:59:59-23:59'],
          [reg7, 'front-desk', '0000-01-01T00:00:00Z'],
          [reg7, 'front-desk', '2999-12-31T23:30:00Z'],
        ],
      },
    );
  });

  it('proposes the same shifts whatever the host time zone', () => {
    fc.assert(
      fc.property(anyPolicy, realInstant, (p, when) => {
        const [first, ...others] = underHostZones(['UTC', 'Asia/Hong_Kong', 'America/New_York'], () =>
          handoverShiftsAt(p, 'front-desk', when),
        );
        for (const other of others) expect(other).toEqual(first);
      }),
      { numRuns: runs(30) },
    );
  });
});
