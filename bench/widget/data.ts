/**
 * The journal the widget bench renders: a reg7 policy whose checklists hold
 * 40 items (20 outgoing, 20 incoming, every one required), ten sealed and
 * countersigned handovers written through the real commands (the history:
 * 510 entries), and the handover in progress, half through its outgoing
 * checklist. Built once, in Node, with core; the page receives it as JSON.
 */
import {
  HANDOVER_PAYLOAD_SCHEMAS,
  KEYS_PAYLOAD_SCHEMAS,
  createHandoverSession,
  createJournal,
  createMemoryAdapter,
  resolvePolicy,
  type Policy,
  type ResolvedPolicy,
  type SealedEntry,
  type SessionOutcome,
} from '@duty-handover/core';

export interface RenderData {
  /** The policy, as a full policy object the element resolves itself. */
  readonly policy: ResolvedPolicy;
  readonly entries: readonly SealedEntry[];
  /** The instant the panel is rendered at (its clock). */
  readonly now: string;
  /** How many entries belong to sealed handovers. */
  readonly historyEntries: number;
  readonly checklistItems: number;
}

const OUTGOING = { staffId: 'S-101', name: '陳美玲' };
const INCOMING = { staffId: 'S-102', name: '黃志強' };
const SUPERVISOR = { staffId: 'S-201', name: '李主任', role: 'cs-supervisor' };

function items(side: string, count: number): Policy['handover']['outgoingChecklist'] {
  return Array.from({ length: count }, (_, index) => ({
    id: `${side}-${index + 1}`,
    label: {
      'zh-Hant': `${side === 'out' ? '交班' : '接班'}檢查第 ${index + 1} 項：核對值班台物品與記錄`,
      'zh-Hans': `${side === 'out' ? '交班' : '接班'}检查第 ${index + 1} 项：核对值班台物品与记录`,
      en: `${side === 'out' ? 'Outgoing' : 'Incoming'} check ${index + 1}: desk items and records agree`,
    },
    required: true,
  }));
}

function must(outcome: SessionOutcome): void {
  if (!outcome.ok) throw new Error(`bench setup refused: ${outcome.refusal.code}`);
}

export async function renderData(): Promise<RenderData> {
  const policy = resolvePolicy({
    preset: 'reg7',
    overrides: { handover: { outgoingChecklist: items('out', 20), incomingChecklist: items('in', 20) } },
  });
  const journal = createJournal({
    adapter: createMemoryAdapter(),
    payloadSchemas: { ...HANDOVER_PAYLOAD_SCHEMAS, ...KEYS_PAYLOAD_SCHEMAS },
  });
  const handover = async (day: string, complete: boolean): Promise<void> => {
    const at = (time: string) => `${day}T${time}:00+08:00`;
    let now = at('16:40');
    const handoverId = `h/${day}/early/front-desk`;
    const session = createHandoverSession({ journal, policy, clock: () => now, handoverId });
    must(
      await session.open(OUTGOING, {
        handoverId,
        site: 'bench',
        post: 'front-desk',
        outgoing: OUTGOING,
        incoming: INCOMING,
        outgoingShift: { key: `${day}/early/front-desk`, scheduledEnd: at('17:00') },
        incomingShift: { key: `${day}/middle/front-desk`, scheduledStart: at('12:00') },
      }),
    );
    now = at('16:50');
    const outgoingItems = policy.handover.outgoingChecklist;
    for (const item of complete ? outgoingItems : outgoingItems.slice(0, 10)) {
      must(await session.checkItem(OUTGOING, { itemId: item.id }));
    }
    must(
      await session.carryOverMatter(OUTGOING, {
        matterId: `m-${day}`,
        title: `${day} B 座升降機困人後檢修`,
        cause: 'B 座 2 號升降機 15:20 於 7 樓停頓，一名住戶被困約八分鐘',
        course: '即時通知工程部及升降機公司，15:35 技工到場放人，住戶無受傷',
        result: '升降機暫停使用，待升降機公司明早更換控制板',
        status: 'in-progress',
        nextStep: '明早 09:00 跟進升降機公司到場時間並通知 B 座住戶',
        owner: 'S-102 黃志強',
      }),
    );
    if (!complete) return;
    must(await session.markPrepared(OUTGOING));
    now = at('16:53');
    must(await session.arrive(INCOMING));
    for (const item of policy.handover.incomingChecklist)
      must(await session.checkItem(INCOMING, { itemId: item.id }));
    for (const item of policy.handover.inventory) {
      must(await session.countItem(INCOMING, { itemId: item.id, counted: item.expected, status: 'ok' }));
    }
    must(await session.acknowledgeMatter(INCOMING, { matterId: `m-${day}` }));
    now = at('17:00');
    must(await session.sign(OUTGOING, { matterCount: 1 }));
    must(await session.sign(INCOMING, { matterCount: 1 }));
    now = at('20:00');
    must(await session.countersign(SUPERVISOR, { note: '已閱' }));
  };
  for (let day = 1; day <= 10; day++) await handover(`2026-11-${String(day).padStart(2, '0')}`, true);
  const historyEntries = (await journal.entries()).length;
  await handover('2026-11-11', false);
  return {
    policy,
    entries: await journal.entries(),
    now: '2026-11-11T16:52:00+08:00',
    historyEntries,
    checklistItems: policy.handover.outgoingChecklist.length + policy.handover.incomingChecklist.length,
  };
}

/** `count` sealed entries of a handover, for the append bench (written to IndexedDB one by one). */
export async function appendEntries(count: number): Promise<readonly SealedEntry[]> {
  const journal = createJournal({ adapter: createMemoryAdapter(), allowUnknownTypes: true });
  for (let index = 0; index < count; index++) {
    await journal.append({
      id: `log-${index}`,
      at: '2026-12-01T16:50:00+08:00',
      actor: OUTGOING,
      type: 'duty.log',
      payload: {
        text: `第 ${index} 宗:住戶報修走廊燈不亮,已通知工程部跟進`,
        status: index % 3 === 0 ? 'resolved' : 'open',
      },
    });
  }
  return journal.entries();
}
