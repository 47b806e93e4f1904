import { describe, expect, it } from 'vitest';
import { formatMessage, LOCALES } from '../diagnostics/format.js';
import { MESSAGES, type MessageId } from '../messages.js';
import { deriveResponsibility } from './derive.js';
import { INCIDENT_KINDS, LiabilityInputError, type IncidentInput } from './incident.js';
import { indexJournal } from './journal-index.js';
import { ALICE, at, BEN, CARL, matter, site } from './liability-test-helpers.js';

const D1 = '2026-12-01';

describe('deriveResponsibility', () => {
  it('refuses an incident it cannot read, with every problem and its path', () => {
    const s = site();
    const read = () =>
      deriveResponsibility({
        entries: [],
        policy: s.policy,
        incident: {
          id: 'inc 1',
          what: 'lost-temper',
          foundAt: '2026-12-01T18:00',
          concerns: {},
        } as unknown as IncidentInput,
      });
    expect(read).toThrow(LiabilityInputError);
    try {
      read();
    } catch (error) {
      const paths = (error as LiabilityInputError).problems.map((problem) => problem.path.join('.'));
      expect(paths).toEqual(expect.arrayContaining(['incident.id', 'incident.what', 'incident.foundAt']));
    }
  });

  it('gives the same verdict from the entries as from their index', async () => {
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
    const entries = await s.entries();
    const incident: IncidentInput = {
      id: 'inc-1',
      what: 'omitted-matter',
      foundAt: at('2026-12-02', '09:00'),
      concerns: { matterId: 'm-lift' },
    };
    const fromEntries = deriveResponsibility({ entries, policy: s.policy, incident });
    const fromIndex = deriveResponsibility({
      index: indexJournal(entries, s.policy),
      policy: s.policy,
      incident,
    });
    expect(fromEntries).toEqual(fromIndex);
    expect(fromEntries.status).toBe('determined');
  });

  it('indexes each handover by post, shift instance and outgoing person, with its boundary', async () => {
    const s = site();
    await s.handover({
      id: 'h1',
      day: D1,
      from: 'day',
      outgoing: ALICE,
      incoming: BEN,
      matters: [matter('m-lift')],
    });
    await s.handover({ id: 'h2', day: D1, from: 'night', outgoing: BEN, incoming: CARL, stopBefore: 'sign' });
    const index = await s.index();
    expect(index.handovers.get('h1')).toMatchObject({
      boundary: '2026-12-01T17:30:00+08:00',
      incoming: BEN.staffId,
    });
    expect(index.handovers.get('h2')?.boundary).toBeUndefined();
    expect(index.signedByPost.get('front-desk')?.map((view) => view.handoverId)).toEqual(['h1']);
    expect(index.byPost.get('front-desk')?.map((view) => view.handoverId)).toEqual(['h1', 'h2']);
    expect(index.outOfShift.get('2026-12-01/night/front-desk')?.map((view) => view.handoverId)).toEqual([
      'h2',
    ]);
    expect(index.intoShift.get('2026-12-02/overnight/front-desk')?.map((view) => view.handoverId)).toEqual([
      'h2',
    ]);
    expect(index.byOutgoing.get(BEN.staffId)?.map((view) => view.handoverId)).toEqual(['h2']);
    expect(index.matterTrails.get('m-lift')?.map((stop) => stop.view.handoverId)).toEqual(['h1']);
    expect(index.itemCounts.get('front-desk|documents')?.map((stop) => stop.view.handoverId)).toEqual(['h1']);
    const first = (await s.entries())[0];
    expect(first === undefined ? undefined : index.entry(first.seq)).toEqual(first);
  });

  it('names every kind of incident in every locale', () => {
    for (const kind of INCIDENT_KINDS) {
      const id = `liability.kind.${kind}` as MessageId;
      for (const locale of LOCALES) expect(MESSAGES[locale][id], `${locale} ${kind}`).toBeTruthy();
    }
    expect(formatMessage('liability.kind.missing-item', {}, 'zh-Hant')).toBe('交接後發現公物缺失');
  });
});
