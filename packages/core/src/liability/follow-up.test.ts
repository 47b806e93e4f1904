/**
 * HOS-4.6: a follow-up taken over and not done is the responsibility of the
 * person who took it over; handing it over again without it adds CSM-6.
 */
import { describe, expect, it } from 'vitest';
import { openCase, resolveCase } from '../cases/commands.js';
import { deriveResponsibility } from './derive.js';
import type { IncidentInput } from './incident.js';
import { ALICE, at, BEN, CARL, intakeOf, matter, site, type Site } from './liability-test-helpers.js';

const D1 = '2026-12-01';
const D2 = '2026-12-02';

async function judge(s: Site, incident: IncidentInput) {
  return deriveResponsibility({ index: await s.index(), policy: s.policy, incident });
}

function notDone(foundAt: string, matterId = 'm-lift'): IncidentInput {
  return { id: 'inc-follow', what: 'follow-up-not-done', foundAt, concerns: { matterId } };
}

describe('HOS-4.6: the follower answers for a follow-up not done', () => {
  it('HOS-4.6: due on the 1st, held by the night officer when the day ended', async () => {
    const s = site();
    await s.handover({
      id: 'h1',
      day: D1,
      from: 'day',
      outgoing: ALICE,
      incoming: BEN,
      matters: [matter('m-lift', { due: D1 })],
    });
    await s.handover({
      id: 'h2',
      day: D1,
      from: 'night',
      outgoing: BEN,
      incoming: CARL,
      matters: [matter('m-lift', { due: D1, course: '升降機公司未有回覆' })],
    });
    const verdict = await judge(s, notDone(at(D2, '09:00')));
    expect(verdict).toMatchObject({ status: 'determined', clauses: ['HOS-4.6'] });
    expect(verdict.responsible[0]).toMatchObject({
      staffId: BEN.staffId,
      role: 'follower',
      share: 'direct',
      because: {
        messageId: 'liability.because.follow-up-overdue',
        params: { matter: 'm-lift', handover: 'h1', due: D1 },
      },
    });
    const types = verdict.responsible[0]?.evidence.map((item) => (item.kind === 'entry' ? item.type : ''));
    expect(types).toEqual(
      expect.arrayContaining(['handover.matter-carried-over', 'handover.matter-acknowledged']),
    );
  });

  it('HOS-4.6: without a due day, the follower holding it when the failure was found', async () => {
    const s = site();
    await s.handover({
      id: 'h1',
      day: D1,
      from: 'day',
      outgoing: ALICE,
      incoming: BEN,
      matters: [matter('m-lift')],
    });
    const verdict = await judge(s, notDone(at(D1, '23:00')));
    expect(verdict.responsible[0]).toMatchObject({
      staffId: BEN.staffId,
      because: { messageId: 'liability.because.follow-up-not-done', params: { foundAt: at(D1, '23:00') } },
    });
  });

  it('HOS-4.6, CSM-6: the follower who handed over without the follow-up answers for both', async () => {
    const s = site();
    await s.handover({
      id: 'h1',
      day: D1,
      from: 'day',
      outgoing: ALICE,
      incoming: BEN,
      matters: [matter('m-lift')],
    });
    await s.handover({ id: 'h2', day: D1, from: 'night', outgoing: BEN, incoming: CARL });
    const verdict = await judge(s, notDone(at(D2, '09:00')));
    expect(verdict).toMatchObject({ status: 'determined', clauses: ['HOS-4.6', 'CSM-6'] });
    expect(verdict.responsible[0]).toMatchObject({
      staffId: BEN.staffId,
      because: { messageId: 'liability.because.follow-up-dropped', params: { dropped: 'h2' } },
    });
  });

  it('HOS-4.6: a follow-up marked resolved at the next handover was done', async () => {
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
      matters: [matter('m-lift', { status: 'resolved', result: '22:10 升降機公司換妥控制板,恢復使用' })],
    });
    const verdict = await judge(s, notDone(at(D2, '09:00')));
    expect(verdict).toMatchObject({
      status: 'determined',
      responsible: [],
      summary: {
        messageId: 'liability.clear.follow-up-done',
        params: { doneAt: '2026-12-02T00:30:00+08:00' },
      },
    });
  });

  it('HOS-4.6: a matter about a case is done when the case is resolved', async () => {
    const s = site();
    await s.caseAct(ALICE, at(D1, '15:00'), (source, context) =>
      openCase(source, context, intakeOf('c-12', 'general')),
    );
    await s.handover({
      id: 'h1',
      day: D1,
      from: 'day',
      outgoing: ALICE,
      incoming: BEN,
      matters: [matter('c-12')],
    });
    await s.caseAct(BEN, at(D1, '19:00'), (source, context) =>
      resolveCase(source, context, { caseId: 'c-12', outcome: 'resolved', answer: '工程部已更換光管' }),
    );
    const verdict = await judge(s, notDone(at(D1, '23:00'), 'c-12'));
    expect(verdict.summary).toEqual({
      messageId: 'liability.clear.follow-up-done',
      params: { matter: 'c-12', doneAt: at(D1, '19:00') },
    });
  });

  it('HOS-4.6: a follow-up whose due day is not over is not late yet', async () => {
    const s = site();
    await s.handover({
      id: 'h1',
      day: D1,
      from: 'day',
      outgoing: ALICE,
      incoming: BEN,
      matters: [matter('m-lift', { due: D2 })],
    });
    const verdict = await judge(s, notDone(at(D1, '23:00')));
    expect(verdict).toMatchObject({
      status: 'determined',
      responsible: [],
      summary: { messageId: 'liability.clear.follow-up-not-due', params: { due: D2 } },
    });
  });

  it('undetermined: nobody took the matter over at a signed handover', async () => {
    const s = site();
    await s.handover({
      id: 'h1',
      day: D1,
      from: 'day',
      outgoing: ALICE,
      incoming: BEN,
      matters: [matter('m-lift')],
      stopBefore: 'sign',
    });
    const verdict = await judge(s, notDone(at(D1, '23:00')));
    expect(verdict).toMatchObject({
      status: 'undetermined',
      missingEvidence: [{ kind: 'acknowledgement', params: { matter: 'm-lift' } }],
    });
  });

  it('undetermined: the journal holds no such matter', async () => {
    const s = site();
    const verdict = await judge(s, notDone(at(D1, '23:00'), 'm-ghost'));
    expect(verdict.missingEvidence).toEqual([
      { kind: 'matter', messageId: 'liability.missing.matter', params: { matter: 'm-ghost' } },
    ]);
  });
});
