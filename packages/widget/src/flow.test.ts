/**
 * The whole handover, as front-desk staff do it: clicking and typing (real
 * key presses), from opening the handover to the supervisor's countersign,
 * under the reg7 preset; and a reload in the middle that restores it.
 */
import { assert, expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SignerRequest } from './define.js';
import type { DutyHandover } from './duty-handover.js';
import {
  $,
  $$,
  INCOMING,
  OUTGOING,
  REG7,
  ROSTER,
  SUPERVISOR,
  TIMES,
  buttonNamed,
  choose,
  clickAndSettle,
  deleteTestDatabases,
  fieldNamed,
  focusedIn,
  mount,
  normalise,
  settle,
  shadow,
  storedEntries,
  testClock,
  textOf,
  typeInto,
  uniqueSite,
  type TestClock,
} from './widget-test-helpers.js';
import { en } from './locales/en.js';

const t = en;

async function openHandover(el: DutyHandover): Promise<void> {
  // The roster proposes the early shift's person handing over to the middle shift's.
  assert.strictEqual((fieldNamed(el, 'start.outgoing') as HTMLSelectElement).value, OUTGOING.staffId);
  assert.strictEqual((fieldNamed(el, 'start.incoming') as HTMLSelectElement).value, INCOMING.staffId);
  await clickAndSettle(el, buttonNamed(el, t.openHandover));
  assert.include(textOf(el, '[part~="summary"] h4'), `${OUTGOING.name} (${OUTGOING.staffId})`);
  assert.strictEqual(focusedIn(el)?.id, 'summary-heading');
}

async function tickAll(el: DutyHandover, side: 'outgoing' | 'incoming'): Promise<void> {
  const items = side === 'outgoing' ? REG7.handover.outgoingChecklist : REG7.handover.incomingChecklist;
  for (const item of items.filter((candidate) => candidate.required)) {
    await clickAndSettle(el, $(el, `[part~="checklist-${side}"] li[data-id="${item.id}"] input`));
  }
  for (const item of items.filter((candidate) => candidate.required)) {
    const box = $(el, `[part~="checklist-${side}"] li[data-id="${item.id}"] input`) as HTMLInputElement;
    assert.isTrue(box.checked, item.id);
  }
}

async function writeMatter(el: DutyHandover): Promise<void> {
  await typeInto(el, 'matter.title', 'B 座升降機困人後檢修');
  await typeInto(el, 'matter.cause', 'B 座 2 號升降機 15:20 於 7 樓停頓，一名住戶被困約八分鐘');
  await typeInto(el, 'matter.course', '即時通知工程部及升降機公司，15:35 技工到場放人');
  await typeInto(el, 'matter.result', '升降機暫停使用，待明早更換控制板');
  await choose(el, 'matter.status', 'in-progress');
  await typeInto(el, 'matter.nextStep', '明早 09:00 跟進升降機公司到場時間');
  await typeInto(el, 'matter.owner', 'S-102');
  await clickAndSettle(el, buttonNamed(el, t.recordMatter));
  assert.lengthOf($$(el, '[part~="matter"]'), 1);
  assert.strictEqual(normalise($(el, '[part~="matter"] .title-text').textContent), 'B 座升降機困人後檢修');
  // The form is empty again, and focus is back in it for the next matter.
  assert.strictEqual(fieldNamed(el, 'matter.title').value, '');
  assert.strictEqual(focusedIn(el), fieldNamed(el, 'matter.title'));
}

async function writeAnomaly(el: DutyHandover): Promise<void> {
  await typeInto(el, 'anomaly.area', '大堂後門');
  await typeInto(el, 'anomaly.description', '後門閉門器漏油，門關不緊');
  await typeInto(el, 'anomaly.explanation', '已報工程部，明早更換閉門器');
  await clickAndSettle(el, buttonNamed(el, t.recordAnomaly));
  assert.lengthOf($$(el, '[part~="anomaly"]'), 1);
}

async function countItems(el: DutyHandover): Promise<void> {
  const [first, ...rest] = REG7.handover.inventory;
  if (!first) throw new Error('reg7 lists shared items');
  for (const item of rest) {
    await typeInto(el, `count.${item.id}.counted`, String(item.expected));
    await clickAndSettle(
      el,
      buttonNamed(el, t.recordCount, `[part~="inventory-item"][data-id="${item.id}"]`),
    );
  }
  // A count short of the expected one asks for the outgoing person's explanation.
  const scope = `[part~="inventory-item"][data-id="${first.id}"]`;
  assert.isNull(shadow(el).querySelector(`${scope} [name="count.${first.id}.explanation"]`));
  await typeInto(el, `count.${first.id}.counted`, String(first.expected - 1));
  await choose(el, `count.${first.id}.status`, 'missing');
  await typeInto(el, `count.${first.id}.explanation`, '對講機借給保安部巡邏，下午六時歸還');
  await clickAndSettle(el, buttonNamed(el, t.recordCount, scope));
  assert.include(textOf(el, scope), t.countMissing);
  for (const item of REG7.handover.inventory) {
    assert.isNotNull(
      shadow(el).querySelector(`[part~="inventory-item"][data-id="${item.id}"] .stamp`),
      item.id,
    );
  }
}

async function sign(el: DutyHandover, role: 'outgoing' | 'incoming', matters: number): Promise<void> {
  await typeInto(el, `sign.${role}.matters`, String(matters));
  await clickAndSettle(el, buttonNamed(el, role === 'outgoing' ? t.signOutgoing : t.signIncoming));
  await waitUntil(
    () =>
      shadow(el).querySelector(`[part~="signature"][data-role="${role}"].signed`) ??
      shadow(el).querySelector('[part~="complete"]'),
    `${role} not signed`,
  );
}

describe('the whole handover by clicking and typing (reg7)', () => {
  let clock: TestClock;
  let requests: SignerRequest[];

  beforeEach(() => {
    clock = testClock(TIMES.open);
    requests = [];
  });
  afterEach(deleteTestDatabases);

  it('opens, prepares, arrives, counts, acknowledges, signs, leaves and is countersigned', async () => {
    const el = await mount({ lang: 'en', clock, roster: ROSTER, signer: stubSignerWith(requests) });
    const signed: string[] = [];
    el.addEventListener('duty-handover-signed', (event) => signed.push(event.detail.role));

    await openHandover(el);
    clock.set(TIMES.prepare);
    await tickAll(el, 'outgoing');
    await writeMatter(el);
    await writeAnomaly(el);
    await clickAndSettle(el, buttonNamed(el, t.markPrepared));
    assert.include(textOf(el, '[part~="prepare"]'), '16:50');

    clock.set(TIMES.arrive);
    await clickAndSettle(el, buttonNamed(el, t.recordArrival));
    assert.include(textOf(el, '[part~="arrival"]'), '16:53');
    await tickAll(el, 'incoming');
    await countItems(el);
    await clickAndSettle(el, buttonNamed(el, t.acknowledge, '[part~="acknowledgements"]'));
    assert.include(textOf(el, '[part~="acknowledgements"]'), '16:53');
    await expect(el).to.be.accessible();

    clock.set(TIMES.sign);
    await sign(el, 'outgoing', 1);
    await sign(el, 'incoming', 1);
    assert.deepEqual(signed, ['outgoing', 'incoming']);
    assert.deepEqual(
      requests.map((request) => [request.role, request.staffId]),
      [
        ['outgoing', OUTGOING.staffId],
        ['incoming', INCOMING.staffId],
      ],
    );
    // Signed by both: the handover is complete and the incoming person is on duty.
    assert.include(textOf(el, '[part~="complete"]'), t.handoverComplete);
    assert.include(textOf(el, '[part~="complete"]'), INCOMING.staffId);

    clock.set(TIMES.leave);
    await clickAndSettle(el, buttonNamed(el, `${OUTGOING.name} (${OUTGOING.staffId}) leaves the post`));
    assert.include(textOf(el, '[part~="leave"]'), '17:05');

    clock.set(TIMES.countersign);
    buttonNamed(el, t.goCountersign).click();
    await el.updateComplete;
    assert.strictEqual(el.view, 'countersign');
    assert.strictEqual(focusedIn(el)?.id, 'view-heading');
    await typeInto(el, `countersign.h/2026-12-01/early/front-desk.note`, '已閱，升降機事項明早跟進');
    await clickAndSettle(el, buttonNamed(el, t.countersign, '[part~="countersign-item"]'));
    assert.deepEqual(signed, ['outgoing', 'incoming', 'countersign']);
    assert.strictEqual(requests.at(-1)?.role, 'countersign');
    assert.strictEqual(requests.at(-1)?.policyRole, 'cs-supervisor');
    assert.include(textOf(el, '[part~="view"]'), t.nothingToCountersign);
    assert.include(textOf(el, '[part~="view"]'), SUPERVISOR.staffId);
    await expect(el).to.be.accessible();

    // Every step is one entry in the store, in order, none twice.
    const stored = await storedEntries(`duty-handover/${encodeURIComponent(el.site)}/front-desk`);
    assert.deepEqual(
      stored.map((entry) => entry.seq),
      stored.map((_, index) => index),
    );
    assert.strictEqual(new Set(stored.map((entry) => entry.id)).size, stored.length);
    const types = el.entries.map((entry) => entry.type);
    assert.strictEqual(types[0], 'handover.opened');
    assert.strictEqual(types.at(-1), 'handover.countersigned');
    assert.lengthOf(stored, el.entries.length);

    // The history shows it sealed, with an intact chain.
    buttonNamed(el, t.viewHistory).click();
    await waitUntil(
      () => shadow(el).querySelector('[part~="chain"][data-state="intact"]'),
      'chain not checked',
    );
    assert.lengthOf($$(el, '[part~="history-item"]'), 1);
    await expect(el).to.be.accessible();
  });

  it('a reload in the middle restores the handover and the text typed but not recorded', async () => {
    const site = uniqueSite();
    const signer = stubSignerWith(requests);
    const first = await mount({ site, lang: 'en', clock, roster: ROSTER, signer });
    await openHandover(first);
    clock.set(TIMES.prepare);
    await tickAll(first, 'outgoing');
    await writeMatter(first);
    // Typed, not recorded: must survive the reload.
    await typeInto(first, 'anomaly.area', '停車場入口');
    await typeInto(first, 'anomaly.description', '閘機感應器時好時壞');
    const before = first.entries.map((entry) => entry.hash);
    // The page goes away (drafts still waiting for their pause are written now).
    first.remove();

    const second = await mount({ site, lang: 'en', clock, roster: ROSTER, signer });
    assert.deepEqual(
      second.entries.map((entry) => entry.hash),
      before,
    );
    for (const item of REG7.handover.outgoingChecklist.filter((candidate) => candidate.required)) {
      const box = $(
        second,
        `[part~="checklist-outgoing"] li[data-id="${item.id}"] input`,
      ) as HTMLInputElement;
      assert.isTrue(box.checked, item.id);
    }
    assert.lengthOf($$(second, '[part~="matter"]'), 1);
    assert.strictEqual(fieldNamed(second, 'anomaly.area').value, '停車場入口');
    assert.strictEqual(fieldNamed(second, 'anomaly.description').value, '閘機感應器時好時壞');

    // And it carries on from there: the draft is recorded, then cleared.
    await typeInto(second, 'anomaly.explanation', '已通知保安部人手開閘');
    await clickAndSettle(second, buttonNamed(second, t.recordAnomaly));
    assert.lengthOf($$(second, '[part~="anomaly"]'), 1);
    assert.strictEqual(fieldNamed(second, 'anomaly.area').value, '');
    second.remove();
    const third = await mount({ site, lang: 'en', clock, roster: ROSTER, signer });
    assert.strictEqual(fieldNamed(third, 'anomaly.area').value, '');
    assert.lengthOf($$(third, '[part~="anomaly"]'), 1);
  });

  it('works by keyboard alone: Tab to every control, Space and Enter to act', async () => {
    const el = await mount({ lang: 'en', clock, roster: ROSTER, signer: stubSignerWith(requests) });
    const press = (key: string) => sendKeys({ press: key });
    /** Presses Tab until `target` has focus: proves it is reachable in the tab order. */
    const tabTo = async (target: Element): Promise<void> => {
      for (let presses = 0; presses < 400; presses++) {
        if (focusedIn(el) === target) return;
        await press('Tab');
      }
      throw new Error(`could not reach ${target.outerHTML.slice(0, 80)} with Tab`);
    };
    const activate = async (target: HTMLElement, key = 'Enter'): Promise<void> => {
      await tabTo(target);
      await press(key);
      await settle(el);
    };
    const typeAt = async (name: string, text: string): Promise<void> => {
      await tabTo(fieldNamed(el, name));
      await sendKeys({ type: text });
    };

    // Start from the page: the first Tab enters the panel.
    (document.activeElement as HTMLElement | null)?.blur();
    await activate(buttonNamed(el, t.openHandover));
    assert.strictEqual(focusedIn(el)?.id, 'summary-heading');

    clock.set(TIMES.prepare);
    for (const item of REG7.handover.outgoingChecklist.filter((candidate) => candidate.required)) {
      await activate($(el, `[part~="checklist-outgoing"] li[data-id="${item.id}"] input`), 'Space');
    }
    await typeAt('matter.title', 'Parcel for flat 12C');
    await typeAt('matter.cause', 'Courier delivered at 14:10 while the resident was out');
    await typeAt('matter.course', 'Desk signed for it and phoned the resident');
    await typeAt('matter.result', 'Parcel in the desk cupboard, shelf 2');
    await activate(buttonNamed(el, t.recordMatter));
    assert.lengthOf($$(el, '[part~="matter"]'), 1);
    await activate(buttonNamed(el, t.markPrepared));

    clock.set(TIMES.arrive);
    await activate(buttonNamed(el, t.recordArrival));
    for (const item of REG7.handover.incomingChecklist.filter((candidate) => candidate.required)) {
      await activate($(el, `[part~="checklist-incoming"] li[data-id="${item.id}"] input`), 'Space');
    }
    for (const item of REG7.handover.inventory) {
      await typeAt(`count.${item.id}.counted`, String(item.expected));
      await activate(buttonNamed(el, t.recordCount, `[part~="inventory-item"][data-id="${item.id}"]`));
    }
    await activate(buttonNamed(el, t.acknowledge, '[part~="acknowledgements"]'));

    clock.set(TIMES.sign);
    await typeAt('sign.outgoing.matters', '1');
    await activate(buttonNamed(el, t.signOutgoing));
    await typeAt('sign.incoming.matters', '1');
    await activate(buttonNamed(el, t.signIncoming));
    assert.include(textOf(el, '[part~="complete"]'), t.handoverComplete);

    clock.set(TIMES.countersign);
    const nav = $$(el, '[part~="nav"] button');
    assert.strictEqual(normalise(nav[1]?.textContent), `${t.viewCountersign} (1)`);
    await activate(nav[1]!);
    assert.strictEqual(focusedIn(el)?.id, 'view-heading');
    await activate(buttonNamed(el, t.countersign, '[part~="countersign-item"]'));
    assert.include(textOf(el, '[part~="view"]'), t.nothingToCountersign);
    assert.strictEqual(el.entries.at(-1)?.type, 'handover.countersigned');
  });
});

function stubSignerWith(requests: SignerRequest[]): DutyHandover['signer'] {
  return (request) => {
    requests.push(request);
    if (request.role === 'countersign' || request.role === 'amend') return Promise.resolve(SUPERVISOR);
    const person = [OUTGOING, INCOMING].find((candidate) => candidate.staffId === request.staffId);
    return Promise.resolve(person ?? null);
  };
}
