/**
 * CSM-7 and CSD-7.5: a swap that left a post empty makes both parties
 * answer; without approval it was a private swap as well (CSD-7.3).
 */
import { describe, expect, it } from 'vitest';
import type { SwapRequest } from '../roster/document.js';
import { deriveResponsibility } from './derive.js';
import type { IncidentInput } from './incident.js';
import { ALICE, at, BEN, CARL, december, MANAGER, site, type Site } from './liability-test-helpers.js';

const D1 = '2026-12-01';
const NIGHT = '2026-12-01/night/front-desk';

/** BEN gives his night shift of the 1st to CARL, who never comes; registered, consented, not approved. */
const SWAP: SwapRequest = {
  id: 'SW-2026-12-01',
  requester: BEN.staffId,
  counterpart: CARL.staffId,
  exchanged: [{ date: D1, shift: 'night', post: 'front-desk' }],
  requesterConsentedAt: at('2026-11-28', '09:00'),
  counterpartConsentedAt: at('2026-11-28', '09:30'),
  registeredAt: at('2026-11-28', '10:00'),
};

/** The roster shows the swap applied: CARL on the night of the 1st (`null`: nobody). */
function rosterWith(swap: SwapRequest, nightStaff: string | null = CARL.staffId) {
  const base = december();
  return december({
    swaps: [swap],
    assignments: base.assignments.flatMap((row) => {
      if (row.date !== D1 || row.shift !== 'night') return [row];
      return nightStaff === null ? [] : [{ ...row, staff: nightStaff }];
    }),
  });
}

/** The day officer opens the handover to CARL at 17:00; CARL never arrives. */
async function nobodyCame(): Promise<Site> {
  const s = site();
  await s.handover({ id: 'h1', day: D1, from: 'day', outgoing: ALICE, incoming: CARL, stopBefore: 'arrive' });
  return s;
}

function emptyPost(concerns: IncidentInput['concerns']): IncidentInput {
  return { id: 'inc-empty', what: 'post-left-empty', foundAt: at(D1, '18:00'), concerns };
}

async function judge(s: Site, incident: IncidentInput, roster = rosterWith(SWAP)) {
  return deriveResponsibility({ index: await s.index(), policy: s.policy, roster, incident });
}

describe('CSM-7, CSD-7.5: both parties of a swap that left a post empty', () => {
  it('CSM-7, CSD-7.5, CSD-7.3: an unapproved swap and an incoming person who never arrived', async () => {
    const verdict = await judge(await nobodyCame(), emptyPost({ shiftInstance: NIGHT }));
    expect(verdict).toMatchObject({ status: 'determined', clauses: ['CSM-7', 'CSD-7.5', 'CSD-7.3'] });
    expect(verdict.responsible.map((party) => [party.staffId, party.role, party.share])).toEqual([
      [BEN.staffId, 'swap-requester', 'joint'],
      [CARL.staffId, 'swap-counterpart', 'joint'],
    ]);
    expect(verdict.responsible[0]?.because).toEqual({
      messageId: 'liability.because.swap-unapproved',
      params: {
        staff: BEN.staffId,
        swap: SWAP.id,
        instance: NIGHT,
        requester: BEN.staffId,
        counterpart: CARL.staffId,
      },
    });
    expect(verdict.responsible[0]?.evidence).toEqual([
      { kind: 'roster', path: ['swaps', 0], record: SWAP.id },
      expect.objectContaining({ kind: 'entry', type: 'handover.opened' }),
    ]);
  });

  it('CSM-7, CSD-7.5: an approved swap still makes both answer; the shift found by post and time', async () => {
    const approved = { ...SWAP, approvedBy: MANAGER.staffId, approvedAt: at('2026-11-28', '15:00') };
    const verdict = await judge(await nobodyCame(), emptyPost({ post: 'front-desk' }), rosterWith(approved));
    expect(verdict.clauses).toEqual(['CSM-7', 'CSD-7.5']);
    expect(verdict.responsible.map((party) => party.because.messageId)).toEqual([
      'liability.because.swap-left-empty',
      'liability.because.swap-left-empty',
    ]);
  });

  it('CSD-7.5: the roster itself shows nobody on the swapped shift', async () => {
    const verdict = await judge(site(), emptyPost({ post: 'front-desk', date: D1 }), rosterWith(SWAP, null));
    expect(verdict.status).toBe('determined');
    expect(verdict.responsible[0]?.evidence).toContainEqual({
      kind: 'roster',
      path: ['assignments'],
      record: NIGHT,
    });
  });

  it('undetermined: without the roster, a swap cannot be judged', async () => {
    const s = await nobodyCame();
    const verdict = deriveResponsibility({
      index: await s.index(),
      policy: s.policy,
      incident: emptyPost({ shiftInstance: NIGHT }),
    });
    expect(verdict.missingEvidence).toEqual([
      { kind: 'roster', messageId: 'liability.missing.roster', params: {} },
    ]);
  });

  it('undetermined: no swap covers the shift, or nothing shows it empty', async () => {
    const noSwap = await judge(await nobodyCame(), emptyPost({ shiftInstance: NIGHT }), december());
    expect(noSwap.missingEvidence.map((item) => item.kind)).toEqual(['swap']);

    const s = site();
    await s.handover({ id: 'h1', day: D1, from: 'day', outgoing: ALICE, incoming: CARL });
    const covered = await judge(s, emptyPost({ shiftInstance: NIGHT }));
    expect(covered.missingEvidence).toEqual([
      { kind: 'post-empty', messageId: 'liability.missing.post-empty', params: { instance: NIGHT } },
    ]);
  });
});
