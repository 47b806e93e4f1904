/**
 * Every view, in every language: axe-core finds nothing (WCAG 2.1 AA), and no
 * string is missing (no key left out, no `{placeholder}` left unfilled, no
 * "undefined" on screen). Also checks the string tables themselves.
 */
import { assert, expect, waitUntil } from '@open-wc/testing';
import {
  KEYS_PAYLOAD_SCHEMAS,
  HANDOVER_PAYLOAD_SCHEMAS,
  LOCALES,
  createJournal,
  issueAreaKeys,
  lendRoomKey,
  matchLocale,
  type Locale,
} from '@duty-handover/core';
import type { DutyHandover } from './duty-handover.js';
import { en } from './locales/en.js';
import { zhHans } from './locales/zh-Hans.js';
import { zhHant } from './locales/zh-Hant.js';
import type { WidgetStrings } from './locales.js';
import { createIndexedDbStore } from './store/idb.js';
import {
  $,
  OUTGOING,
  ROSTER,
  TIMES,
  buttonNamed,
  clickAndSettle,
  deleteTestDatabases,
  mount,
  seedHandover,
  setViewportFor,
  shadow,
  stubSigner,
  testClock,
  uniqueSite,
} from './widget-test-helpers.js';

const TABLES: Record<Locale, WidgetStrings> = { en, 'zh-Hant': zhHant, 'zh-Hans': zhHans };

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

/** Every text and accessible name in the panel: nothing missing, nothing unfilled. */
function expectNoMissingStrings(el: DutyHandover, context: string): void {
  const root = shadow(el);
  const texts = [root.textContent];
  for (const node of root.querySelectorAll('*')) {
    for (const name of ['aria-label', 'title', 'placeholder']) {
      const value = node.getAttribute(name);
      if (value !== null) texts.push(value);
    }
    if (node instanceof HTMLOptionElement || node instanceof HTMLSelectElement) continue;
  }
  for (const option of root.querySelectorAll('option')) texts.push(option.textContent);
  const all = texts.join('\n');
  assert.notMatch(all, /\{[A-Za-z]+\}/, `${context}: an unfilled placeholder`);
  assert.notMatch(all, /\bundefined\b|\bNaN\b|\[object /, `${context}: a missing value`);
  assert.isAbove(all.trim().length, 0, context);
}

async function seedKeys(site: string): Promise<void> {
  const store = createIndexedDbStore(site, 'front-desk');
  const journal = createJournal({
    adapter: store.journal,
    payloadSchemas: { ...HANDOVER_PAYLOAD_SCHEMAS, ...KEYS_PAYLOAD_SCHEMAS },
  });
  const context = { actor: { staffId: OUTGOING.staffId }, at: '2026-12-02T09:00:00+08:00' };
  const issued = issueAreaKeys(await journal.entries(), context, {
    issueId: 'k-1',
    keySet: 'main-bunch',
    shiftKey: '2026-12-02/early/front-desk',
    issuedTo: OUTGOING.staffId,
    count: 12,
    dueBack: '2026-12-02T17:00:00+08:00',
  });
  if (!issued.ok) throw new Error('seeding keys failed');
  await journal.append(issued.entry);
  const lent = lendRoomKey(await journal.entries(), context, {
    loanId: 'r-1',
    room: '會所 2 號房',
    borrower: { name: '住戶何先生', contact: '9123 4567' },
    purpose: '借用場地舉辦生日會',
    dueBack: '2026-12-02T12:00:00+08:00',
  });
  if (!lent.ok) throw new Error('seeding keys failed');
  await journal.append(lent.entry);
  store.close();
}

describe('string tables', () => {
  it('every locale has every key, with the same placeholders, none empty', () => {
    const keys = Object.keys(en).sort();
    for (const locale of LOCALES) {
      const table = TABLES[locale] as unknown as Record<string, string>;
      assert.deepEqual(Object.keys(table).sort(), keys, locale);
      for (const key of keys) {
        const text = table[key] ?? '';
        assert.isAbove(text.trim().length, 0, `${locale}.${key} is empty`);
        assert.deepEqual(
          placeholders(text),
          placeholders((en as Record<string, string>)[key] ?? ''),
          `${locale}.${key}`,
        );
      }
    }
  });

  it('the panel matches languages the way core does', () => {
    for (const tag of [
      'en',
      'en-GB',
      'zh',
      'zh-TW',
      'zh-HK',
      'zh-Hant',
      'zh-CN',
      'zh-Hans',
      'zh-SG',
      'fr',
      '',
    ]) {
      assert.include(LOCALES, matchLocale(tag), tag);
    }
  });
});

describe('every view, in every language: accessible, nothing missing', () => {
  afterEach(deleteTestDatabases);

  for (const locale of LOCALES) {
    const t = TABLES[locale];

    it(`${locale}: start, in progress (with a refusal at its fields), complete`, async () => {
      const start = await mount({ lang: locale, clock: testClock(TIMES.open), roster: ROSTER });
      expectNoMissingStrings(start, `${locale} start`);
      await expect(start).to.be.accessible();

      const site = uniqueSite();
      await seedHandover(site, 'prepared', { matter: { major: true } });
      const clock = testClock(TIMES.arrive);
      const el = await mount({ site, lang: locale, clock, roster: ROSTER, signer: stubSigner() });
      await clickAndSettle(el, buttonNamed(el, t.recordArrival));
      // A count with nothing typed: core refuses it, the panel marks the field.
      await clickAndSettle(el, buttonNamed(el, t.recordCount, '[part~="inventory-item"][data-id="radio"]'));
      assert.strictEqual($(el, '[name="count.radio.counted"]').getAttribute('aria-invalid'), 'true');
      assert.isNotNull(shadow(el).querySelector('[part~="inventory-item"] [part~="refusal"]'));
      assert.isNotNull(shadow(el).querySelector('[part~="blocker"]'));
      expectNoMissingStrings(el, `${locale} in progress`);
      await expect(el).to.be.accessible();

      const done = uniqueSite();
      await seedHandover(done, 'signed');
      const complete = await mount({
        site: done,
        lang: locale,
        clock: testClock(TIMES.leave),
        roster: ROSTER,
      });
      assert.isNotNull(shadow(complete).querySelector('[part~="complete"]'));
      expectNoMissingStrings(complete, `${locale} complete`);
      await expect(complete).to.be.accessible();
    });

    it(`${locale}: countersign, history (opened, with a correction form), key register`, async () => {
      const site = uniqueSite();
      await seedHandover(site, 'countersigned', { day: '2026-11-30' });
      await seedHandover(site, 'signed', { day: '2026-12-01' });
      await seedKeys(site);
      const clock = testClock('2026-12-02T09:30:00+08:00');
      const el = await mount({ site, lang: locale, clock, signer: stubSigner(), view: 'countersign' });
      assert.isNotNull(shadow(el).querySelector('[part~="countersign-item"]'));
      expectNoMissingStrings(el, `${locale} countersign`);
      await expect(el).to.be.accessible();

      el.view = 'history';
      await waitUntil(() => shadow(el).querySelector('[part~="chain"][data-state="intact"]'), 'history');
      const item = $(el, '[part~="history-item"]') as HTMLDetailsElement;
      item.open = true;
      ($(el, '[part~="history-item"] [part~="amend"]') as HTMLDetailsElement).open = true;
      await el.updateComplete;
      expectNoMissingStrings(el, `${locale} history`);
      await expect(el).to.be.accessible();

      el.view = 'keys';
      await waitUntil(() => shadow(el).querySelector('[part~="keys-out"]'), 'keys');
      assert.include(shadow(el).querySelector('[part~="keys-unreturned"]')?.textContent ?? '', 'main-bunch');
      expectNoMissingStrings(el, `${locale} keys`);
      await expect(el).to.be.accessible();
    });
  }

  it('fits a 360 px column: nothing wider than the panel', async () => {
    await setViewportFor(360, 800);
    try {
      const site = uniqueSite();
      await seedHandover(site, 'prepared');
      const el = await mount({ site, lang: 'en', clock: testClock(TIMES.arrive), roster: ROSTER });
      const limit = el.getBoundingClientRect().right + 0.5;
      const wide = [...shadow(el).querySelectorAll<HTMLElement>('*')].filter(
        (node) => node.getBoundingClientRect().right > limit,
      );
      assert.deepEqual(
        wide.map((node) => node.outerHTML.slice(0, 60)),
        [],
      );
    } finally {
      await setViewportFor(800, 600);
    }
  });
});
