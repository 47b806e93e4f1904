import { describe, expect, it } from 'vitest';
import { resolvePolicy } from '../policy/resolve.js';
import { openHandover, sign } from './commands.js';
import {
  bench,
  CASES,
  expectAllowed,
  INCOMING,
  OPEN_MATTER,
  OUTGOING,
  outgoingPrepared,
  readyToSign,
  STRANGER,
  SUBSTITUTE,
  type Bench,
} from './handover-test-helpers.js';
import type { RefusalCode } from './refusal.js';
import type { SessionOutcome } from './session.js';
import { checkHandover } from './check.js';

/** Runs a command that must be refused: checks the code and clause, and that nothing was appended. */
async function expectRefused(
  b: Bench,
  run: () => Promise<SessionOutcome>,
  code: RefusalCode,
  clause?: string,
) {
  const before = await b.size();
  const outcome = await run();
  expect(await b.size(), 'a refusal appends nothing').toBe(before);
  if (outcome.ok) throw new Error(`expected a refusal ${code}, the command was allowed`);
  expect(outcome.refusal.code).toBe(code);
  if (clause !== undefined) expect(outcome.refusal.clauses).toContain(clause);
  return outcome.refusal;
}

async function opened(b: Bench) {
  expectAllowed(await b.at(b.handover.openAt, () => b.session.open(OUTGOING, b.handover.open)));
}

describe('opening a handover', () => {
  it('is allowed for a party and refused when the handover is already open (REG7-8.5a)', async () => {
    const b = bench('reg7');
    await opened(b);
    await expectRefused(b, () => b.session.open(OUTGOING, b.handover.open), 'already-opened', 'REG7-8.5a');
  });

  it('is refused for someone who is neither party (CSM-6)', async () => {
    const b = bench('reg7');
    await expectRefused(b, () => b.session.open(STRANGER, b.handover.open), 'not-a-party', 'CSM-6');
  });

  it('is refused when the same person is on both sides (CSM-2)', async () => {
    const b = bench('reg7');
    const open = { ...b.handover.open, incoming: { staffId: OUTGOING.staffId } };
    await expectRefused(b, () => b.session.open(OUTGOING, open), 'same-person', 'CSM-2');
  });

  it('refuses a time without an offset (HOR-1.1)', () => {
    const { policy, open } = CASES.reg7;
    const result = openHandover(undefined, { policy, actor: OUTGOING, at: '2026-12-01T16:40:00' }, open);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.refusal.clauses).toContain('HOR-1.1');
  });
});

describe('a command from someone who is neither party is refused (REG7-9.5, CSM-6)', () => {
  const commands: readonly [string, (b: Bench) => Promise<SessionOutcome>][] = [
    ['arrive', (b) => b.session.arrive(STRANGER)],
    ['checkItem', (b) => b.session.checkItem(STRANGER, { itemId: 'clear-desk' })],
    ['countItem', (b) => b.session.countItem(STRANGER, { itemId: 'radio', counted: 1, status: 'ok' })],
    ['carryOverMatter', (b) => b.session.carryOverMatter(STRANGER, OPEN_MATTER)],
    ['acknowledgeMatter', (b) => b.session.acknowledgeMatter(STRANGER, { matterId: OPEN_MATTER.matterId })],
    [
      'raiseEmergency',
      (b) =>
        b.session.raiseEmergency(STRANGER, {
          flagId: 'f',
          kind: 'emergency',
          description: '大堂水管爆裂,正在關水閘',
        }),
    ],
    [
      'raiseDispute',
      (b) => b.session.raiseDispute(STRANGER, { disputeId: 'd', description: '對講機少了一部,雙方說法不一' }),
    ],
    ['markPrepared', (b) => b.session.markPrepared(STRANGER)],
    ['sign', (b) => b.session.sign(STRANGER, { matterCount: 0 })],
    ['leave', (b) => b.session.leave(STRANGER)],
  ];
  it.each(commands)('%s', async (_name, run) => {
    const b = bench('reg7');
    await opened(b);
    await expectRefused(b, () => run(b), 'not-a-party', 'CSM-6');
  });

  it('and a party is allowed (the same command by the outgoing person)', async () => {
    const b = bench('reg7');
    await opened(b);
    expectAllowed(await b.session.carryOverMatter(OUTGOING, OPEN_MATTER));
  });

  it('refuses any command before the handover is opened (CSM-3)', async () => {
    const b = bench('reg7');
    await expectRefused(b, () => b.session.arrive(INCOMING), 'not-opened', 'CSM-3');
  });
});

describe('arriving early (REG7-9.1, CSM-1, HOS-4.1)', () => {
  it('REG7-9.1: a late arrival is recorded, not refused, and reported as a finding', async () => {
    const b = bench('reg7');
    await opened(b);
    const entry = expectAllowed(await b.at('2026-12-01T16:58:30+08:00', () => b.session.arrive(INCOMING)));
    const { arrival } = b.session.current();
    expect(arrival).toMatchObject({
      late: true,
      minutesLate: 4,
      dueAt: '2026-12-01T16:55:00+08:00',
      seq: entry.seq,
    });
    const findings = checkHandover(await b.journal.entries(), b.policy, { now: '2026-12-01T17:00:00+08:00' });
    expect(findings.find((finding) => finding.rule === 'handover/arrival-late')).toMatchObject({
      messageId: 'handover.arrival-late',
      clauses: ['REG7-9.1'],
      params: { staff: INCOMING.staffId, minutes: 4 },
    });
  });

  it('REG7-9.1: an arrival by the due time is on time and reported by nobody', async () => {
    const b = bench('reg7');
    await opened(b);
    expectAllowed(await b.at('2026-12-01T16:55:00+08:00', () => b.session.arrive(INCOMING)));
    expect(b.session.current().arrival).toMatchObject({ late: false, minutesLate: 0 });
    const findings = checkHandover(await b.journal.entries(), b.policy, { now: '2026-12-01T16:56:00+08:00' });
    expect(findings.filter((finding) => finding.rule === 'handover/arrival-late')).toEqual([]);
  });

  it('CSM-1/HOS-4.1: only the incoming person records an arrival, once', async () => {
    const b = bench('reg7');
    await opened(b);
    await expectRefused(b, () => b.session.arrive(OUTGOING), 'incoming-only', 'REG7-9.1');
    expectAllowed(await b.session.arrive(INCOMING));
    await expectRefused(b, () => b.session.arrive(INCOMING), 'already-recorded');
  });
});

describe('the outgoing preparation (REG7-9.6, REG7-9.7, GXP-4.1)', () => {
  async function ticked(b: Bench) {
    await opened(b);
    for (const item of b.policy.handover.outgoingChecklist.filter((candidate) => candidate.required)) {
      expectAllowed(await b.session.checkItem(OUTGOING, { itemId: item.id }));
    }
  }

  it('REG7-9.6: preparation cannot be declared before the window opens (16:45 for a 17:00 end)', async () => {
    const b = bench('reg7');
    await ticked(b);
    const refusal = await expectRefused(
      b,
      () => b.at('2026-12-01T16:44:00+08:00', () => b.session.markPrepared(OUTGOING)),
      'before-preparation-window',
      'REG7-9.6',
    );
    expect(refusal.params).toEqual({ opensAt: '2026-12-01T16:45:00+08:00' });
  });

  it('REG7-9.6: preparation is declared once the window is open', async () => {
    const b = bench('reg7');
    await ticked(b);
    expectAllowed(await b.at('2026-12-01T16:45:00+08:00', () => b.session.markPrepared(OUTGOING)));
    expect(b.session.current().phase).toBe('outgoing-prepared');
  });

  it('REG7-9.7: preparation needs every required outgoing item, citing the policy clause of the missing one', async () => {
    const b = bench('reg7');
    await opened(b);
    expectAllowed(
      await b.at('2026-12-01T16:46:00+08:00', () =>
        b.session.checkItem(OUTGOING, { itemId: 'arrange-shared-items' }),
      ),
    );
    expectAllowed(await b.session.checkItem(OUTGOING, { itemId: 'clear-desk' }));
    const refusal = await expectRefused(
      b,
      () => b.session.markPrepared(OUTGOING),
      'checklist-incomplete',
      'REG7-9.7',
    );
    expect(refusal.params['items']).toContain('complete-duty-record');
  });

  it('GXP-4.1: only the outgoing person declares the preparation', async () => {
    const b = bench('cs-department');
    await opened(b);
    await expectRefused(
      b,
      () => b.at(b.handover.prepareAt, () => b.session.markPrepared(INCOMING)),
      'outgoing-only',
      'REG7-9.6',
    );
  });
});

describe('checklists from the policy templates (REG7-9.2–9.4, GXP-4.3)', () => {
  it('REG7-9.3: the incoming person cannot sign while a required incoming item is pending', async () => {
    const c = bench('reg7');
    await opened(c);
    await outgoingPrepared(c);
    expectAllowed(await c.at(c.handover.arriveAt, () => c.session.arrive(INCOMING)));
    for (const item of c.policy.handover.incomingChecklist.filter(
      (candidate) => candidate.id !== 'read-previous-record',
    )) {
      expectAllowed(await c.session.checkItem(INCOMING, { itemId: item.id }));
    }
    for (const item of c.policy.handover.inventory) {
      expectAllowed(
        await c.session.countItem(INCOMING, { itemId: item.id, counted: item.expected, status: 'ok' }),
      );
    }
    expectAllowed(await c.session.acknowledgeMatter(INCOMING, { matterId: OPEN_MATTER.matterId }));
    const refusal = await expectRefused(
      c,
      () => c.at(c.handover.signAt, () => c.session.sign(INCOMING, { matterCount: 1 })),
      'checklist-incomplete',
      'REG7-9.3',
    );
    expect(refusal.params).toEqual({ items: 'read-previous-record' });
    expect(
      c.session.current().checklistProgress.incoming.find((line) => line.itemId === 'read-previous-record')
        ?.done,
    ).toBe(false);
  });

  it('REG7-9.3: with every required item done, the incoming person signs', async () => {
    const b = bench('reg7');
    await readyToSign(b);
    expectAllowed(await b.session.sign(INCOMING, { matterCount: 1 }));
  });

  it('GXP-4.3: the incoming person checks items only once arrived, items of the template only, each once', async () => {
    const b = bench('cs-department');
    await opened(b);
    await expectRefused(
      b,
      () => b.session.checkItem(INCOMING, { itemId: 'dress-for-post' }),
      'not-arrived',
      'GXP-4.3',
    );
    expectAllowed(await b.at(b.handover.arriveAt, () => b.session.arrive(INCOMING)));
    await expectRefused(
      b,
      () => b.session.checkItem(INCOMING, { itemId: 'polish-shoes' }),
      'unknown-checklist-item',
      'GXP-4.3',
    );
    expectAllowed(await b.session.checkItem(INCOMING, { itemId: 'dress-for-post' }));
    await expectRefused(
      b,
      () => b.session.checkItem(INCOMING, { itemId: 'dress-for-post' }),
      'already-recorded',
    );
    await expectRefused(
      b,
      () => b.session.checkItem(INCOMING, { itemId: 'tidy-records', side: 'outgoing' }),
      'outgoing-only',
      'GXP-4.1',
    );
  });
});

describe('shared-item inventory (REG7-9.2, CSG-9.2, HOR-1.5)', () => {
  async function present(b: Bench) {
    await opened(b);
    expectAllowed(await b.at(b.handover.arriveAt, () => b.session.arrive(INCOMING)));
  }

  it("REG7-9.2: a missing item without the outgoing person's explanation is refused", async () => {
    const b = bench('reg7');
    await present(b);
    await expectRefused(
      b,
      () => b.session.countItem(INCOMING, { itemId: 'radio', counted: 0, status: 'missing' }),
      'explanation-required',
      'REG7-9.2',
    );
  });

  it("REG7-9.2: the explanation must be the outgoing person's", async () => {
    const b = bench('reg7');
    await present(b);
    const explanation = { text: '對講機交了給保安部巡邏用,18:00 前歸還', by: INCOMING.staffId };
    await expectRefused(
      b,
      () => b.session.countItem(INCOMING, { itemId: 'radio', counted: 0, status: 'missing', explanation }),
      'explanation-not-outgoing',
      'REG7-9.2',
    );
  });

  it('REG7-9.2: a count other than expected cannot be recorded as in order', async () => {
    const b = bench('reg7');
    await present(b);
    await expectRefused(
      b,
      () => b.session.countItem(INCOMING, { itemId: 'radio', counted: 0, status: 'ok' }),
      'count-mismatch',
      'REG7-9.2',
    );
    await expectRefused(
      b,
      () => b.session.countItem(INCOMING, { itemId: 'tablet', counted: 1, status: 'ok' }),
      'unknown-inventory-item',
      'REG7-9.2',
    );
  });

  it("REG7-9.2: a missing item with the outgoing person's explanation is recorded as a discrepancy", async () => {
    const b = bench('reg7');
    await present(b);
    const explanation = { text: '對講機交了給保安部巡邏用,18:00 前歸還', by: OUTGOING.staffId };
    expectAllowed(
      await b.session.countItem(INCOMING, { itemId: 'radio', counted: 0, status: 'missing', explanation }),
    );
    const { discrepancies, uncounted } = b.session.current();
    expect(discrepancies.map((line) => line.itemId)).toEqual(['radio']);
    expect(uncounted).toEqual(['keys', 'documents']);
  });

  it('REG7-9.2: the incoming person cannot sign before every shared item is counted', async () => {
    const b = bench('reg7');
    await opened(b);
    await outgoingPrepared(b);
    expectAllowed(await b.at(b.handover.arriveAt, () => b.session.arrive(INCOMING)));
    for (const item of b.policy.handover.incomingChecklist)
      expectAllowed(await b.session.checkItem(INCOMING, { itemId: item.id }));
    expectAllowed(await b.session.acknowledgeMatter(INCOMING, { matterId: OPEN_MATTER.matterId }));
    expectAllowed(await b.session.countItem(INCOMING, { itemId: 'radio', counted: 1, status: 'ok' }));
    const refusal = await expectRefused(
      b,
      () => b.at(b.handover.signAt, () => b.session.sign(INCOMING, { matterCount: 1 })),
      'inventory-incomplete',
      'REG7-9.2',
    );
    expect(refusal.params).toEqual({ items: 'keys, documents' });
  });
});

describe('both present (CSM-2, HOR-1.5)', () => {
  it('CSM-2: with a face-to-face policy, shared items are not counted before the incoming person is here', async () => {
    const b = bench('cs-department');
    await opened(b);
    const refusal = await expectRefused(
      b,
      () => b.session.countItem(OUTGOING, { itemId: 'documents', counted: 1, status: 'ok' }),
      'not-face-to-face',
      'CSM-2',
    );
    expect(refusal.params).toEqual({ staff: INCOMING.staffId });
  });

  it('CSM-2: with both present the count is recorded', async () => {
    const b = bench('cs-department');
    await opened(b);
    expectAllowed(await b.at(b.handover.arriveAt, () => b.session.arrive(INCOMING)));
    expectAllowed(await b.session.countItem(OUTGOING, { itemId: 'documents', counted: 1, status: 'ok' }));
  });

  it('CSM-2: without face to face (estate-group) the outgoing person counts alone', async () => {
    const b = bench('reg7', resolvePolicy('estate-group'));
    await opened(b);
    expectAllowed(await b.session.countItem(OUTGOING, { itemId: 'radio', counted: 1, status: 'ok' }));
  });

  it('CSM-2: the incoming person cannot sign once the outgoing person has gone', async () => {
    // A site that lets the outgoing person go early but still wants the handover face to face.
    const policy = resolvePolicy('reg7', { handover: { outgoingStaysUntilSigned: false } });
    const b = bench('reg7', policy);
    await readyToSign(b);
    expectAllowed(await b.session.sign(OUTGOING, { matterCount: 1 }));
    expectAllowed(await b.session.leave(OUTGOING));
    await expectRefused(b, () => b.session.sign(INCOMING, { matterCount: 1 }), 'not-face-to-face', 'CSM-2');
  });
});

describe('carried-over matters: written, complete and work-only (HOR-1.2, HOS-4.9, HOS-4.10)', () => {
  it('HOR-1.2: a matter without its cause written is refused', async () => {
    const b = bench('reg7');
    await opened(b);
    const refusal = await expectRefused(
      b,
      () => b.session.carryOverMatter(OUTGOING, { ...OPEN_MATTER, cause: '   ' }),
      'matter-incomplete',
      'HOR-1.2',
    );
    expect(refusal.params).toEqual({ field: 'cause' });
    expect(refusal.problems[0]).toMatchObject({ path: ['cause'], code: 'input.text-empty' });
  });

  it('HOR-1.2: a result of "N/A" is not a result', async () => {
    const b = bench('reg7');
    await opened(b);
    await expectRefused(
      b,
      () => b.session.carryOverMatter(OUTGOING, { ...OPEN_MATTER, result: 'N/A' }),
      'matter-incomplete',
      'HOR-1.2',
    );
  });

  it('HOR-1.2: cause, course and result written out are recorded', async () => {
    const b = bench('reg7');
    await opened(b);
    expectAllowed(await b.session.carryOverMatter(OUTGOING, OPEN_MATTER));
    expect(b.session.current().openMatters.map((matter) => matter.matterId)).toEqual([OPEN_MATTER.matterId]);
  });

  it('HOS-4.9: filler in a short field is refused', async () => {
    const b = bench('reg7');
    await opened(b);
    const refusal = await expectRefused(
      b,
      () => b.session.carryOverMatter(OUTGOING, { ...OPEN_MATTER, nextStep: '...' }),
      'not-work-content',
      'HOS-4.9',
    );
    expect(refusal.problems[0]).toMatchObject({ path: ['nextStep'], code: 'handover.text.placeholder' });
  });

  it('HOS-4.9: a bare "正常" describing an anomaly is refused, citing FINE-12.4', async () => {
    const b = bench('reg7');
    await opened(b);
    const anomaly = {
      anomalyId: 'a-1',
      area: '地庫停車場',
      description: '正常',
      explanation: { text: '已巡查', by: OUTGOING.staffId },
    };
    const refusal = await expectRefused(
      b,
      () => b.session.recordAnomaly(OUTGOING, anomaly),
      'not-work-content',
      'FINE-12.4',
    );
    expect(refusal.clauses).toContain('HOS-4.9');
  });

  it('HOS-4.9: real work text is recorded', async () => {
    const b = bench('reg7');
    await opened(b);
    expectAllowed(
      await b.session.passOnInstruction(OUTGOING, {
        instructionId: 'i-1',
        from: '李主任',
        instruction: '今晚 20:00 起停水檢修,請提前在大堂張貼通告',
      }),
    );
  });

  it('HOS-4.10: signing with a matter count that differs from the written matters is refused', async () => {
    const b = bench('reg7');
    await readyToSign(b);
    const refusal = await expectRefused(
      b,
      () => b.session.sign(OUTGOING, { matterCount: 2 }),
      'verbal-only-matter',
      'HOS-4.10',
    );
    expect(refusal.params).toEqual({ declared: 2, written: 1 });
  });

  it('HOS-4.10: signing with the written matter count is allowed', async () => {
    const b = bench('reg7');
    await readyToSign(b);
    expectAllowed(await b.session.sign(OUTGOING, { matterCount: 1 }));
  });

  it('REG7-9.5: nothing is added to the record once someone has signed', async () => {
    const b = bench('reg7');
    await readyToSign(b);
    expectAllowed(await b.session.sign(OUTGOING, { matterCount: 1 }));
    await expectRefused(
      b,
      () => b.session.carryOverMatter(OUTGOING, { ...OPEN_MATTER, matterId: 'm-2' }),
      'record-signed',
      'REG7-9.5',
    );
  });
});

describe('acknowledging matters (HOS-4.1, REG7-9.3)', () => {
  it('HOS-4.1: the incoming person cannot sign while an open matter is unacknowledged', async () => {
    const c = bench('reg7');
    await opened(c);
    await outgoingPrepared(c);
    expectAllowed(await c.at(c.handover.arriveAt, () => c.session.arrive(INCOMING)));
    for (const item of c.policy.handover.incomingChecklist)
      expectAllowed(await c.session.checkItem(INCOMING, { itemId: item.id }));
    for (const item of c.policy.handover.inventory) {
      expectAllowed(
        await c.session.countItem(INCOMING, { itemId: item.id, counted: item.expected, status: 'ok' }),
      );
    }
    expectAllowed(await c.session.acknowledgeMatter(INCOMING, { matterId: OPEN_MATTER.matterId }));
    // A new version of the matter is new content: it must be read again.
    expectAllowed(
      await c.session.carryOverMatter(OUTGOING, { ...OPEN_MATTER, owner: 'S-102 黃志強(明早 9 點跟進)' }),
    );
    expect(c.session.current().unacknowledgedMatters).toEqual([OPEN_MATTER.matterId]);
    await expectRefused(
      c,
      () => c.at(c.handover.signAt, () => c.session.sign(INCOMING, { matterCount: 1 })),
      'matters-unacknowledged',
      'HOS-4.1',
    );
  });

  it('HOS-4.1: once acknowledged, the incoming person signs', async () => {
    const b = bench('reg7');
    await readyToSign(b);
    expect(b.session.current().unacknowledgedMatters).toEqual([]);
    expectAllowed(await b.session.sign(INCOMING, { matterCount: 1 }));
  });

  it('REG7-9.3: only the incoming person acknowledges, and only a written matter', async () => {
    const b = bench('reg7');
    await opened(b);
    expectAllowed(await b.session.carryOverMatter(OUTGOING, OPEN_MATTER));
    await expectRefused(
      b,
      () => b.session.acknowledgeMatter(OUTGOING, { matterId: OPEN_MATTER.matterId }),
      'incoming-only',
      'HOS-4.1',
    );
    expectAllowed(await b.at(b.handover.arriveAt, () => b.session.arrive(INCOMING)));
    await expectRefused(
      b,
      () => b.session.acknowledgeMatter(INCOMING, { matterId: 'm-told-verbally' }),
      'unknown-matter',
      'HOS-4.10',
    );
  });
});

describe('blocking conditions of the policy (HOR-2.4, GXP-4.2, PWR-4, REG7-9.8)', () => {
  it('REG7-9.8: unfinished important work blocks the handover', async () => {
    const b = bench('reg7');
    await opened(b);
    await outgoingPrepared(b, { matters: 0 });
    expectAllowed(await b.session.carryOverMatter(OUTGOING, { ...OPEN_MATTER, major: true }));
    await readyRest(b);
    const refusal = await expectRefused(
      b,
      () => b.session.sign(OUTGOING, { matterCount: 1 }),
      'blocked',
      'REG7-9.8',
    );
    expect(refusal.messageId).toBe('handover.blocker.important-work-unfinished');
    expect(refusal.blockers.map((blocker) => blocker.condition)).toEqual(['important-work-unfinished']);
  });

  it('REG7-9.8: once the important work is resolved, the handover goes ahead', async () => {
    const b = bench('reg7');
    await opened(b);
    await outgoingPrepared(b, { matters: 0 });
    expectAllowed(await b.session.carryOverMatter(OUTGOING, { ...OPEN_MATTER, major: true }));
    expectAllowed(
      await b.session.carryOverMatter(OUTGOING, {
        ...OPEN_MATTER,
        major: true,
        status: 'resolved',
        result: '16:40 升降機公司已更換控制板,試運行正常後恢復使用',
      }),
    );
    await readyRest(b);
    expectAllowed(await b.session.sign(OUTGOING, { matterCount: 1 }));
  });

  it('HOR-2.4: major equipment starting blocks the handover where the policy lists it', async () => {
    const c = bench('cs-department');
    await opened(c);
    expectAllowed(
      await c.session.recordEquipmentStatus(OUTGOING, {
        equipmentId: 'gen-1',
        name: '後備發電機',
        state: 'starting',
        major: true,
        note: '市電中斷,發電機自動啟動中',
      }),
    );
    await readyRestFromOpen(c);
    const refusal = await expectRefused(
      c,
      () => c.session.sign(INCOMING, { matterCount: 1 }),
      'blocked',
      'HOR-2.4',
    );
    expect(refusal.messageId).toBe('handover.blocker.equipment-transition');
  });

  it('HOR-2.4: equipment running steadily does not block', async () => {
    const c = bench('cs-department');
    await opened(c);
    const generator = { equipmentId: 'gen-1', name: '後備發電機', major: true } as const;
    expectAllowed(await c.session.recordEquipmentStatus(OUTGOING, { ...generator, state: 'starting' }));
    expectAllowed(
      await c.session.recordEquipmentStatus(OUTGOING, { ...generator, state: 'running', note: '運行穩定' }),
    );
    await readyRestFromOpen(c);
    expectAllowed(await c.session.sign(INCOMING, { matterCount: 1 }));
  });

  it('HOR-2.4: a condition the policy does not list does not block (equipment under REG7)', async () => {
    const b = bench('reg7');
    await opened(b);
    expectAllowed(
      await b.session.recordEquipmentStatus(OUTGOING, {
        equipmentId: 'pump',
        name: '水泵',
        state: 'stopping',
        major: true,
      }),
    );
    await readyRestFromOpen(b);
    expect(b.session.current().blockers).toEqual([]);
    expectAllowed(await b.session.sign(INCOMING, { matterCount: 1 }));
  });

  it('HOR-2.4: an unfit incoming person without a substitute blocks the handover', async () => {
    const c = bench('cs-department');
    await opened(c);
    expectAllowed(
      await c.at(c.handover.arriveAt, () =>
        c.session.confirmFitness(OUTGOING, { fit: false, observation: '接班人身有酒氣,說話含糊' }),
      ),
    );
    await readyRestFromOpen(c);
    const refusal = await expectRefused(
      c,
      () => c.session.sign(OUTGOING, { matterCount: 1 }),
      'blocked',
      'HOR-2.4',
    );
    expect(refusal.blockers.map((blocker) => blocker.condition)).toContain('incoming-unfit');
  });

  it('HOR-2.4: with a substitute found, the substitute takes over and signs', async () => {
    const c = bench('cs-department');
    await opened(c);
    expectAllowed(
      await c.at(c.handover.arriveAt, () =>
        c.session.confirmFitness(OUTGOING, {
          fit: false,
          observation: '接班人身有酒氣,說話含糊',
          substitute: { staffId: SUBSTITUTE.staffId, name: '張家豪' },
        }),
      ),
    );
    expect(c.session.current().incoming).toEqual({ staffId: SUBSTITUTE.staffId, name: '張家豪' });
    await expectRefused(c, () => c.session.arrive(INCOMING), 'not-a-party');
    await readyRestFromOpen(c, SUBSTITUTE);
    expectAllowed(await c.session.sign(SUBSTITUTE, { matterCount: 1 }));
    expectAllowed(await c.session.sign(OUTGOING, { matterCount: 1 }));
    expect(c.session.current().onDuty).toMatchObject({ staffId: SUBSTITUTE.staffId, side: 'incoming' });
  });

  it('GXP-4.2: signing before the handover time is blocked', async () => {
    const c = bench('cs-department');
    await readyToSign(c);
    const refusal = await expectRefused(
      c,
      () => c.at('2026-12-02T00:59:00+08:00', () => c.session.sign(OUTGOING, { matterCount: 1 })),
      'blocked',
      'GXP-4.2',
    );
    expect(refusal.messageId).toBe('handover.blocker.before-handover-time');
    expect(refusal.params).toEqual({ handoverAt: '2026-12-02T01:00:00+08:00' });
  });

  it('GXP-4.2: at the handover time the block lifts by itself', async () => {
    const c = bench('cs-department');
    await readyToSign(c);
    expectAllowed(
      await c.at('2026-12-02T01:00:00+08:00', () => c.session.sign(OUTGOING, { matterCount: 1 })),
    );
  });

  it('GXP-4.2: the outgoing person cannot sign while the incoming person has not arrived', async () => {
    const c = bench('cs-department');
    await opened(c);
    await outgoingPrepared(c);
    expect(c.session.current().blockers.map((blocker) => blocker.condition)).toContain('incoming-absent');
    await expectRefused(
      c,
      () => c.at(c.handover.signAt, () => c.session.sign(OUTGOING, { matterCount: 1 })),
      'not-arrived',
      'GXP-4.2',
    );
  });

  it("PWR-4: an incident in progress blocks the handover, citing the policy's own clause (CSM-5 for the call centre)", async () => {
    const b = bench('reg7', resolvePolicy('call-centre'));
    await opened(b);
    await readyRestFromOpen(b);
    b.clock.set('2026-12-01T17:00:00+08:00');
    expectAllowed(
      await b.session.raiseEmergency(INCOMING, {
        flagId: 'f-1',
        kind: 'incident',
        description: '電話系統中斷,來電無法接入',
      }),
    );
    const refusal = await expectRefused(
      b,
      () => b.session.sign(OUTGOING, { matterCount: 1 }),
      'blocked',
      'PWR-4',
    );
    expect(refusal.clauses).toEqual(expect.arrayContaining(['CSM-5', 'PWR-4']));
  });

  it('PWR-4: the incident cleared, the handover goes ahead', async () => {
    const b = bench('reg7', resolvePolicy('call-centre'));
    await opened(b);
    await readyRestFromOpen(b);
    b.clock.set('2026-12-01T17:00:00+08:00');
    expectAllowed(
      await b.session.raiseEmergency(INCOMING, {
        flagId: 'f-1',
        kind: 'incident',
        description: '電話系統中斷,來電無法接入',
      }),
    );
    expectAllowed(
      await b.session.clearEmergency(OUTGOING, {
        flagId: 'f-1',
        outcome: '17:06 電訊商恢復線路,測試來電正常接入',
      }),
    );
    expectAllowed(await b.session.sign(OUTGOING, { matterCount: 1 }));
  });
});

describe('emergencies during the handover (GXP-4.4, CSM-5)', () => {
  async function withEmergency(b: Bench) {
    await readyToSign(b);
    expectAllowed(
      await b.session.raiseEmergency(INCOMING, {
        flagId: 'f-fire',
        kind: 'emergency',
        description: '12 樓煙霧警報響起,保安正前往查看',
      }),
    );
  }

  it('CSM-5: an emergency blocks signing until it is cleared, whatever the policy lists', async () => {
    const b = bench('reg7');
    await withEmergency(b);
    expect(b.policy.handover.blockingConditions).not.toContain('emergency-in-progress');
    const refusal = await expectRefused(
      b,
      () => b.session.sign(INCOMING, { matterCount: 1 }),
      'blocked',
      'CSM-5',
    );
    expect(refusal.clauses).toContain('GXP-4.4');
    expect(b.session.current().openFlags[0]?.ledBy).toBe(OUTGOING.staffId);
  });

  it('CSM-5: cleared by the outgoing person, signing goes ahead', async () => {
    const b = bench('reg7');
    await withEmergency(b);
    expectAllowed(
      await b.session.clearEmergency(OUTGOING, {
        flagId: 'f-fire',
        outcome: '誤鳴:住戶煮食油煙觸發,已復位警報',
      }),
    );
    expectAllowed(await b.session.sign(INCOMING, { matterCount: 1 }));
  });

  it('GXP-4.4: the emergency is led by the outgoing person, so the incoming person cannot clear it', async () => {
    const b = bench('reg7');
    await withEmergency(b);
    await expectRefused(
      b,
      () => b.session.clearEmergency(INCOMING, { flagId: 'f-fire', outcome: '誤鳴,已復位警報' }),
      'outgoing-only',
      'GXP-4.4',
    );
  });

  it('GXP-4.4: the outgoing person cannot leave an emergency they lead', async () => {
    const b = bench('reg7', resolvePolicy('estate-group'));
    await opened(b);
    expectAllowed(
      await b.session.raiseEmergency(OUTGOING, {
        flagId: 'f-water',
        kind: 'emergency',
        description: '地庫水浸,正在關閉總水閘',
      }),
    );
    await expectRefused(b, () => b.session.leave(OUTGOING), 'emergency-open', 'GXP-4.4');
    expectAllowed(
      await b.session.clearEmergency(OUTGOING, { flagId: 'f-water', outcome: '總水閘已關,清潔部正在抽水' }),
    );
    expectAllowed(await b.session.leave(OUTGOING));
  });

  it('CSM-5: clearing an emergency nobody raised is refused', async () => {
    const b = bench('reg7');
    await opened(b);
    await expectRefused(
      b,
      () => b.session.clearEmergency(OUTGOING, { flagId: 'f-x', outcome: '誤鳴,已復位警報' }),
      'unknown-flag',
      'CSM-5',
    );
  });
});

describe('disputes (HOS-4.11)', () => {
  async function withDispute(b: Bench) {
    await readyToSign(b);
    expectAllowed(
      await b.session.raiseDispute(INCOMING, {
        disputeId: 'd-1',
        description: '備用鎖匙串少了一條,雙方對何時不見說法不一',
        reportedTo: '李主任',
      }),
    );
  }

  it('HOS-4.11: an open dispute blocks signing and keeps the outgoing person on duty', async () => {
    const b = bench('reg7');
    await withDispute(b);
    await expectRefused(b, () => b.session.sign(OUTGOING, { matterCount: 1 }), 'blocked', 'HOS-4.11');
    await expectRefused(b, () => b.session.leave(OUTGOING), 'dispute-open', 'HOS-4.11');
    expect(b.session.current().onDuty).toMatchObject({ staffId: OUTGOING.staffId, side: 'outgoing' });
  });

  it('HOS-4.11: once settled, the handover goes ahead', async () => {
    const b = bench('reg7');
    await withDispute(b);
    expectAllowed(
      await b.session.resolveDispute(OUTGOING, {
        disputeId: 'd-1',
        resolution: '主任翻查登記,鎖匙昨日已交工程部,雙方確認',
      }),
    );
    expectAllowed(await b.session.sign(OUTGOING, { matterCount: 1 }));
    await expectRefused(
      b,
      () => b.session.resolveDispute(OUTGOING, { disputeId: 'd-1', resolution: '再次確認無誤' }),
      'already-recorded',
    );
    await expectRefused(
      b,
      () => b.session.resolveDispute(OUTGOING, { disputeId: 'd-2', resolution: '沒有此爭執' }),
      'unknown-dispute',
      'HOS-4.11',
    );
  });
});

describe('the outgoing person stays until the handover is done (HOS-4.12, CSD-3.2, REG7-9.8)', () => {
  it('HOS-4.12: the outgoing person cannot leave before both have signed', async () => {
    const b = bench('cs-department');
    await readyToSign(b);
    expectAllowed(await b.session.sign(OUTGOING, { matterCount: 1 }));
    await expectRefused(b, () => b.session.leave(OUTGOING), 'outgoing-must-stay', 'HOS-4.12');
  });

  it('CSD-3.2: the outgoing person cannot sign off before the incoming person has arrived', async () => {
    const b = bench('reg7');
    await opened(b);
    await outgoingPrepared(b);
    await expectRefused(b, () => b.session.sign(OUTGOING, { matterCount: 1 }), 'not-arrived', 'CSD-3.2');
  });

  it('CSD-3.2: after both signatures the outgoing person leaves', async () => {
    const b = bench('cs-department');
    await readyToSign(b);
    expectAllowed(await b.session.sign(INCOMING, { matterCount: 1 }));
    expectAllowed(await b.session.sign(OUTGOING, { matterCount: 1 }));
    expectAllowed(await b.session.leave(OUTGOING));
    expect(b.session.current().present).toEqual({ outgoing: false, incoming: true });
    await expectRefused(b, () => b.session.leave(OUTGOING), 'outgoing-left', 'HOS-4.12');
  });

  it('HOS-4.12: where the policy does not keep the outgoing person (estate-group), they may leave', async () => {
    const b = bench('reg7', resolvePolicy('estate-group'));
    await opened(b);
    expectAllowed(await b.session.leave(OUTGOING));
    await expectRefused(
      b,
      () => b.session.carryOverMatter(OUTGOING, OPEN_MATTER),
      'outgoing-left',
      'HOS-4.12',
    );
  });
});

describe('formally on duty once every signature is in (PWR-2, REG7-9.5)', () => {
  it('PWR-2: with one signature the outgoing person is still on duty', async () => {
    const b = bench('reg7');
    await readyToSign(b);
    expectAllowed(await b.session.sign(INCOMING, { matterCount: 1 }));
    expect(b.session.current().onDuty).toEqual({
      staffId: OUTGOING.staffId,
      side: 'outgoing',
      since: undefined,
    });
    expect(b.session.current().phase).toBe('incoming-checking');
  });

  it('PWR-2: with both signatures the incoming person is on duty from the last one', async () => {
    const b = bench('reg7');
    await readyToSign(b);
    expectAllowed(await b.session.sign(INCOMING, { matterCount: 1 }));
    expectAllowed(
      await b.at('2026-12-01T17:01:00+08:00', () => b.session.sign(OUTGOING, { matterCount: 1 })),
    );
    expect(b.session.current().onDuty).toEqual({
      staffId: INCOMING.staffId,
      side: 'incoming',
      since: '2026-12-01T17:01:00+08:00',
    });
    expect(b.session.current().phase).toBe('signed-by-both');
  });

  it('REG7-9.5: the handover complete, further handover steps are refused', async () => {
    const b = bench('reg7');
    await readyToSign(b);
    expectAllowed(await b.session.sign(INCOMING, { matterCount: 1 }));
    expectAllowed(await b.session.sign(OUTGOING, { matterCount: 1 }));
    await expectRefused(
      b,
      () =>
        b.session.raiseEmergency(INCOMING, {
          flagId: 'f',
          kind: 'emergency',
          description: '停電,後備電源已啟動',
        }),
      'handover-complete',
      'PWR-2',
    );
    await expectRefused(b, () => b.session.sign(INCOMING, { matterCount: 1 }), 'handover-complete');
  });

  it('REG7-9.5: a party signs once, and signing needs the preparation done', async () => {
    const b = bench('reg7');
    await opened(b);
    expectAllowed(await b.at(b.handover.arriveAt, () => b.session.arrive(INCOMING)));
    await expectRefused(b, () => b.session.sign(INCOMING, { matterCount: 0 }), 'not-prepared', 'REG7-9.6');
  });
});

describe('the supervisor countersign (REG7-9.9)', () => {
  async function signed(b: Bench) {
    await readyToSign(b);
    expectAllowed(await b.session.sign(INCOMING, { matterCount: 1 }));
    expectAllowed(await b.session.sign(OUTGOING, { matterCount: 1 }));
  }

  it("REG7-9.9: only the policy's countersigning role countersigns", async () => {
    const b = bench('reg7');
    await signed(b);
    const manager = { staffId: 'S-301', role: 'property-manager' };
    const refusal = await expectRefused(
      b,
      () => b.session.countersign(manager),
      'not-countersign-role',
      'REG7-9.9',
    );
    expect(refusal.params).toEqual({ role: 'cs-supervisor' });
  });

  it('REG7-9.9: the supervisor countersigns a record signed by both', async () => {
    const b = bench('reg7');
    await signed(b);
    expectAllowed(
      await b.at(b.handover.countersignAt, () =>
        b.session.countersign(b.handover.supervisor, { note: '已核對記錄,升降機事項明早跟進' }),
      ),
    );
    expect(b.session.current().phase).toBe('countersigned');
    await expectRefused(b, () => b.session.countersign(b.handover.supervisor), 'already-recorded');
  });

  it('REG7-9.9: a record not signed by both is not countersigned', async () => {
    const b = bench('reg7');
    await readyToSign(b);
    await expectRefused(
      b,
      () => b.session.countersign(b.handover.supervisor),
      'not-signed-by-both',
      'REG7-9.9',
    );
  });

  it('REG7-9.9: a party to the handover cannot countersign it, even holding the role', async () => {
    const b = bench('reg7');
    await signed(b);
    await expectRefused(
      b,
      () => b.session.countersign({ ...OUTGOING, role: 'cs-supervisor' }),
      'countersign-by-party',
      'REG7-9.9',
    );
  });
});

describe('commands on a list of entries', () => {
  it('fold the entries of the named handover and leave other handovers alone', async () => {
    const b = bench('reg7');
    await readyToSign(b);
    const entries = await b.journal.entries();
    const context = {
      policy: b.policy,
      actor: INCOMING,
      at: b.handover.signAt,
      handoverId: b.handover.open.handoverId,
    };
    const result = sign(entries, context, { matterCount: 1 });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.entry.id).toBe(`${b.handover.open.handoverId}/${entries.length}`);
    const other = sign(entries, { ...context, handoverId: 'h-none' }, { matterCount: 1 });
    expect(other.ok ? undefined : other.refusal.code).toBe('not-opened');
  });
});

/** After the outgoing person prepared: arrival, incoming checks, counts, acknowledgements; the clock at handover time. */
async function readyRest(b: Bench, incoming = INCOMING) {
  expectAllowed(await b.at(b.handover.signAt, () => b.session.arrive(incoming)));
  for (const item of b.policy.handover.incomingChecklist)
    expectAllowed(await b.session.checkItem(incoming, { itemId: item.id }));
  for (const item of b.policy.handover.inventory) {
    expectAllowed(
      await b.session.countItem(incoming, { itemId: item.id, counted: item.expected, status: 'ok' }),
    );
  }
  for (const matterId of b.session.current().unacknowledgedMatters) {
    expectAllowed(await b.session.acknowledgeMatter(incoming, { matterId }));
  }
}

/** From an opened handover to ready to sign, one matter written, at handover time. */
async function readyRestFromOpen(b: Bench, incoming = INCOMING) {
  await outgoingPrepared(b);
  await readyRest(b, incoming);
}
