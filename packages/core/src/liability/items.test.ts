/**
 * CSM-6 and PWR-2 for shared items: an item recorded present at a signed
 * handover and found missing later is the incoming person's, and the
 * boundary is the last signature's time; CSD-9.1.1 for area keys.
 */
import { describe, expect, it } from 'vitest';
import { issueAreaKeys, returnAreaKeys } from '../keys/commands.js';
import { resolvePolicy } from '../policy/resolve.js';
import { deriveResponsibility } from './derive.js';
import type { IncidentInput } from './incident.js';
import { ALICE, at, BEN, CARL, site, type Site } from './liability-test-helpers.js';

const D1 = '2026-12-01';
const D2 = '2026-12-02';

async function judge(s: Site, incident: IncidentInput) {
  return deriveResponsibility({ index: await s.index(), policy: s.policy, incident });
}

function missingItem(foundAt: string, itemId = 'communication-devices'): IncidentInput {
  return { id: 'inc-item', what: 'missing-item', foundAt, concerns: { itemId } };
}

/** The overnight officer hands the desk to the day officer at 08:30, who hands it to the night officer at 17:30. */
async function aDay(): Promise<Site> {
  const s = site();
  await s.handover({ id: 'h0', day: D1, from: 'overnight', outgoing: CARL, incoming: ALICE });
  await s.handover({ id: 'h1', day: D1, from: 'day', outgoing: ALICE, incoming: BEN });
  return s;
}

describe('CSM-6, PWR-2: an item counted present and signed for is the incoming person’s', () => {
  it('PWR-2: found a minute before the 17:30 signatures, it is still the day officer’s', async () => {
    const verdict = await judge(await aDay(), missingItem(at(D1, '17:29')));
    expect(verdict).toMatchObject({ status: 'determined', clauses: ['CSM-6', 'PWR-2'] });
    expect(verdict.responsible[0]).toMatchObject({
      staffId: ALICE.staffId,
      role: 'incoming',
      share: 'direct',
      because: {
        messageId: 'liability.because.missing-item',
        params: { item: 'communication-devices', handover: 'h0', boundary: '2026-12-01T08:30:00+08:00' },
      },
    });
  });

  it('PWR-2: found at the last signature’s time, it is the night officer’s', async () => {
    const verdict = await judge(await aDay(), missingItem(at(D1, '17:30')));
    expect(verdict.responsible.map((party) => [party.staffId, party.because.params['handover']])).toEqual([
      [BEN.staffId, 'h1'],
    ]);
  });

  it('CSM-6: counted missing at the next handover, it is the one who took it over present', async () => {
    const s = await aDay();
    await s.handover({
      id: 'h2',
      day: D1,
      from: 'night',
      outgoing: BEN,
      incoming: CARL,
      counts: {
        'communication-devices': { counted: 0, status: 'missing', explanation: '對講機 23:00 巡樓後未見' },
      },
    });
    const entries = await s.entries();
    const missingCount = entries.find(
      (entry) =>
        entry.type === 'handover.item-counted' &&
        (entry.payload as { handoverId: string; status: string }).status === 'missing',
    );
    const verdict = await judge(s, missingItem(at(D2, '09:00')));
    expect(verdict.responsible[0]).toMatchObject({
      staffId: BEN.staffId,
      because: { params: { handover: 'h1', foundAt: '2026-12-02T00:50:00+08:00' } },
    });
    expect(verdict.responsible[0]?.evidence).toContainEqual(
      expect.objectContaining({ seq: missingCount?.seq }),
    );
  });

  it('CSM-6, PWR-2: a later handover signed without counting the item passes it to its incoming person', async () => {
    const s = await aDay();
    // The night handover ran under an inventory that no longer lists the radios.
    const base = resolvePolicy('cs-department');
    const withoutRadios = resolvePolicy('cs-department', {
      handover: { inventory: base.handover.inventory.filter((item) => item.id !== 'communication-devices') },
    });
    await s.handover({ id: 'h2', day: D1, from: 'night', outgoing: BEN, incoming: CARL }, withoutRadios);
    const verdict = await judge(s, missingItem(at(D2, '03:00')));
    expect(verdict.responsible[0]).toMatchObject({
      staffId: CARL.staffId,
      because: { messageId: 'liability.because.item-unchecked', params: { handover: 'h2' } },
    });
  });

  it('undetermined: no signed handover recorded the item present', async () => {
    const verdict = await judge(await aDay(), missingItem(at(D1, '18:00'), 'fire-extinguisher'));
    expect(verdict).toMatchObject({
      status: 'undetermined',
      missingEvidence: [{ kind: 'item-record', messageId: 'liability.missing.item-record' }],
    });
  });

  it('undetermined: the incident names no item', async () => {
    const s = await aDay();
    const verdict = await judge(s, {
      id: 'inc',
      what: 'missing-item',
      foundAt: at(D1, '18:00'),
      concerns: {},
    });
    expect(verdict.missingEvidence).toEqual([
      { kind: 'subject', messageId: 'liability.missing.subject', params: { field: 'itemId' } },
    ]);
  });
});

describe('CSD-9.1.1, PWR-2: area keys issued counted are their holder’s until returned in full', () => {
  const AREA = {
    issueId: 'ak-2026-12-01-night',
    keySet: 'podium-plant-rooms',
    shiftKey: '2026-12-01/night/front-desk',
    issuedTo: BEN.staffId,
    count: 12,
    dueBack: '2026-12-02T01:00:00+08:00',
  };

  it('CSD-9.1.1: a set still out when found missing is its holder’s', async () => {
    const s = await aDay();
    const issued = await s.keyAct(ALICE, at(D1, '17:35'), (source, context) =>
      issueAreaKeys(source, context, AREA),
    );
    const verdict = await judge(s, missingItem(at(D2, '02:00'), AREA.keySet));
    expect(verdict).toMatchObject({ status: 'determined', clauses: ['CSD-9.1.1', 'PWR-2'] });
    expect(verdict.responsible[0]).toMatchObject({
      staffId: BEN.staffId,
      role: 'key-holder',
      because: { messageId: 'liability.because.keys-out', params: { keys: AREA.keySet, count: 12 } },
      evidence: [expect.objectContaining({ seq: issued.seq, type: 'keys.area-issued' })],
    });
  });

  it('CSD-9.1.1: a set returned short is its holder’s', async () => {
    const s = await aDay();
    await s.keyAct(ALICE, at(D1, '17:35'), (source, context) => issueAreaKeys(source, context, AREA));
    await s.keyAct(BEN, at(D2, '01:05'), (source, context) =>
      returnAreaKeys(source, context, { issueId: AREA.issueId, count: 11 }),
    );
    const verdict = await judge(s, missingItem(at(D2, '09:00'), AREA.keySet));
    expect(verdict.responsible[0]).toMatchObject({
      staffId: BEN.staffId,
      because: { messageId: 'liability.because.keys-short', params: { issued: 12, returned: 11 } },
    });
    expect(verdict.responsible[0]?.evidence.map((item) => (item.kind === 'entry' ? item.type : ''))).toEqual([
      'keys.area-issued',
      'keys.area-returned',
    ]);
  });
});
