/**
 * Properties of the engine over random command sequences run through the
 * real journal: a refused command appends nothing; folding the journal from
 * scratch reproduces the session's state, entry by entry; the chain stays
 * intact; and the fold never throws, even on entries written around the commands.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../journal/entry.js';
import { createJournal } from '../journal/journal.js';
import { createMemoryAdapter } from '../journal/memory-adapter.js';
import { HANDOVER_ENTRY_TYPES } from './entries.js';
import {
  bench,
  CASES,
  INCOMING,
  OUTGOING,
  STRANGER,
  SUBSTITUTE,
  type PresetCase,
} from './handover-test-helpers.js';
import { deriveHandover } from './derive.js';
import { emptyHandoverRecord, foldHandover, foldHandovers, reduceHandover } from './reduce.js';
import type { HandoverSession, SessionOutcome } from './session.js';

const ACTORS: readonly Actor[] = [
  OUTGOING,
  OUTGOING,
  INCOMING,
  INCOMING,
  SUBSTITUTE,
  STRANGER,
  CASES.reg7.supervisor,
  CASES['cs-department'].supervisor,
];
const TEXTS = [
  '電梯困人已處理完畢,住戶無受傷',
  '後門閘口電子鎖失靈,已報工程部',
  '明早 09:00 致電住戶跟進',
  '-',
  'N/A',
  '正常',
  '   ',
] as const;
const IDS = ['a', 'b', 'c'] as const;

const actor = fc.constantFrom(...ACTORS);
const text = fc.constantFrom(...TEXTS);
const id = fc.constantFrom(...IDS);
const item = (preset: PresetCase) => {
  const { handover } = CASES[preset].policy;
  return fc.constantFrom(
    ...handover.outgoingChecklist.map((line) => line.id),
    ...handover.incomingChecklist.map((line) => line.id),
    ...handover.inventory.map((line) => line.id),
    'no-such-item',
  );
};

/**
 * One command; `advance` moves the clock on first (minutes). `progress` is
 * the next sensible command for the handover as it stands, so sequences get
 * past the first steps; the others are drawn at random, by anyone.
 */
function step(preset: PresetCase) {
  const advance = fc.integer({ min: 0, max: 9 });
  return fc.oneof(
    { arbitrary: fc.record({ kind: fc.constant('progress' as const), advance }), weight: 20 },
    fc.record({ kind: fc.constant('arrive' as const), actor, advance }),
    fc.record({ kind: fc.constant('checkItem' as const), actor, advance, itemId: item(preset) }),
    fc.record({
      kind: fc.constant('countItem' as const),
      actor,
      advance,
      itemId: item(preset),
      counted: fc.integer({ min: 0, max: 2 }),
      status: fc.constantFrom('ok' as const, 'damaged' as const, 'missing' as const),
      explainedBy: fc.option(actor, { nil: undefined }),
      text,
    }),
    fc.record({
      kind: fc.constant('carryOverMatter' as const),
      actor,
      advance,
      matterId: id,
      cause: text,
      status: fc.constantFrom('open' as const, 'in-progress' as const, 'resolved' as const),
      major: fc.boolean(),
    }),
    fc.record({ kind: fc.constant('acknowledgeMatter' as const), actor, advance, matterId: id }),
    fc.record({
      kind: fc.constant('anomaly' as const),
      actor,
      advance,
      anomalyId: id,
      explainedBy: actor,
      text,
    }),
    fc.record({
      kind: fc.constant('equipment' as const),
      actor,
      advance,
      equipmentId: id,
      state: fc.constantFrom('running' as const, 'starting' as const, 'stopping' as const, 'faulty' as const),
      major: fc.boolean(),
    }),
    fc.record({
      kind: fc.constant('fitness' as const),
      actor,
      advance,
      fit: fc.boolean(),
      substitute: fc.option(fc.constantFrom(SUBSTITUTE, OUTGOING, INCOMING), { nil: undefined }),
    }),
    fc.record({
      kind: fc.constant('raiseEmergency' as const),
      actor,
      advance,
      flagId: id,
      flagKind: fc.constantFrom('emergency' as const, 'incident' as const, 'major-event' as const),
    }),
    fc.record({ kind: fc.constant('clearEmergency' as const), actor, advance, flagId: id, text }),
    fc.record({ kind: fc.constant('raiseDispute' as const), actor, advance, disputeId: id }),
    fc.record({ kind: fc.constant('resolveDispute' as const), actor, advance, disputeId: id }),
    fc.record({ kind: fc.constant('markPrepared' as const), actor, advance }),
    fc.record({
      kind: fc.constant('sign' as const),
      actor,
      advance,
      matterCount: fc.integer({ min: 0, max: 3 }),
    }),
    fc.record({ kind: fc.constant('leave' as const), actor, advance }),
    fc.record({ kind: fc.constant('countersign' as const), actor, advance }),
  );
}

/** The next step of a handover that goes well, taken by the person whose turn it is. */
function progress(session: HandoverSession, supervisor: Actor): Promise<SessionOutcome> {
  const state = session.current();
  const incoming = ACTORS.find((candidate) => candidate.staffId === state.incoming?.staffId) ?? INCOMING;
  const [outgoingItem] = state.missingRequired.outgoing;
  if (state.prepared === undefined) {
    return outgoingItem === undefined
      ? session.markPrepared(OUTGOING)
      : session.checkItem(OUTGOING, { itemId: outgoingItem });
  }
  if (!state.present.incoming) return session.arrive(incoming);
  const [incomingItem] = state.missingRequired.incoming;
  if (incomingItem !== undefined) return session.checkItem(incoming, { itemId: incomingItem });
  const uncounted = state.inventory.find((line) => line.count === undefined);
  if (uncounted !== undefined) {
    return session.countItem(incoming, {
      itemId: uncounted.itemId,
      counted: uncounted.item.expected,
      status: 'ok',
    });
  }
  const [matterId] = state.unacknowledgedMatters;
  if (matterId !== undefined) return session.acknowledgeMatter(incoming, { matterId });
  const [flag] = state.openFlags;
  if (flag !== undefined)
    return session.clearEmergency(OUTGOING, { flagId: flag.flagId, outcome: '已處理完畢,現場恢復正常運作' });
  const [dispute] = state.openDisputes;
  if (dispute !== undefined) {
    return session.resolveDispute(OUTGOING, {
      disputeId: dispute.disputeId,
      resolution: '主任到場協調,雙方確認',
    });
  }
  const major = state.openMatters.find((matter) => matter.major);
  if (
    major !== undefined &&
    state.signatures.outgoing === undefined &&
    state.signatures.incoming === undefined
  ) {
    return session.carryOverMatter(OUTGOING, { ...major, status: 'resolved', result: '已於交班前處理完畢' });
  }
  const matterCount = state.matters.length;
  if (state.signatures.incoming === undefined) return session.sign(incoming, { matterCount });
  if (state.signatures.outgoing === undefined) return session.sign(OUTGOING, { matterCount });
  if (state.countersign === undefined) return session.countersign(supervisor);
  return session.leave(OUTGOING);
}

type StepShape = ReturnType<typeof step> extends fc.Arbitrary<infer S> ? S : never;

function perform(session: HandoverSession, s: StepShape, supervisor: Actor): Promise<SessionOutcome> {
  switch (s.kind) {
    case 'progress':
      return progress(session, supervisor);
    case 'arrive':
      return session.arrive(s.actor);
    case 'checkItem':
      return session.checkItem(s.actor, { itemId: s.itemId });
    case 'countItem':
      return session.countItem(s.actor, {
        itemId: s.itemId,
        counted: s.counted,
        status: s.status,
        ...(s.explainedBy === undefined ? {} : { explanation: { text: s.text, by: s.explainedBy.staffId } }),
      });
    case 'carryOverMatter':
      return session.carryOverMatter(s.actor, {
        matterId: s.matterId,
        title: '住戶投訴跟進',
        cause: s.cause,
        course: '已致電住戶了解情況並記錄',
        result: '已安排工程部明早上門',
        status: s.status,
        major: s.major,
        owner: 'S-102',
        due: '2026-12-03',
        nextStep: '明早 09:00 跟進',
      });
    case 'acknowledgeMatter':
      return session.acknowledgeMatter(s.actor, { matterId: s.matterId });
    case 'anomaly':
      return session.recordAnomaly(s.actor, {
        anomalyId: s.anomalyId,
        area: '地庫停車場',
        description: s.text,
        explanation: { text: '已報工程部跟進', by: s.explainedBy.staffId },
      });
    case 'equipment':
      return session.recordEquipmentStatus(s.actor, {
        equipmentId: s.equipmentId,
        name: '後備發電機',
        state: s.state,
        major: s.major,
      });
    case 'fitness':
      return session.confirmFitness(s.actor, {
        fit: s.fit,
        ...(s.fit ? {} : { observation: '身有酒氣,說話含糊' }),
        ...(s.substitute === undefined ? {} : { substitute: { staffId: s.substitute.staffId } }),
      });
    case 'raiseEmergency':
      return session.raiseEmergency(s.actor, {
        flagId: s.flagId,
        kind: s.flagKind,
        description: '大堂水管爆裂',
      });
    case 'clearEmergency':
      return session.clearEmergency(s.actor, { flagId: s.flagId, outcome: s.text });
    case 'raiseDispute':
      return session.raiseDispute(s.actor, { disputeId: s.disputeId, description: '鎖匙數量雙方說法不一' });
    case 'resolveDispute':
      return session.resolveDispute(s.actor, {
        disputeId: s.disputeId,
        resolution: '主任翻查登記後雙方確認',
      });
    case 'markPrepared':
      return session.markPrepared(s.actor);
    case 'sign':
      return session.sign(s.actor, { matterCount: s.matterCount });
    case 'leave':
      return session.leave(s.actor);
    case 'countersign':
      return session.countersign(s.actor);
  }
}

describe.each(['reg7', 'cs-department'] as const)('random command sequences (%s)', (preset) => {
  it("refusals append nothing, and folding the journal reproduces the engine's state", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step(preset), { minLength: 30, maxLength: 90 }),
        async (steps: StepShape[]) => {
          const b = bench(preset);
          await b.at(b.handover.openAt, () => b.session.open(OUTGOING, b.handover.open));
          // Start in the preparation window so that most commands have a chance.
          b.clock.set(b.handover.prepareAt);
          for (const s of steps) {
            b.clock.advance(s.advance);
            const before = await b.size();
            const outcome = await perform(b.session, s, b.handover.supervisor);
            expect(await b.size()).toBe(outcome.ok ? before + 1 : before);
          }
          const entries = await b.journal.entries();
          expect(foldHandover(entries, b.policy)).toEqual(b.session.current());
          let record = emptyHandoverRecord();
          for (const entry of entries) record = reduceHandover(record, entry);
          expect(deriveHandover(record, b.policy)).toEqual(b.session.current());
          // Whatever the commands let through, the fold reads every entry they wrote.
          expect(b.session.current().ignored).toEqual([]);
          expect((await b.journal.verify()).intact).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('the fold is total', () => {
  it('never throws on entries written around the commands, whatever their payload', async () => {
    const { policy, open } = CASES.reg7;
    const value = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom('S-101', 'S-102'),
    );
    const payload = fc.oneof(
      fc.dictionary(
        fc.constantFrom('handoverId', 'staffId', 'matterId', 'role', 'status', 'fit', 'flagId'),
        value,
      ),
      fc.constant({ ...open }),
      value,
      fc.array(value),
    );
    const type = fc.constantFrom(
      ...HANDOVER_ENTRY_TYPES,
      'handover.unknown',
      'keys.room-lent',
      'case.opened',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            type,
            payload,
            actor: fc.constantFrom(OUTGOING, INCOMING, STRANGER),
            ours: fc.boolean(),
          }),
          {
            maxLength: 30,
          },
        ),
        async (rows) => {
          const journal = createJournal({ adapter: createMemoryAdapter(), allowUnknownTypes: true });
          await journal.append({
            id: 'open',
            at: '2026-12-01T16:40:00+08:00',
            actor: OUTGOING,
            type: 'handover.opened',
            payload: open,
          });
          let n = 0;
          for (const row of rows) {
            n += 1;
            const body =
              row.ours &&
              typeof row.payload === 'object' &&
              row.payload !== null &&
              !Array.isArray(row.payload)
                ? { ...row.payload, handoverId: open.handoverId }
                : row.payload;
            await journal.append({
              id: `e-${n}`,
              at: '2026-12-01T16:41:00+08:00',
              actor: row.actor,
              type: row.type,
              payload: body,
            });
          }
          const entries = await journal.entries();
          expect(() => foldHandover(entries, policy)).not.toThrow();
          expect(() => foldHandovers(entries, policy)).not.toThrow();
        },
      ),
      { numRuns: 150 },
    );
  });
});
