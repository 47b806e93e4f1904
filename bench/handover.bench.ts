/**
 * `handover.fold.200.ms`: folding one 200-entry handover journal into its
 * state (reducer, amendment replay, policy reading). The journal is built
 * once through the real commands and session, so the entries are exactly
 * what a busy night shift writes: matters, instructions, anomalies,
 * equipment, checklists, counts, acknowledgements, an emergency raised and
 * cleared, signatures, the outgoing person leaving, a countersign, and two
 * corrections.
 */
import {
  createHandoverSession,
  createJournal,
  createMemoryAdapter,
  foldHandover,
  HANDOVER_PAYLOAD_SCHEMAS,
  resolvePolicy,
  type HandoverSession,
  type SealedEntry,
  type SessionOutcome,
} from '@duty-handover/core';
import { time, type Figure } from './harness.js';

const policy = resolvePolicy('cs-department');
const outgoing = { staffId: 'S-101', name: '陳美玲', role: 'duty-officer' };
const incoming = { staffId: 'S-102', name: '黃志強', role: 'duty-officer' };
const manager = { staffId: 'S-301', name: '何經理', role: 'department-manager' };

function must(outcome: SessionOutcome): SealedEntry {
  if (!outcome.ok) throw new Error(`bench setup refused: ${outcome.refusal.code}`);
  return outcome.entry;
}

/** A night handover (17:30–01:00 → overnight) with `size` entries, built through the commands. */
async function handoverJournal(size: number): Promise<readonly SealedEntry[]> {
  const journal = createJournal({ adapter: createMemoryAdapter(), payloadSchemas: HANDOVER_PAYLOAD_SCHEMAS });
  let now = Date.parse('2026-12-01T23:00:00+08:00');
  const session: HandoverSession = createHandoverSession({ journal, policy, clock: () => now });
  const tick = (seconds = 20) => {
    now += seconds * 1000;
  };
  must(
    await session.open(outgoing, {
      handoverId: 'h-bench',
      site: 'gaoxin-plaza',
      post: 'front-desk',
      outgoing: { staffId: outgoing.staffId },
      incoming: { staffId: incoming.staffId },
      outgoingShift: { key: '2026-12-01/night/front-desk', scheduledEnd: '2026-12-02T01:00:00+08:00' },
      incomingShift: { key: '2026-12-02/overnight/front-desk', scheduledStart: '2026-12-02T01:00:00+08:00' },
    }),
  );
  // What follows the shift's entries: arrival, both checklists, preparation, counts, an emergency raised
  // and cleared, one acknowledgement per matter, then two signatures, leaving and the countersign.
  const { outgoingChecklist, incomingChecklist, inventory } = policy.handover;
  const tail = 1 + outgoingChecklist.length + 1 + incomingChecklist.length + inventory.length + 2 + 4;
  let matters = 0;
  for (let i = 0; (await journal.entries()).length + tail + matters + 2 < size; i += 1) {
    tick();
    const n = i % 4;
    if (n === 0) {
      matters += 1;
      must(
        await session.carryOverMatter(outgoing, {
          matterId: `m-${matters}`,
          title: `第 ${matters} 宗住戶報修`,
          cause: `${matters} 樓走廊燈不亮,住戶來電報修`,
          course: '已派工程部查看,更換光管需要備料',
          result: '工程部明早補料更換',
          status: 'in-progress',
          nextStep: '明早 09:00 跟進工程部進度',
          owner: '工程部',
          due: '2026-12-02',
        }),
      );
    } else if (n === 1) {
      const entry = must(
        await session.passOnInstruction(outgoing, {
          instructionId: `i-${i}`,
          from: '何經理',
          instruction: `第 ${i} 項:通知各座大堂張貼停水通告`,
        }),
      );
      // Two corrections in the shift, as a busy desk makes (REG7-8.5a): each one replays the record.
      if (i === 21 || i === 81) {
        tick();
        await journal.amend(
          entry.id,
          { from: '何經理(電話)' },
          outgoing,
          new Date(now).toISOString(),
          '補記來源',
        );
      }
    } else if (n === 2) {
      must(
        await session.recordAnomaly(outgoing, {
          anomalyId: `a-${i}`,
          area: `地庫 B${(i % 3) + 1}`,
          description: '消防通道有雜物阻塞',
          explanation: { text: '已通知清潔部清理', by: outgoing.staffId },
        }),
      );
    } else {
      must(
        await session.recordEquipmentStatus(outgoing, {
          equipmentId: `eq-${i % 7}`,
          name: '抽風機',
          state: 'running',
          major: false,
        }),
      );
    }
  }
  now = Date.parse('2026-12-02T00:40:00+08:00');
  must(await session.arrive(incoming));
  tick();
  for (const item of policy.handover.outgoingChecklist)
    must(await session.checkItem(outgoing, { itemId: item.id }));
  now = Date.parse('2026-12-02T00:46:00+08:00');
  must(await session.markPrepared(outgoing));
  for (const item of policy.handover.incomingChecklist)
    must(await session.checkItem(incoming, { itemId: item.id }));
  for (const item of policy.handover.inventory) {
    must(await session.countItem(incoming, { itemId: item.id, counted: item.expected, status: 'ok' }));
  }
  must(
    await session.raiseEmergency(incoming, {
      flagId: 'f-1',
      kind: 'emergency',
      description: '大堂消防警鐘誤鳴',
    }),
  );
  tick();
  must(await session.clearEmergency(outgoing, { flagId: 'f-1', outcome: '保安確認誤鳴,警鐘已復位' }));
  for (const matterId of session.current().unacknowledgedMatters)
    must(await session.acknowledgeMatter(incoming, { matterId }));
  // Pad with recounts until four entries remain for the signatures, leaving and the countersign.
  while ((await journal.entries()).length < size - 4) {
    must(await session.countItem(incoming, { itemId: 'documents', counted: 1, status: 'ok' }));
  }
  now = Date.parse('2026-12-02T01:00:00+08:00');
  const matterCount = session.current().matters.length;
  must(await session.sign(incoming, { matterCount }));
  must(await session.sign(outgoing, { matterCount }));
  must(await session.leave(outgoing));
  now = Date.parse('2026-12-02T08:45:00+08:00');
  must(await session.countersign(manager));
  return journal.entries();
}

const entries = await handoverJournal(200);
const folded = foldHandover(entries, policy);
if (entries.length !== 200 || folded.phase !== 'countersigned' || folded.ignored.length > 0) {
  throw new Error(
    `bench journal is not a clean 200-entry countersigned handover (${entries.length}, ${folded.phase})`,
  );
}

export const figures: readonly Figure[] = [
  {
    name: 'handover.fold.200.ms',
    unit: 'ms',
    target: '< 1',
    // Fold many times per run and report one fold: a single fold is below the timer's useful resolution.
    measure: async () =>
      (await time(() => {
        for (let i = 0; i < 50; i += 1) foldHandover(entries, policy);
      })) / 50,
  },
];
