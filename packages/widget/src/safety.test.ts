/**
 * What must never go wrong: a blocked handover says why and which clause; a
 * record changed behind the panel's back shows as broken at that entry; text
 * typed by people is only ever text; a full store loses nothing typed and
 * writes nothing half; a browser without IndexedDB still works, and says so.
 */
import { assert, expect, waitUntil } from '@open-wc/testing';
import { createMemoryAdapter, getClause, type JournalAdapter } from '@duty-handover/core';
import type { DutyHandover } from './duty-handover.js';
import type { BlockedDetail, ErrorDetail } from './events.js';
import { en as t } from './locales/en.js';
import {
  $,
  $$,
  INCOMING,
  OUTGOING,
  ROSTER,
  SUPERVISOR,
  TIMES,
  buttonNamed,
  choose,
  clickAndSettle,
  deleteTestDatabases,
  fieldNamed,
  mount,
  openDatabase,
  seedHandover,
  shadow,
  stubSigner,
  testClock,
  textOf,
  typeInto,
  uniqueSite,
} from './widget-test-helpers.js';

describe('blocked, tampered, hostile text, full storage', () => {
  afterEach(deleteTestDatabases);

  it('a blocked handover shows its reason and clause, and refuses the signature with them', async () => {
    const site = uniqueSite();
    // REG7-9.8: important work unfinished keeps the handover from being signed.
    await seedHandover(site, 'prepared', { matter: { major: true, title: '消防系統誤報，待維修商到場' } });
    const clock = testClock(TIMES.arrive);
    const el = await mount({ site, lang: 'en', clock, roster: ROSTER, signer: stubSigner() });
    const blocker = $(el, '[part~="blocker"]');
    assert.strictEqual(blocker.dataset['condition'], 'important-work-unfinished');
    assert.include(
      textOf(el, '[part~="blocker"]'),
      'Important work is unfinished: "消防系統誤報，待維修商到場".',
    );
    // The clause shows its ID at once and its summary once the registry has arrived.
    const clause = () => $(el, '[part~="blocker"] [data-clause="REG7-9.8"]');
    assert.include(clause().textContent, 'REG7-9.8');
    await waitUntil(
      () => clause().textContent.includes(getClause('REG7-9.8').summary.en),
      'the clause summary arrives',
    );
    await expect(el).to.be.accessible();

    // Trying to sign anyway: core refuses, nothing is written, the panel says why.
    clock.set(TIMES.sign);
    await clickAndSettle(el, buttonNamed(el, t.recordArrival));
    const before = el.entries.length;
    const blocked = new Promise<BlockedDetail>((resolve) => {
      el.addEventListener('duty-handover-blocked', (event) => {
        resolve(event.detail);
      });
    });
    await typeInto(el, 'sign.outgoing.matters', '1');
    await clickAndSettle(el, buttonNamed(el, t.signOutgoing));
    const detail = await blocked;
    assert.strictEqual(detail.refusal.code, 'blocked');
    assert.include(detail.refusal.clauses, 'REG7-9.8');
    const refusal = $(el, '[part~="signature"][data-role="outgoing"] [part~="refusal"]');
    assert.include(refusal.textContent, 'Important work is unfinished');
    assert.isNotNull(refusal.querySelector('[data-clause="REG7-9.8"]'));
    assert.strictEqual(el.entries.length, before);
    await expect(el).to.be.accessible();

    // The outgoing person finishes the work (a new version of the matter): the blocker lifts.
    const matter = $(el, '[part~="matter"]');
    const update = `update.${matter.dataset['id'] ?? ''}`;
    ($(el, '[part~="matter-update"]') as HTMLDetailsElement).open = true;
    await choose(el, `${update}.status`, 'resolved');
    await typeInto(el, `${update}.result`, '維修商 17:00 到場，已重設火警系統');
    await clickAndSettle(el, buttonNamed(el, t.recordUpdate));
    assert.isNull(shadow(el).querySelector('[part~="blocker"]'));
    assert.include(textOf(el, '[part~="blockers"]'), t.noBlockers);
    await clickAndSettle(el, buttonNamed(el, t.signOutgoing));
    assert.isNotNull(
      shadow(el).querySelector('[part~="signature"][data-role="outgoing"].signed'),
      `${textOf(el, '[part~="status"]')} / ${textOf(el, '[part~="error"]')} / ${textOf(el, '[part~="signatures"]')}`,
    );
  });

  it('an entry changed directly in IndexedDB shows the broken badge at that entry', async () => {
    const site = uniqueSite();
    await seedHandover(site, 'countersigned');
    const db = await openDatabase(`duty-handover/${site}/front-desk`);
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('journal', 'readwrite');
      const store = tx.objectStore('journal');
      const request = store.get(['e', 5]);
      request.onsuccess = () => {
        const entry = request.result as { payload: Record<string, unknown> };
        store.put({ ...entry, payload: { ...entry.payload, title: '改過的事項' } }, ['e', 5]);
      };
      tx.oncomplete = () => {
        resolve();
      };
      tx.onerror = () => {
        reject(tx.error ?? new Error('tamper failed'));
      };
    });
    db.close();
    const el = await mount({ site, lang: 'en', clock: testClock(TIMES.countersign), view: 'history' });
    await waitUntil(
      () => shadow(el).querySelector('[part~="chain"]:not([data-state="checking"])'),
      'no badge',
    );
    const badge = $(el, '[part~="chain"]');
    assert.strictEqual(badge.dataset['state'], 'broken');
    assert.strictEqual(badge.dataset['seq'], '5');
    assert.include(badge.textContent, 'Record broken at entry 5');
    await expect(el).to.be.accessible();
  });

  it('renders hostile text inert in every text field, in every view', async () => {
    const payloads = ['<img src=x onerror=alert(1)>', '<script>window.__xss=1</script>'];
    const hostile = payloads.join(' ');
    const alerts: unknown[] = [];
    // eslint-disable-next-line @typescript-eslint/unbound-method -- put back as it was, never called unbound
    const original = window.alert;
    window.alert = (message?: unknown) => {
      alerts.push(message);
    };
    try {
      const site = uniqueSite();
      const clock = testClock(TIMES.open);
      const el = await mount({ site, lang: 'en', clock, signer: stubSigner() });
      // No roster: the names are typed too.
      await typeInto(el, 'start.outgoing', OUTGOING.staffId);
      await typeInto(el, 'start.outgoingName', hostile);
      await typeInto(el, 'start.incoming', INCOMING.staffId);
      await typeInto(el, 'start.incomingName', hostile);
      await clickAndSettle(el, buttonNamed(el, t.openHandover));
      clock.set(TIMES.prepare);
      for (const name of [
        'matter.title',
        'matter.cause',
        'matter.course',
        'matter.result',
        'matter.nextStep',
        'matter.owner',
      ]) {
        await typeInto(el, name, `${name} ${hostile}`);
      }
      await clickAndSettle(el, buttonNamed(el, t.recordMatter));
      for (const name of ['anomaly.area', 'anomaly.description', 'anomaly.explanation']) {
        await typeInto(el, name, `${name} ${hostile}`);
      }
      await clickAndSettle(el, buttonNamed(el, t.recordAnomaly));
      await typeInto(el, 'flag.description', `flag ${hostile}`);
      await clickAndSettle(el, buttonNamed(el, t.raiseFlagButton));
      await typeInto(el, 'dispute.description', `dispute ${hostile}`);
      await typeInto(el, 'dispute.reportedTo', `reported ${hostile}`);
      await clickAndSettle(el, buttonNamed(el, t.raiseDisputeButton));
      clock.set(TIMES.arrive);
      await clickAndSettle(el, buttonNamed(el, t.recordArrival));
      await typeInto(el, 'count.radio.counted', '0');
      await choose(el, 'count.radio.status', 'missing');
      await typeInto(el, 'count.radio.explanation', `count ${hostile}`);
      await clickAndSettle(el, buttonNamed(el, t.recordCount, '[part~="inventory-item"][data-id="radio"]'));

      const handover = $(el, '[part~="view"]').textContent;
      // Every typed text is there, as text…
      assert.strictEqual(handover.split(hostile).length - 1 >= 13, true, 'each payload shows as text');
      assert.lengthOf(
        $$(el, '[part~="matter"], [part~="anomaly"], [part~="incident"], [part~="dispute"]'),
        4,
      );

      // …in the key register and the history too.
      el.view = 'keys';
      await waitUntil(() => shadow(el).querySelector('[part~="keys-lend"]'), 'keys view');
      await typeInto(el, 'keys.lend.room', `room ${hostile}`);
      await typeInto(el, 'keys.lend.borrower', `borrower ${hostile}`);
      await typeInto(el, 'keys.lend.purpose', `purpose ${hostile}`);
      await clickAndSettle(el, buttonNamed(el, t.recordLoan));
      assert.include(textOf(el, '[part~="keys-out"]'), `room ${hostile}`);

      // …and nothing of it became markup or ran.
      assert.lengthOf(shadow(el).querySelectorAll('img, script'), 0);
      assert.isEmpty(alerts);
      assert.isUndefined((window as { __xss?: unknown }).__xss);
      assert.isAtLeast(el.entries.length, 6);
    } finally {
      window.alert = original;
    }
  });

  it('a full store shows a clear error, keeps the typed text, writes nothing, and retries', async () => {
    const memory = createMemoryAdapter();
    let full = false;
    const store: JournalAdapter = {
      ...memory,
      append(entries) {
        if (full)
          return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
        return memory.append(entries);
      },
    };
    const clock = testClock(TIMES.open);
    const el = await mount({ lang: 'en', clock, store, roster: ROSTER });
    await clickAndSettle(el, buttonNamed(el, t.openHandover));
    const errors: ErrorDetail[] = [];
    el.addEventListener('duty-handover-error', (event) => errors.push(event.detail));
    full = true;
    clock.set(TIMES.prepare);
    await typeInto(el, 'matter.title', '電梯大堂漏水');
    await typeInto(el, 'matter.cause', '天花板冷氣喉滴水');
    await typeInto(el, 'matter.course', '已放水桶及告示');
    await typeInto(el, 'matter.result', '工程部明早檢查');
    const stored = (await memory.read(0)).length;
    await clickAndSettle(el, buttonNamed(el, t.recordMatter));

    const alert = $(el, '[part~="error"]');
    assert.strictEqual(alert.getAttribute('role'), 'alert');
    assert.strictEqual(alert.dataset['kind'], 'quota');
    assert.include(alert.textContent, t.errorQuota);
    assert.include(alert.textContent, t.textKept);
    assert.deepEqual(
      errors.map((error) => [error.kind, error.form]),
      [['quota', 'matter']],
    );
    assert.strictEqual(fieldNamed(el, 'matter.title').value, '電梯大堂漏水');
    assert.strictEqual(fieldNamed(el, 'matter.result').value, '工程部明早檢查');
    assert.lengthOf(await memory.read(0), stored, 'nothing written');
    assert.lengthOf($$(el, '[part~="matter"]'), 0);
    assert.notInclude(textOf(el, '[part~="status"]'), 'recorded');
    await expect(el).to.be.accessible();

    // Space freed: the retry records exactly one matter, and only then says so.
    full = false;
    await clickAndSettle(el, buttonNamed(el, t.retry, '[part~="error"]'));
    assert.lengthOf($$(el, '[part~="matter"]'), 1);
    assert.lengthOf(await memory.read(0), stored + 1);
    assert.include(textOf(el, '[part~="status"]'), t.savedMatter);
    assert.isNull(shadow(el).querySelector('[part~="error"]'));
    assert.strictEqual(fieldNamed(el, 'matter.title').value, '');
  });

  it('without IndexedDB (private mode) the panel runs on memory and says so', async () => {
    const factory = indexedDB;
    const errors: ErrorDetail[] = [];
    const listener = (event: Event) => errors.push((event as CustomEvent<ErrorDetail>).detail);
    document.addEventListener('duty-handover-error', listener);
    Object.defineProperty(factory, 'open', {
      configurable: true,
      value: () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
    });
    try {
      const clock = testClock(TIMES.open);
      const el: DutyHandover = await mount({ lang: 'en', clock, roster: ROSTER });
      assert.include(textOf(el, '[part~="warning"]'), t.memoryWarning);
      assert.deepEqual(
        errors.map((error) => error.kind),
        ['unavailable'],
      );
      await clickAndSettle(el, buttonNamed(el, t.openHandover));
      assert.isNotNull(shadow(el).querySelector('[part~="summary"]'));
      await expect(el).to.be.accessible();
    } finally {
      delete (factory as { open?: unknown }).open;
      document.removeEventListener('duty-handover-error', listener);
    }
    // eslint-disable-next-line @typescript-eslint/unbound-method -- compared, not called
    assert.strictEqual(indexedDB.open, IDBFactory.prototype.open);
  });

  it('the signer decides who signs: a mismatch or a cancel signs nothing', async () => {
    const site = uniqueSite();
    await seedHandover(site, 'prepared');
    const clock = testClock(TIMES.arrive);
    let answer: { staffId: string } | null = SUPERVISOR;
    const el = await mount({ site, lang: 'en', clock, signer: () => Promise.resolve(answer) });
    await clickAndSettle(el, buttonNamed(el, t.recordArrival));
    const before = el.entries.length;
    await typeInto(el, 'sign.incoming.matters', '1');
    await clickAndSettle(el, buttonNamed(el, t.signIncoming));
    assert.strictEqual($(el, '[part~="error"]').dataset['kind'], 'signer');
    answer = null;
    await clickAndSettle(el, buttonNamed(el, t.signIncoming));
    assert.include(textOf(el, '[part~="status"]'), t.signatureCancelled);
    assert.strictEqual(el.entries.length, before);
    assert.strictEqual(fieldNamed(el, 'sign.incoming.matters').value, '1');
  });
});
