/**
 * The history of sealed handovers: search by date, person and text; a
 * correction recorded as a new entry (the original untouched, the chain
 * intact); the JSON and CSV exports downloaded through the browser.
 */
import { assert, waitUntil } from '@open-wc/testing';
import { importJournalJson, verifyJournal } from '@duty-handover/core';
import { en as t } from './locales/en.js';
import {
  $,
  $$,
  SUPERVISOR,
  buttonNamed,
  choose,
  clickAndSettle,
  deleteTestDatabases,
  mount,
  seedHandover,
  shadow,
  stubSigner,
  testClock,
  typeInto,
  uniqueSite,
} from './widget-test-helpers.js';
import type { DutyHandover } from './duty-handover.js';

async function historyOf(site: string): Promise<DutyHandover> {
  const el = await mount({
    site,
    lang: 'en',
    clock: testClock('2026-12-03T09:00:00+08:00'),
    signer: stubSigner(),
    view: 'history',
  });
  await waitUntil(() => shadow(el).querySelector('[part~="chain"][data-state="intact"]'), 'no intact badge');
  return el;
}

const ids = (el: DutyHandover) => $$(el, '[part~="history-item"]').map((item) => item.dataset['id']);

describe('history', () => {
  afterEach(deleteTestDatabases);

  it('searches sealed handovers by date, person and text', async () => {
    const site = uniqueSite();
    await seedHandover(site, 'countersigned', { day: '2026-11-30', matter: { title: '停車場閘機故障' } });
    await seedHandover(site, 'countersigned', { day: '2026-12-01', matter: { title: '12 樓包裹代收' } });
    await seedHandover(site, 'opened', { day: '2026-12-02' });
    const el = await historyOf(site);
    // Newest first, and only sealed ones (the open 2 December handover is not history yet).
    assert.deepEqual(ids(el), ['h/2026-12-01/early/front-desk', 'h/2026-11-30/early/front-desk']);

    await typeInto(el, 'history.text', '閘機');
    await el.updateComplete;
    assert.deepEqual(ids(el), ['h/2026-11-30/early/front-desk']);
    shadow(el).querySelector<HTMLInputElement>('[name="history.text"]')!.value = '';
    await choose(el, 'history.text', '');

    await typeInto(el, 'history.person', SUPERVISOR.staffId);
    await el.updateComplete;
    assert.lengthOf(ids(el), 2);
    await typeInto(el, 'history.person', 'nobody');
    await el.updateComplete;
    assert.lengthOf(ids(el), 0);
    assert.include(shadow(el).textContent, t.noHistory);
    await choose(el, 'history.person', '');

    await choose(el, 'history.date', '2026-12-01');
    assert.deepEqual(ids(el), ['h/2026-12-01/early/front-desk']);
  });

  it('records a correction as a new entry, leaving the original as it was', async () => {
    const site = uniqueSite();
    await seedHandover(site, 'countersigned', { matter: { title: '包裹代收（錯字）' } });
    const el = await historyOf(site);
    const before = el.entries.length;
    const original = el.entries.find((entry) => entry.type === 'handover.matter-carried-over');
    if (!original) throw new Error('seeded a matter');
    const item = $(el, '[part~="history-item"]') as HTMLDetailsElement;
    item.open = true;
    ($(el, '[part~="amend"]') as HTMLDetailsElement).open = true;
    await el.updateComplete;
    const form = `amend.${original.seq}`;
    await choose(el, `${form}.field`, 'title');
    await typeInto(el, `${form}.value`, '12 樓 3 室包裹代收');
    await typeInto(el, `${form}.reason`, '標題錯字');
    await clickAndSettle(el, buttonNamed(el, t.recordCorrection));

    assert.strictEqual(el.entries.length, before + 1);
    const amendment = el.entries.at(-1);
    assert.strictEqual(amendment?.type, 'journal.amend');
    assert.strictEqual(amendment?.actor.staffId, SUPERVISOR.staffId);
    // The original entry is byte for byte what it was; the history shows the corrected text and the correction.
    assert.deepEqual(el.entries[original.seq], original);
    assert.include($(el, '[part~="history-item"] .records').textContent, '12 樓 3 室包裹代收');
    assert.include($(el, '[part~="amendments"]').textContent, '標題錯字');
    await waitUntil(
      () => shadow(el).querySelector('[part~="chain"][data-state="intact"]'),
      'chain after the correction',
    );
    assert.isTrue((await verifyJournal(el.entries)).intact);
  });

  it('exports the journal as JSON (verifiable) and CSV (a reading copy) through a download', async () => {
    const site = uniqueSite();
    await seedHandover(site, 'countersigned');
    const el = await historyOf(site);
    const downloads: { name: string; text: string }[] = [];
    // eslint-disable-next-line @typescript-eslint/unbound-method -- put back as it was, never called unbound
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const { download, href } = this;
      void fetch(href)
        .then((response) => response.text())
        .then((text) => downloads.push({ name: download, text }));
    };
    try {
      buttonNamed(el, t.exportJson).click();
      await waitUntil(() => downloads.length === 1, 'no JSON download');
      buttonNamed(el, t.exportCsv).click();
      await waitUntil(() => downloads.length === 2, 'no CSV download');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    const [json, csv] = downloads;
    assert.match(json?.name ?? '', new RegExp(`^duty-handover-${site}-front-desk-2026-12-03\\.json$`));
    const imported = importJournalJson(json?.text ?? '');
    if (!imported.ok) throw new Error('the JSON export does not import');
    assert.lengthOf(imported.document.entries, el.entries.length);
    assert.match(csv?.name ?? '', /\.csv$/);
    assert.include(csv?.text ?? '', 'handover.countersigned');
    assert.include(shadow(el).querySelector('[part~="status"]')?.textContent ?? '', csv?.name ?? '');
  });
});
