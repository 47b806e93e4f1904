/**
 * CSM-6 (漏交、錯交 are the outgoing person's; 錯接 the incoming person's),
 * PWR-2 (the last signature is the boundary) and HOS-4.5 (what is not
 * written clearly is the previous shift's), each proven by a journal
 * written through the real handover and case commands.
 */
import { describe, expect, it } from 'vitest';
import { openCase } from '../cases/commands.js';
import { formatMessage } from '../diagnostics/format.js';
import type { SealedEntry } from '../journal/entry.js';
import { createJournal } from '../journal/journal.js';
import { createMemoryAdapter } from '../journal/memory-adapter.js';
import { deriveResponsibility } from './derive.js';
import type { IncidentInput } from './incident.js';
import { ALICE, at, BEN, CARL, intakeOf, matter, site, type Site } from './liability-test-helpers.js';

const D1 = '2026-12-01';
const D2 = '2026-12-02';

async function judge(s: Site, incident: IncidentInput) {
  return deriveResponsibility({ index: await s.index(), policy: s.policy, incident });
}

/** The seq of the entry of `type` in handover or case `subject` that matches `test`. */
function seqOf(
  entries: readonly SealedEntry[],
  type: string,
  test: (payload: Record<string, unknown>) => boolean = () => true,
): number {
  const found = entries.find(
    (entry) => entry.type === type && test(entry.payload as Record<string, unknown>),
  );
  if (found === undefined) throw new Error(`no ${type}`);
  return found.seq;
}

const seqs = (verdict: Awaited<ReturnType<typeof judge>>, party = 0) =>
  (verdict.responsible[party]?.evidence ?? []).flatMap((item) => (item.kind === 'entry' ? [item.seq] : []));

describe('CSM-6: a matter left out of the handover is the outgoing person’s', () => {
  async function twoHandovers(carriedAgain: boolean) {
    const s = site();
    await s.handover({
      id: 'h1',
      day: D1,
      from: 'day',
      outgoing: ALICE,
      incoming: BEN,
      matters: [matter('m-lift')],
    });
    await s.handover({
      id: 'h2',
      day: D1,
      from: 'night',
      outgoing: BEN,
      incoming: CARL,
      matters: carriedAgain ? [matter('m-lift', { course: '21:00 升降機公司回覆明早到場' })] : [],
    });
    return s;
  }

  it('CSM-6: the follower who dropped the matter at the next handover answers for it, from the matter alone', async () => {
    const s = await twoHandovers(false);
    const entries = await s.entries();
    const verdict = await judge(s, {
      id: 'inc-1',
      what: 'omitted-matter',
      foundAt: at(D2, '09:00'),
      concerns: { matterId: 'm-lift' },
    });
    expect(verdict).toMatchObject({ status: 'determined', clauses: ['CSM-6'], missingEvidence: [] });
    expect(verdict.responsible).toHaveLength(1);
    expect(verdict.responsible[0]).toMatchObject({
      staffId: BEN.staffId,
      role: 'outgoing',
      share: 'direct',
      clauses: ['CSM-6'],
      because: {
        messageId: 'liability.because.omitted-matter',
        params: {
          staff: BEN.staffId,
          matter: 'm-lift',
          handover: 'h2',
          signedAt: '2026-12-02T01:00:00+08:00',
        },
      },
    });
    // The matter as taken over, its acknowledgement, and the handover that dropped it, signed by BEN.
    expect(seqs(verdict)).toEqual(
      expect.arrayContaining([
        seqOf(entries, 'handover.matter-carried-over'),
        seqOf(entries, 'handover.matter-acknowledged'),
        seqOf(entries, 'handover.opened', (p) => p['handoverId'] === 'h2'),
        seqOf(entries, 'handover.signed', (p) => p['handoverId'] === 'h2' && p['role'] === 'outgoing'),
      ]),
    );
    expect(formatMessage(verdict.summary.messageId, verdict.summary.params, 'en')).toBe(
      'Incident inc-1: the journal holds S-102 responsible.',
    );
  });

  it('CSM-6: the handover named gives the same verdict', async () => {
    const s = await twoHandovers(false);
    const named = await judge(s, {
      id: 'inc-1',
      what: 'omitted-matter',
      foundAt: at(D2, '09:00'),
      concerns: { matterId: 'm-lift', handoverId: 'h2' },
    });
    const byShift = await judge(s, {
      id: 'inc-1',
      what: 'omitted-matter',
      foundAt: at(D2, '09:00'),
      concerns: { matterId: 'm-lift', shiftInstance: '2026-12-01/night/front-desk' },
    });
    expect(named.responsible.map((party) => party.staffId)).toEqual([BEN.staffId]);
    expect(byShift.responsible).toEqual(named.responsible);
  });

  it('CSM-6: a matter carried over again was not left out — nobody answers, and the entry says so', async () => {
    const s = await twoHandovers(true);
    const verdict = await judge(s, {
      id: 'inc-1',
      what: 'omitted-matter',
      foundAt: at(D2, '09:00'),
      concerns: { matterId: 'm-lift', handoverId: 'h2' },
    });
    expect(verdict).toMatchObject({
      status: 'determined',
      responsible: [],
      summary: {
        messageId: 'liability.clear.matter-handed-over',
        params: { matter: 'm-lift', handover: 'h2' },
      },
    });
  });

  it('CSM-6, FCR-4.1: an open case its owner never handed over is the owner’s omission', async () => {
    const s = site();
    const intake = await s.caseAct(ALICE, at(D1, '10:00'), (source, context) =>
      openCase(source, context, intakeOf('c-7', 'general')),
    );
    await s.handover({ id: 'h1', day: D1, from: 'day', outgoing: ALICE, incoming: BEN });
    const verdict = await judge(s, {
      id: 'inc-2',
      what: 'omitted-matter',
      foundAt: at(D1, '20:00'),
      concerns: { caseId: 'c-7' },
    });
    expect(verdict.status).toBe('determined');
    expect(verdict.responsible[0]).toMatchObject({
      staffId: ALICE.staffId,
      role: 'outgoing',
      clauses: ['CSM-6'],
    });
    expect(seqs(verdict)).toContain(intake.seq);
  });

  it('undetermined: the journal does not show the matter open with the outgoing person', async () => {
    const s = await twoHandovers(false);
    const verdict = await judge(s, {
      id: 'inc-3',
      what: 'omitted-matter',
      foundAt: at(D2, '09:00'),
      concerns: { matterId: 'm-ghost', handoverId: 'h2' },
    });
    expect(verdict).toMatchObject({
      status: 'undetermined',
      responsible: [],
      missingEvidence: [
        {
          kind: 'pending',
          messageId: 'liability.missing.pending',
          params: { matter: 'm-ghost', staff: BEN.staffId },
        },
      ],
      summary: { messageId: 'liability.summary.undetermined', params: { incident: 'inc-3', count: 1 } },
    });
  });

  it('undetermined: the holder has not handed over since taking the matter over', async () => {
    const s = site();
    await s.handover({
      id: 'h1',
      day: D1,
      from: 'day',
      outgoing: ALICE,
      incoming: BEN,
      matters: [matter('m-lift')],
    });
    const verdict = await judge(s, {
      id: 'inc-4',
      what: 'omitted-matter',
      foundAt: at(D1, '20:00'),
      concerns: { matterId: 'm-lift' },
    });
    expect(verdict.missingEvidence).toEqual([
      {
        kind: 'handover',
        messageId: 'liability.missing.handover-after',
        params: { matter: 'm-lift', staff: BEN.staffId },
      },
    ]);
  });

  it('undetermined: an incident that names no matter', async () => {
    const s = await twoHandovers(false);
    const verdict = await judge(s, {
      id: 'inc-5',
      what: 'omitted-matter',
      foundAt: at(D2, '09:00'),
      concerns: {},
    });
    expect(verdict.missingEvidence).toEqual([
      { kind: 'subject', messageId: 'liability.missing.subject', params: { field: 'matterId' } },
    ]);
  });
});

describe('CSM-6: a matter handed over wrongly is the outgoing person’s', () => {
  it('CSM-6: the signer of the record answers; the correction written afterwards is cited', async () => {
    const s = site();
    await s.handover({
      id: 'h1',
      day: D1,
      from: 'day',
      outgoing: ALICE,
      incoming: BEN,
      matters: [matter('m-parcel', { title: '12 樓 3 室包裹代收', status: 'in-progress' })],
    });
    const original = (await s.entries()).find((entry) => entry.type === 'handover.matter-carried-over');
    if (original === undefined) throw new Error('no matter');
    const correction = await s.journal.amend(
      original.id,
      { result: '包裹屬 13 樓 3 室,已改由 13 樓住戶領取' },
      ALICE,
      at(D1, '18:10'),
      '交班時寫錯樓層',
    );
    const verdict = await judge(s, {
      id: 'inc-6',
      what: 'wrong-handover',
      foundAt: at(D1, '18:00'),
      concerns: { matterId: 'm-parcel' },
    });
    expect(verdict).toMatchObject({ status: 'determined', clauses: ['CSM-6'] });
    expect(verdict.responsible[0]).toMatchObject({
      staffId: ALICE.staffId,
      role: 'outgoing',
      because: {
        messageId: 'liability.because.wrong-handover',
        params: { matter: 'm-parcel', handover: 'h1', signedAt: '2026-12-01T17:30:00+08:00' },
      },
    });
    expect(seqs(verdict)).toEqual(expect.arrayContaining([original.seq, correction.seq]));
  });

  it('undetermined: the named handover holds no such matter', async () => {
    const s = site();
    await s.handover({ id: 'h1', day: D1, from: 'day', outgoing: ALICE, incoming: BEN });
    const verdict = await judge(s, {
      id: 'inc-7',
      what: 'wrong-handover',
      foundAt: at(D1, '18:00'),
      concerns: { matterId: 'm-parcel', handoverId: 'h1' },
    });
    expect(verdict.missingEvidence.map((item) => item.kind)).toEqual(['matter']);
  });
});

describe('CSM-6, PWR-2: a careless receipt is the incoming person’s, from the last signature on', () => {
  it('CSM-6, PWR-2: the incoming person who counted the item and signed answers for the receipt', async () => {
    const s = site();
    await s.handover({ id: 'h1', day: D1, from: 'day', outgoing: ALICE, incoming: BEN });
    const entries = await s.entries();
    const verdict = await judge(s, {
      id: 'inc-8',
      what: 'careless-receipt',
      foundAt: at(D1, '18:00'),
      concerns: { post: 'front-desk', itemId: 'documents' },
    });
    expect(verdict).toMatchObject({ status: 'determined', clauses: ['CSM-6', 'PWR-2'] });
    expect(verdict.responsible[0]).toMatchObject({
      staffId: BEN.staffId,
      role: 'incoming',
      because: { params: { handover: 'h1', boundary: '2026-12-01T17:30:00+08:00' } },
    });
    expect(seqs(verdict)).toContain(
      seqOf(entries, 'handover.item-counted', (p) => p['itemId'] === 'documents'),
    );
  });

  it('PWR-2: found before the last signature, the receipt was not complete', async () => {
    const s = site();
    await s.handover({ id: 'h1', day: D1, from: 'day', outgoing: ALICE, incoming: BEN });
    const verdict = await judge(s, {
      id: 'inc-9',
      what: 'careless-receipt',
      foundAt: at(D1, '17:29'),
      concerns: { handoverId: 'h1' },
    });
    expect(verdict).toMatchObject({
      status: 'determined',
      responsible: [],
      summary: { messageId: 'liability.clear.before-takeover' },
    });
  });

  it('undetermined: a handover not signed by both has no boundary', async () => {
    const s = site();
    await s.handover({ id: 'h1', day: D1, from: 'day', outgoing: ALICE, incoming: BEN, stopBefore: 'sign' });
    const verdict = await judge(s, {
      id: 'inc-10',
      what: 'careless-receipt',
      foundAt: at(D1, '18:00'),
      concerns: { handoverId: 'h1' },
    });
    expect(verdict.missingEvidence).toEqual([
      { kind: 'signatures', messageId: 'liability.missing.signatures', params: { handover: 'h1' } },
    ]);
  });
});

describe('HOS-4.5: what is not written clearly is the previous shift’s', () => {
  it('HOS-4.5, REG7-9.3: an open matter without its next step and owner', async () => {
    const s = site();
    const full = matter('m-noise');
    const bare = {
      matterId: full.matterId,
      title: full.title,
      cause: full.cause,
      course: full.course,
      result: full.result,
      status: full.status,
    };
    await s.handover({ id: 'h1', day: D1, from: 'day', outgoing: ALICE, incoming: BEN, matters: [bare] });
    const verdict = await judge(s, {
      id: 'inc-11',
      what: 'unclear-record',
      foundAt: at(D1, '19:00'),
      concerns: { handoverId: 'h1' },
    });
    expect(verdict).toMatchObject({ status: 'determined', clauses: ['HOS-4.5', 'REG7-9.3'] });
    expect(verdict.responsible[0]).toMatchObject({
      staffId: ALICE.staffId,
      role: 'outgoing',
      because: {
        messageId: 'liability.because.unclear-record',
        params: { fields: 'm-noise.nextStep, m-noise.owner' },
      },
    });
  });

  it('HOS-4.5, HOR-1.2: filler in cause, course and result of a record imported from paper', async () => {
    // A journal that takes entries from an older system as written: the commands still check what they write.
    const journal = createJournal({ adapter: createMemoryAdapter(), allowUnknownTypes: true });
    const s = site(undefined, journal);
    await s.handover({
      id: 'h1',
      day: D1,
      from: 'day',
      outgoing: ALICE,
      incoming: BEN,
      during: async () => {
        await journal.append({
          id: 'h1/imported-matter',
          at: at(D1, '17:25'),
          actor: ALICE,
          type: 'handover.matter-carried-over',
          payload: {
            handoverId: 'h1',
            matterId: 'm-paper',
            title: '住戶來電',
            cause: '同上',
            course: 'OK',
            result: '已處理',
            status: 'resolved',
            major: false,
          },
        });
      },
    });
    const verdict = await judge(s, {
      id: 'inc-12',
      what: 'unclear-record',
      foundAt: at(D1, '19:00'),
      concerns: { matterId: 'm-paper' },
    });
    expect(verdict).toMatchObject({ status: 'determined', clauses: ['HOS-4.5', 'HOR-1.2'] });
    expect(verdict.responsible[0]?.because.params).toMatchObject({
      staff: ALICE.staffId,
      fields: 'm-paper.cause, m-paper.course, m-paper.result',
    });
  });

  it('undetermined: a record that passes every check — a person must say what is unclear', async () => {
    const s = site();
    await s.handover({
      id: 'h1',
      day: D1,
      from: 'day',
      outgoing: ALICE,
      incoming: BEN,
      matters: [matter('m-lift')],
    });
    const verdict = await judge(s, {
      id: 'inc-13',
      what: 'unclear-record',
      foundAt: at(D1, '19:00'),
      concerns: { handoverId: 'h1' },
    });
    expect(verdict.missingEvidence).toEqual([
      { kind: 'unclear-part', messageId: 'liability.missing.unclear-part', params: { handover: 'h1' } },
    ]);
  });
});
