/**
 * Two complete handovers, open to countersign, through the real journal:
 * REG7's early shift handing the desk to the middle shift, and the
 * customer-service department's night shift (17:30–01:00) handing over to
 * the overnight shift after midnight.
 */
import { describe, expect, it } from 'vitest';
import { formatFinding } from '../diagnostics/format.js';
import { checkHandover } from './check.js';
import { bench, expectAllowed, INCOMING, OUTGOING } from './handover-test-helpers.js';
import { foldHandover } from './reduce.js';

describe('REG7: early shift → middle shift, open to countersign', () => {
  it('goes through every step and ends countersigned, clean and verifiable', async () => {
    const b = bench('reg7');
    const { session, handover, policy } = b;

    // 16:40 — the early duty officer opens the record and writes the shift's matters.
    b.clock.set('2026-12-01T16:40:00+08:00');
    expectAllowed(await session.open(OUTGOING, handover.open));
    expectAllowed(
      await session.carryOverMatter(OUTGOING, {
        matterId: 'm-leak-1802',
        title: '18 樓 2 室天花滲水',
        cause: '17 樓 2 室浴室去水位淤塞,污水滲到樓下天花',
        course: '14:30 接住戶投訴,15:00 與工程部上門查看並拍照存檔,已通知 17 樓住戶',
        result: '17 樓住戶同意明早 10:00 讓工程部入屋疏通',
        status: 'in-progress',
        nextStep: '明早 09:30 致電 17 樓住戶確認,10:00 陪同工程部上門',
        owner: 'S-102 黃志強',
        due: '2026-12-02',
      }),
    );
    expectAllowed(
      await session.passOnInstruction(OUTGOING, {
        instructionId: 'i-water-stop',
        from: '李主任',
        instruction: '12 月 3 日 09:00–12:00 全座停水清洗水箱,今晚前在各座大堂張貼通告',
      }),
    );
    expectAllowed(
      await session.recordMajorIssue(OUTGOING, {
        issueId: 'mi-lift',
        description: 'B 座 2 號升降機 15:20 困人,15:35 技工到場放人,住戶無受傷,升降機暫停使用',
        resolved: false,
      }),
    );
    expectAllowed(
      await session.recordEquipmentStatus(OUTGOING, {
        equipmentId: 'lift-b2',
        name: 'B 座 2 號升降機',
        state: 'faulty',
        major: true,
        note: '待升降機公司更換控制板',
      }),
    );
    expectAllowed(
      await session.recordAnomaly(OUTGOING, {
        anomalyId: 'a-carpark-light',
        area: '地庫停車場 B2',
        description: 'B2 層 C 區三支光管不亮',
        explanation: { text: '15:50 已報工程部,明早更換', by: OUTGOING.staffId },
      }),
    );

    // 16:45–16:50 — the preparation window: desk, shared items, records.
    b.clock.set('2026-12-01T16:46:00+08:00');
    for (const item of policy.handover.outgoingChecklist)
      expectAllowed(await session.checkItem(OUTGOING, { itemId: item.id }));
    b.clock.set('2026-12-01T16:50:00+08:00');
    expectAllowed(await session.markPrepared(OUTGOING, { note: '公物已擺放整齊,證據已放入當班文件夾' }));
    expect(session.current().phase).toBe('outgoing-prepared');

    // 16:53 — the middle duty officer arrives (due 16:55) and checks.
    b.clock.set('2026-12-01T16:53:00+08:00');
    expectAllowed(await session.arrive(INCOMING));
    expect(session.current().phase).toBe('incoming-checking');
    expectAllowed(await session.confirmFitness(OUTGOING, { fit: true }));
    for (const item of policy.handover.incomingChecklist)
      expectAllowed(await session.checkItem(INCOMING, { itemId: item.id }));
    expectAllowed(await session.countItem(INCOMING, { itemId: 'keys', counted: 1, status: 'ok' }));
    expectAllowed(await session.countItem(INCOMING, { itemId: 'documents', counted: 1, status: 'ok' }));
    expectAllowed(
      await session.countItem(INCOMING, {
        itemId: 'radio',
        counted: 1,
        status: 'damaged',
        explanation: { text: '對講機天線 14:00 巡樓時折斷,已報工程部換新', by: OUTGOING.staffId },
      }),
    );
    expectAllowed(await session.acknowledgeMatter(INCOMING, { matterId: 'm-leak-1802' }));

    // 16:58 — a smoke alarm while handing over: the outgoing person leads, the handover waits.
    b.clock.set('2026-12-01T16:58:00+08:00');
    expectAllowed(
      await session.raiseEmergency(INCOMING, {
        flagId: 'f-smoke-12',
        kind: 'emergency',
        description: '12 樓煙霧警報響起',
      }),
    );
    b.clock.set('2026-12-01T17:00:00+08:00');
    const blocked = await session.sign(INCOMING, { matterCount: 1 });
    expect(blocked.ok ? undefined : blocked.refusal.code).toBe('blocked');
    b.clock.set('2026-12-01T17:06:00+08:00');
    expectAllowed(
      await session.clearEmergency(OUTGOING, {
        flagId: 'f-smoke-12',
        outcome: '保安到場確認為住戶煮食油煙觸發,警報已復位',
      }),
    );

    // 17:08 — both sign; the middle duty officer is on duty; the early one leaves.
    b.clock.set('2026-12-01T17:08:00+08:00');
    expectAllowed(await session.sign(INCOMING, { matterCount: 1 }));
    expect(session.current().onDuty?.staffId).toBe(OUTGOING.staffId);
    expectAllowed(await session.sign(OUTGOING, { matterCount: 1 }));
    expect(session.current().onDuty).toEqual({
      staffId: INCOMING.staffId,
      side: 'incoming',
      since: '2026-12-01T17:08:00+08:00',
    });
    b.clock.set('2026-12-01T17:10:00+08:00');
    expectAllowed(await session.leave(OUTGOING));

    // Next morning 09:30 — the supervisor countersigns (due 10:00).
    b.clock.set('2026-12-02T09:30:00+08:00');
    expectAllowed(await session.countersign(handover.supervisor, { note: '已閱,滲水及升降機事項今日跟進' }));

    const entries = await b.journal.entries();
    const state = foldHandover(entries, policy);
    expect(state).toEqual(session.current());
    expect(state.phase).toBe('countersigned');
    expect(state.discrepancies.map((line) => [line.itemId, line.count?.status])).toEqual([
      ['radio', 'damaged'],
    ]);
    expect(state.flags[0]).toMatchObject({ ledBy: OUTGOING.staffId, cleared: { staffId: OUTGOING.staffId } });
    expect(state.ignored).toEqual([]);
    expect(await b.journal.verify()).toMatchObject({ intact: true, count: entries.length });
    expect(checkHandover(entries, policy, { now: '2026-12-02T12:00:00+08:00' })).toEqual([]);
  });
});

describe('CSD: night shift 17:30–01:00 → overnight shift, across midnight, open to countersign', () => {
  it('hands over at 01:00 on the next calendar day and is countersigned the next morning', async () => {
    const b = bench('cs-department');
    const { session, handover, policy } = b;

    b.clock.set('2026-12-01T23:55:00+08:00');
    expectAllowed(await session.open(OUTGOING, handover.open));
    expectAllowed(
      await session.carryOverMatter(OUTGOING, {
        matterId: 'm-noise-0905',
        title: '9 樓 5 室深夜噪音投訴',
        cause: '23:10 10 樓 5 室投訴樓下 9 樓 5 室播放音樂聲浪過大',
        course: '23:20 致電 9 樓 5 室未接聽,23:30 保安上門勸喻,住戶已調低音量',
        result: '23:45 回訪投訴人,確認已無噪音',
        status: 'resolved',
      }),
    );
    expectAllowed(
      await session.recordEquipmentStatus(OUTGOING, {
        equipmentId: 'cctv-nvr',
        name: '閉路電視錄影主機',
        state: 'running',
        major: true,
      }),
    );

    // 00:44 — the overnight officer arrives (due 00:45), before the preparation window opens.
    b.clock.set('2026-12-02T00:44:00+08:00');
    expectAllowed(await session.arrive(INCOMING));
    expect(session.current().phase).toBe('draft');
    b.clock.set('2026-12-02T00:46:00+08:00');
    for (const item of policy.handover.outgoingChecklist)
      expectAllowed(await session.checkItem(OUTGOING, { itemId: item.id }));
    expectAllowed(await session.markPrepared(OUTGOING));
    expect(session.current().phase).toBe('incoming-checking');
    for (const item of policy.handover.incomingChecklist)
      expectAllowed(await session.checkItem(INCOMING, { itemId: item.id }));
    for (const item of policy.handover.inventory) {
      expectAllowed(
        await session.countItem(INCOMING, { itemId: item.id, counted: item.expected, status: 'ok' }),
      );
    }

    // 00:58 — ready, but not handover time yet (GXP-4.2).
    b.clock.set('2026-12-02T00:58:00+08:00');
    const early = await session.sign(OUTGOING, { matterCount: 1 });
    expect(early.ok ? undefined : early.refusal.messageId).toBe('handover.blocker.before-handover-time');

    // 01:00 on 2 December — both sign; the overnight officer is on duty.
    b.clock.set('2026-12-02T01:00:00+08:00');
    expectAllowed(await session.sign(OUTGOING, { matterCount: 1 }));
    expectAllowed(await session.sign(INCOMING, { matterCount: 1 }));
    expectAllowed(await session.leave(OUTGOING));
    expect(session.current().onDuty).toEqual({
      staffId: INCOMING.staffId,
      side: 'incoming',
      since: '2026-12-02T01:00:00+08:00',
    });

    // The duty day is 1 December: the manager countersigns by 09:00 on 2 December.
    const entries = await b.journal.entries();
    expect(session.current().times?.countersignDueAt).toBe('2026-12-02T09:00:00+08:00');
    const overdue = checkHandover(entries, policy, { now: '2026-12-02T09:01:00+08:00' });
    expect(overdue.map((finding) => formatFinding(finding, 'en'))).toEqual([
      'The handover record was due to be countersigned by "department-manager" by 2026-12-02T09:00:00+08:00 and is not countersigned.',
    ]);
    b.clock.set('2026-12-02T08:45:00+08:00');
    expectAllowed(await session.countersign(handover.supervisor));

    const final = await b.journal.entries();
    expect(foldHandover(final, policy)).toEqual(session.current());
    expect(session.current().phase).toBe('countersigned');
    expect(checkHandover(final, policy, { now: '2026-12-02T12:00:00+08:00' })).toEqual([]);
    expect(await b.journal.verify()).toMatchObject({ intact: true });
  });
});
