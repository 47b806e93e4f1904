import { describe, expect, it } from 'vitest';
import { isClauseId } from '../../policy/clauses.js';
import { resolvePolicy } from '../../policy/resolve.js';
import { MESSAGES } from '../../messages.js';
import { RULE_IDS } from '../../rule-registry.js';
import { createJournal } from '../../journal/journal.js';
import { createMemoryAdapter } from '../../journal/memory-adapter.js';
import { checkHandover } from '../check.js';
import {
  bench,
  CASES,
  expectAllowed,
  INCOMING,
  OPEN_MATTER,
  OUTGOING,
  readyToSign,
  type Bench,
} from '../handover-test-helpers.js';
import { HANDOVER_RULES } from './index.js';

async function findings(b: Bench, now: string, rule?: string) {
  const all = checkHandover(await b.journal.entries(), b.policy, { now });
  return rule === undefined ? all : all.filter((finding) => finding.rule === rule);
}

async function signedByBoth(b: Bench) {
  await readyToSign(b);
  expectAllowed(await b.session.sign(INCOMING, { matterCount: 1 }));
  expectAllowed(await b.session.sign(OUTGOING, { matterCount: 1 }));
}

describe('handover rule metadata', () => {
  it.each(HANDOVER_RULES.map((rule) => [rule.meta.id, rule] as const))(
    '%s is registered and well formed',
    (id, rule) => {
      expect(RULE_IDS).toContain(id);
      expect(rule.meta.domain).toBe('handover');
      expect(id.startsWith('handover/')).toBe(true);
      for (const clause of rule.meta.clauses) expect(isClauseId(clause)).toBe(true);
      for (const message of rule.meta.messages) expect(MESSAGES.en[message]).toBeDefined();
      expect(rule.meta.summary.en.length).toBeGreaterThan(0);
    },
  );

  it('a clean handover, countersigned in time, raises nothing', async () => {
    const b = bench('reg7');
    await signedByBoth(b);
    expectAllowed(await b.at(b.handover.countersignAt, () => b.session.countersign(b.handover.supervisor)));
    expect(await findings(b, b.handover.afterCountersignDue)).toEqual([]);
  });
});

describe('handover/arrival-late (REG7-9.1, CSM-1, HOS-4.1)', () => {
  it("reports an incoming person still missing after the due time, with the policy's clause (CSD-2.1.1)", async () => {
    const b = bench('cs-department');
    expectAllowed(await b.at(b.handover.openAt, () => b.session.open(OUTGOING, b.handover.open)));
    expect(await findings(b, '2026-12-02T00:45:00+08:00', 'handover/arrival-late')).toEqual([]);
    const [finding] = await findings(b, '2026-12-02T00:46:00+08:00', 'handover/arrival-late');
    expect(finding).toMatchObject({
      messageId: 'handover.arrival-missing',
      severity: 'warn',
      clauses: ['CSD-2.1.1'],
      params: { staff: INCOMING.staffId, dueAt: '2026-12-02T00:45:00+08:00' },
      subject: { record: 'h-2026-12-01-night', shiftInstances: ['2026-12-01/night/front-desk'] },
    });
  });

  it("can be silenced by the policy's severity setting", async () => {
    const policy = resolvePolicy('cs-department', { severity: { 'handover/arrival-late': 'off' } });
    const b = bench('cs-department', policy);
    expectAllowed(await b.at(b.handover.openAt, () => b.session.open(OUTGOING, b.handover.open)));
    expect(await findings(b, '2026-12-02T01:30:00+08:00', 'handover/arrival-late')).toEqual([]);
  });
});

describe('handover/preparation-late (REG7-9.6)', () => {
  it('reports a preparation finished after the handover time', async () => {
    const b = bench('reg7');
    expectAllowed(await b.at(b.handover.openAt, () => b.session.open(OUTGOING, b.handover.open)));
    b.clock.set('2026-12-01T17:04:00+08:00');
    for (const item of b.policy.handover.outgoingChecklist.filter((candidate) => candidate.required)) {
      expectAllowed(await b.session.checkItem(OUTGOING, { itemId: item.id }));
    }
    expectAllowed(await b.session.markPrepared(OUTGOING));
    const [finding] = await findings(b, '2026-12-01T17:05:00+08:00', 'handover/preparation-late');
    expect(finding).toMatchObject({
      messageId: 'handover.preparation-late',
      params: { preparedAt: '2026-12-01T17:04:00+08:00', handoverAt: '2026-12-01T17:00:00+08:00' },
    });
  });

  it('reports a preparation still missing after the handover time, and nothing before it', async () => {
    const b = bench('reg7');
    expectAllowed(await b.at(b.handover.openAt, () => b.session.open(OUTGOING, b.handover.open)));
    expect(await findings(b, '2026-12-01T17:00:00+08:00', 'handover/preparation-late')).toEqual([]);
    const [finding] = await findings(b, '2026-12-01T17:01:00+08:00', 'handover/preparation-late');
    expect(finding?.messageId).toBe('handover.preparation-missing');
  });
});

describe('handover/inventory-explained (REG7-9.2, HOR-1.5)', () => {
  it('reports an explanation moved to someone other than the outgoing person by an amendment', async () => {
    const b = bench('reg7');
    await readyToSign(b);
    const explanation = { text: '對講機送修,維修單號 R-2291', by: OUTGOING.staffId };
    const count = expectAllowed(
      await b.session.countItem(INCOMING, { itemId: 'radio', counted: 0, status: 'missing', explanation }),
    );
    await b.journal.amend(
      count.id,
      { explanation: { ...explanation, by: INCOMING.staffId } },
      INCOMING,
      b.handover.signAt,
      '更正說明人',
    );
    const [finding] = await findings(b, b.handover.signAt, 'handover/inventory-explained');
    expect(finding).toMatchObject({
      messageId: 'handover.inventory-explained-by-other',
      severity: 'error',
      params: { item: 'radio', staff: INCOMING.staffId, outgoing: OUTGOING.staffId },
    });
  });

  it('reports an item left "in order" after an amendment changed its count', async () => {
    const b = bench('reg7');
    await readyToSign(b);
    const count = (await b.journal.entries()).find((entry) => entry.type === 'handover.item-counted');
    await b.journal.amend(count?.id ?? '', { counted: 0 }, INCOMING, b.handover.signAt, '重新點算');
    const [finding] = await findings(b, b.handover.signAt, 'handover/inventory-explained');
    expect(finding).toMatchObject({
      messageId: 'handover.inventory-count-mismatch',
      params: { counted: 0, expected: 1 },
    });
  });

  it('reports a non-ok count without explanation written around the commands (the fold still reads it)', async () => {
    const journal = createJournal({ adapter: createMemoryAdapter(), allowUnknownTypes: true });
    const { open, policy } = CASES.reg7;
    await journal.append({
      id: 'o',
      at: '2026-12-01T16:40:00+08:00',
      actor: OUTGOING,
      type: 'handover.opened',
      payload: open,
    });
    await journal.append({
      id: 'c',
      at: '2026-12-01T16:50:00+08:00',
      actor: INCOMING,
      type: 'handover.item-counted',
      payload: { handoverId: open.handoverId, itemId: 'keys', counted: 0, status: 'missing' },
    });
    const all = checkHandover(await journal.entries(), policy, { now: '2026-12-01T16:51:00+08:00' });
    expect(all.find((finding) => finding.rule === 'handover/inventory-explained')).toMatchObject({
      messageId: 'handover.inventory-unexplained',
      params: { item: 'keys' },
      subject: { entries: [1] },
    });
  });
});

describe('handover/anomaly-explained (REG7-9.4)', () => {
  it('reports an anomaly whose explanation an amendment moved away from the outgoing person', async () => {
    const b = bench('reg7');
    expectAllowed(await b.at(b.handover.openAt, () => b.session.open(OUTGOING, b.handover.open)));
    const anomaly = expectAllowed(
      await b.session.recordAnomaly(OUTGOING, {
        anomalyId: 'a-gate',
        area: '後門閘口',
        description: '後門閘口電子鎖失靈,閘門無法鎖上',
        explanation: { text: '16:10 已報工程部,暫由保安派人駐守', by: OUTGOING.staffId },
      }),
    );
    expect(await findings(b, b.handover.openAt, 'handover/anomaly-explained')).toEqual([]);
    await b.journal.amend(
      anomaly.id,
      { explanation: { text: '16:10 已報工程部,暫由保安派人駐守', by: 'S-888' } },
      OUTGOING,
      b.handover.openAt,
      '更正',
    );
    const [finding] = await findings(b, b.handover.openAt, 'handover/anomaly-explained');
    expect(finding).toMatchObject({
      messageId: 'handover.anomaly-explained-by-other',
      clauses: ['REG7-9.4'],
    });
  });
});

describe('handover/matter-follow-up (REG7-9.3, HOS-4.6)', () => {
  it('reports an open matter without owner, due date and next step', async () => {
    const b = bench('reg7');
    expectAllowed(await b.at(b.handover.openAt, () => b.session.open(OUTGOING, b.handover.open)));
    const { matterId, title, cause, course, result, status } = OPEN_MATTER;
    expectAllowed(
      await b.session.carryOverMatter(OUTGOING, { matterId, title, cause, course, result, status }),
    );
    const messages = (await findings(b, b.handover.openAt, 'handover/matter-follow-up')).map(
      (f) => f.messageId,
    );
    expect(messages.sort()).toEqual([
      'handover.matter-no-due',
      'handover.matter-no-next-step',
      'handover.matter-no-owner',
    ]);
  });

  it('says nothing of a matter with owner, due date and next step, or of a resolved one', async () => {
    const b = bench('reg7');
    await readyToSign(b, { matters: 2 });
    expect(await findings(b, b.handover.signAt, 'handover/matter-follow-up')).toEqual([]);
  });
});

describe('handover/countersign-deadline (REG7-9.9)', () => {
  it.each(['reg7', 'cs-department'] as const)(
    '%s: reports a signed record not countersigned by the deadline',
    async (preset) => {
      const b = bench(preset);
      await signedByBoth(b);
      expect(await findings(b, b.handover.countersignAt, 'handover/countersign-deadline')).toEqual([]);
      const [finding] = await findings(b, b.handover.afterCountersignDue, 'handover/countersign-deadline');
      expect(finding).toMatchObject({
        messageId: 'handover.countersign-overdue',
        severity: 'error',
        clauses: ['REG7-9.9'],
        params: { role: b.policy.handover.countersign.role },
      });
    },
  );

  it('reports a countersign made after the deadline', async () => {
    const b = bench('cs-department');
    await signedByBoth(b);
    expectAllowed(
      await b.at('2026-12-02T09:20:00+08:00', () => b.session.countersign(b.handover.supervisor)),
    );
    const [finding] = await findings(b, '2026-12-02T10:00:00+08:00', 'handover/countersign-deadline');
    expect(finding).toMatchObject({
      messageId: 'handover.countersign-late',
      params: { dueAt: '2026-12-02T09:00:00+08:00', countersignedAt: '2026-12-02T09:20:00+08:00' },
    });
  });
});

describe('handover/unread-entries (HOS-4.8, REG7-8.5a)', () => {
  it('reports an amendment that does not match the record it names', async () => {
    const b = bench('reg7');
    expectAllowed(await b.at(b.handover.openAt, () => b.session.open(OUTGOING, b.handover.open)));
    const matter = expectAllowed(await b.session.carryOverMatter(OUTGOING, OPEN_MATTER));
    await b.journal.amend(matter.id, { handoverId: 'h-elsewhere' }, OUTGOING, b.handover.openAt, '移走');
    const [finding] = await findings(b, b.handover.openAt, 'handover/unread-entries');
    expect(finding).toMatchObject({ messageId: 'handover.amendment-not-applied', clauses: ['REG7-8.5a'] });
  });
});
