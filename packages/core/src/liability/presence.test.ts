/**
 * GXP-4.4 (an emergency during the handover: the outgoing person leads, the
 * incoming person assists), with PWR-2 on either side of it, and HOS-4.12
 * (the outgoing person stays until the handover is done).
 */
import { describe, expect, it } from 'vitest';
import { resolvePolicy } from '../policy/resolve.js';
import { deriveResponsibility } from './derive.js';
import type { IncidentInput } from './incident.js';
import { ALICE, at, BEN, expectOk, site, type Site } from './liability-test-helpers.js';

const D1 = '2026-12-01';

async function judge(s: Site, incident: IncidentInput) {
  return deriveResponsibility({ index: await s.index(), policy: s.policy, incident });
}

/** The day officer hands over at 17:30; at 17:25 the lobby smoke alarm goes off and is cleared. */
async function smokeAlarm(): Promise<Site> {
  const s = site();
  await s.handover({
    id: 'h1',
    day: D1,
    from: 'day',
    outgoing: ALICE,
    incoming: BEN,
    during: async (session) => {
      expectOk(
        await session.raiseEmergency(BEN, {
          flagId: 'f-smoke',
          kind: 'emergency',
          description: '大堂煙霧警報響起',
        }),
      );
      expectOk(
        await session.clearEmergency(ALICE, { flagId: 'f-smoke', outcome: '保安確認為電梯機房過熱,已復位' }),
      );
    },
  });
  return s;
}

function emergency(foundAt: string, concerns: IncidentInput['concerns']): IncidentInput {
  return { id: 'inc-emergency', what: 'incident-during-handover', foundAt, concerns };
}

describe('GXP-4.4: an emergency during the handover', () => {
  it('GXP-4.4, CSM-5: recorded in the handover, the outgoing person leads and the incoming person assists', async () => {
    const s = await smokeAlarm();
    const verdict = await judge(s, emergency(at(D1, '18:00'), { handoverId: 'h1', flagId: 'f-smoke' }));
    expect(verdict).toMatchObject({ status: 'determined', clauses: ['GXP-4.4', 'CSM-5'] });
    expect(
      verdict.responsible.map((party) => [party.staffId, party.role, party.share, party.because.messageId]),
    ).toEqual([
      [ALICE.staffId, 'outgoing', 'direct', 'liability.because.during-handover-lead'],
      [BEN.staffId, 'incoming', 'joint', 'liability.because.during-handover-assist'],
    ]);
    const types = verdict.responsible[0]?.evidence.map((item) => (item.kind === 'entry' ? item.type : ''));
    expect(types).toEqual(
      expect.arrayContaining(['handover.emergency-raised', 'handover.emergency-cleared']),
    );
  });

  it('GXP-4.4: between the incoming person’s arrival and the last signature, found at the post', async () => {
    const s = await smokeAlarm();
    const verdict = await judge(s, emergency(at(D1, '17:26'), { post: 'front-desk' }));
    expect(verdict.responsible.map((party) => [party.staffId, party.share])).toEqual([
      [ALICE.staffId, 'direct'],
      [BEN.staffId, 'joint'],
    ]);
  });

  it('PWR-2: after the last signature the incoming person alone is on duty', async () => {
    const s = await smokeAlarm();
    const verdict = await judge(s, emergency(at(D1, '17:45'), { handoverId: 'h1' }));
    expect(verdict).toMatchObject({ clauses: ['PWR-2'] });
    expect(verdict.responsible).toMatchObject([
      {
        staffId: BEN.staffId,
        role: 'incoming',
        share: 'direct',
        because: { messageId: 'liability.because.after-takeover' },
      },
    ]);
  });

  it('PWR-2, REG7-9.5: before the incoming person arrived the outgoing person alone is on duty', async () => {
    const s = await smokeAlarm();
    const verdict = await judge(s, emergency(at(D1, '17:05'), { handoverId: 'h1' }));
    expect(verdict.responsible).toMatchObject([
      { staffId: ALICE.staffId, share: 'direct', clauses: ['PWR-2', 'REG7-9.5'] },
    ]);
  });

  it('undetermined: an emergency the handover does not hold, or no handover named', async () => {
    const s = await smokeAlarm();
    const unknownFlag = await judge(s, emergency(at(D1, '18:00'), { handoverId: 'h1', flagId: 'f-flood' }));
    expect(unknownFlag.missingEvidence).toEqual([
      { kind: 'flag', messageId: 'liability.missing.flag', params: { flag: 'f-flood', handover: 'h1' } },
    ]);
    const nothing = await judge(s, emergency(at(D1, '18:00'), {}));
    expect(nothing.missingEvidence.map((item) => item.kind)).toEqual(['subject']);
  });
});

describe('HOS-4.12: the outgoing person stays until the handover is done', () => {
  // The desk's tablet was set up to let people leave before signing; the department's rules still hold.
  const tablet = resolvePolicy('cs-department', { handover: { outgoingStaysUntilSigned: false } });

  it('HOS-4.12, CSD-3.2: leaving before both signatures is the outgoing person’s', async () => {
    const s = site();
    await s.handover(
      { id: 'h1', day: D1, from: 'day', outgoing: ALICE, incoming: BEN, leaveBeforeSigning: true },
      tablet,
    );
    const verdict = await judge(s, {
      id: 'inc-left',
      what: 'left-before-handover',
      foundAt: at(D1, '18:00'),
      concerns: { handoverId: 'h1' },
    });
    expect(verdict).toMatchObject({ status: 'determined', clauses: ['HOS-4.12', 'CSD-3.2'] });
    expect(verdict.responsible[0]).toMatchObject({
      staffId: ALICE.staffId,
      role: 'outgoing',
      because: {
        messageId: 'liability.because.left-before-handover',
        params: { leftAt: '2026-12-01T17:25:00+08:00' },
      },
    });
    const types = verdict.responsible[0]?.evidence.map((item) => (item.kind === 'entry' ? item.type : ''));
    expect(types).toEqual(['handover.opened', 'handover.arrived', 'handover.outgoing-left']);
  });

  it('HOS-4.12: leaving after both signed is the handover done', async () => {
    const s = site();
    await s.handover({ id: 'h1', day: D1, from: 'day', outgoing: ALICE, incoming: BEN });
    const verdict = await judge(s, {
      id: 'inc-left',
      what: 'left-before-handover',
      foundAt: at(D1, '18:00'),
      concerns: { handoverId: 'h1' },
    });
    expect(verdict).toMatchObject({
      status: 'determined',
      responsible: [],
      summary: { messageId: 'liability.clear.left-after-handover' },
    });
  });

  it('HOS-4.12: a site whose policy lets the outgoing person go does not hold them to it', async () => {
    const s = site(tablet);
    await s.handover({
      id: 'h1',
      day: D1,
      from: 'day',
      outgoing: ALICE,
      incoming: BEN,
      leaveBeforeSigning: true,
    });
    const verdict = await judge(s, {
      id: 'inc-left',
      what: 'left-before-handover',
      foundAt: at(D1, '18:00'),
      concerns: { handoverId: 'h1' },
    });
    expect(verdict.summary.messageId).toBe('liability.clear.leaving-allowed');
  });

  it('undetermined: the journal does not record the outgoing person leaving', async () => {
    const s = site();
    await s.handover({ id: 'h1', day: D1, from: 'day', outgoing: ALICE, incoming: BEN, stopBefore: 'sign' });
    const verdict = await judge(s, {
      id: 'inc-left',
      what: 'left-before-handover',
      foundAt: at(D1, '18:00'),
      concerns: { handoverId: 'h1' },
    });
    expect(verdict.missingEvidence).toEqual([
      { kind: 'leave-record', messageId: 'liability.missing.leave-record', params: { handover: 'h1' } },
    ]);
  });
});
