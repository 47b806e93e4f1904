/**
 * Two panels on the same site and post — two "tabs", each with its own
 * IndexedDB connection — working at the same moment: every entry is stored
 * once, none is lost, the seqs have no gap, and both panels end up showing
 * the same journal.
 */
import { assert, waitUntil } from '@open-wc/testing';
import type { DutyHandover } from './duty-handover.js';
import { en as t } from './locales/en.js';
import {
  $,
  REG7,
  ROSTER,
  TIMES,
  buttonNamed,
  deleteTestDatabases,
  fieldNamed,
  mount,
  seedHandover,
  settle,
  shadow,
  storedEntries,
  testClock,
  uniqueSite,
} from './widget-test-helpers.js';

function setField(el: DutyHandover, name: string, text: string): void {
  const input = fieldNamed(el, name);
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('two tabs on the same site and post', () => {
  afterEach(deleteTestDatabases);

  it('concurrent appends: no entry lost, none twice, and both tabs converge', async () => {
    const site = uniqueSite();
    await seedHandover(site, 'opened');
    const clock = testClock(TIMES.prepare);
    const a = await mount({ site, lang: 'en', clock, roster: ROSTER });
    const b = await mount({ site, lang: 'en', clock, roster: ROSTER });
    const before = a.entries.length;
    assert.strictEqual(b.entries.length, before);

    const [one, two, three] = REG7.handover.outgoingChecklist.filter((item) => item.required);
    if (!one || !two || !three) throw new Error('reg7 has required outgoing items');
    const tick = (el: DutyHandover, id: string) => {
      $(el, `[part~="checklist-outgoing"] li[data-id="${id}"] input`).click();
    };
    // Same instant, different items: both must be stored.
    tick(a, one.id);
    tick(b, two.id);
    await Promise.all([settle(a), settle(b)]);
    // Same instant, the same item: stored once; the other tab is told it is already recorded.
    tick(a, three.id);
    tick(b, three.id);
    await Promise.all([settle(a), settle(b)]);
    // Same instant, two different records typed in each tab.
    setField(a, 'matter.title', 'A 座大堂燈故障');
    setField(a, 'matter.cause', '大堂兩盞燈 15:00 起不亮');
    setField(a, 'matter.course', '已通知工程部');
    setField(a, 'matter.result', '工程部明早更換');
    setField(b, 'anomaly.area', '停車場入口');
    setField(b, 'anomaly.description', '閘機感應器時好時壞');
    setField(b, 'anomaly.explanation', '已通知保安部人手開閘');
    await Promise.all([a.updateComplete, b.updateComplete]);
    buttonNamed(a, t.recordMatter).click();
    buttonNamed(b, t.recordAnomaly).click();
    await Promise.all([settle(a), settle(b)]);

    const stored = await storedEntries(`duty-handover/${site}/front-desk`);
    assert.deepEqual(
      stored.map((entry) => entry.seq),
      stored.map((_, index) => index),
      'no gap and no seq twice',
    );
    assert.strictEqual(new Set(stored.map((entry) => entry.id)).size, stored.length, 'no entry twice');
    // 3 different ticks + 1 matter + 1 anomaly; the repeated tick is not stored again.
    assert.lengthOf(stored, before + 5);

    // Both panels re-read (BroadcastChannel) and show the same journal and the same state.
    await waitUntil(
      () => a.entries.length === stored.length && b.entries.length === stored.length,
      'tabs did not converge',
    );
    assert.deepEqual(
      a.entries.map((entry) => entry.hash),
      b.entries.map((entry) => entry.hash),
    );
    await Promise.all([a.updateComplete, b.updateComplete]);
    for (const el of [a, b]) {
      for (const item of [one, two, three]) {
        const box = $(el, `[part~="checklist-outgoing"] li[data-id="${item.id}"] input`) as HTMLInputElement;
        assert.isTrue(box.checked, item.id);
      }
      assert.lengthOf(shadow(el).querySelectorAll('[part~="matter"]'), 1);
      assert.lengthOf(shadow(el).querySelectorAll('[part~="anomaly"]'), 1);
    }
    // One of the two ticks of the same item was refused as already recorded, and says so.
    const refused = [a, b].filter((el) =>
      shadow(el).querySelector('[part~="checklist-outgoing"] [part~="refusal"]'),
    );
    assert.lengthOf(refused, 1);
    assert.strictEqual(
      refused[0] &&
        shadow(refused[0])
          .querySelector('[part~="checklist-outgoing"] [part~="refusal"]')
          ?.getAttribute('data-code'),
      'already-recorded',
    );
  });

  it('a tab that regains focus re-reads what another wrote', async () => {
    const site = uniqueSite();
    const clock = testClock(TIMES.open);
    const a = await mount({ site, lang: 'en', clock, roster: ROSTER });
    await seedHandover(site, 'prepared');
    window.dispatchEvent(new Event('focus'));
    await waitUntil(() => shadow(a).querySelector('[part~="summary"]'), 'did not re-read on focus');
    assert.isAbove(a.entries.length, 1);
  });
});
