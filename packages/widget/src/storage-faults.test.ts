/**
 * Storage faults in a real Chromium, on the panel's default store (real
 * IndexedDB), injected at the IndexedDB boundary itself — the prototypes of
 * `IDBObjectStore` and `IDBFactory`, the window's `indexedDB`, the page
 * (an iframe) going away:
 *
 * 1. quota exceeded: the commit is refused with a `QuotaExceededError`, or a
 *    write throws one;
 * 2. IndexedDB unavailable (private modes): the panel runs on memory, says
 *    so, and a whole handover still completes;
 * 3. a transaction aborted at each point of an append;
 * 4. the tab closed while an entry is being saved;
 * 5. two panels ("tabs") on the same site and post writing while faults hit.
 *
 * After each, what is stored (read through the widget's store API) is
 * compared with what the panel reported saved (`duty-handover-change`
 * events): every reported entry stored, none twice, seqs without a gap, the
 * chain intact; every fault shown to the person. The counts go to the
 * Reliability page (`recordFigure`). Tab closings are not counted as faults
 * there: nobody is left to show them to; their entries are counted. The one
 * failed read the store absorbs (it reads again) is counted as a fault and
 * not as shown: the entry was saved, there is nothing to tell.
 */
import { assert, waitUntil } from '@open-wc/testing';
import {
  JournalError,
  createJournal,
  verifyJournal,
  type SealedEntry,
  type UnsealedEntry,
} from '@duty-handover/core';
import type { DutyHandover } from './duty-handover.js';
import { failureKind, type FailureKind } from './engine.js';
import type { ErrorDetail, ErrorKind } from './events.js';
import { en as t } from './locales/en.js';
import { createIndexedDbStore, databaseName } from './store/idb.js';
import {
  $,
  $$,
  REG7,
  ROSTER,
  TIMES,
  buttonNamed,
  clickAndSettle,
  deleteTestDatabases,
  fieldNamed,
  mount,
  normalise,
  recordFigure,
  seedHandover,
  settle,
  shadow,
  stubSigner,
  testClock,
  textOf,
  typeInto,
  uniqueSite,
} from './widget-test-helpers.js';

// ——— Figures for the Reliability page ——————————————————————————————————

const figures = {
  'storage.faults': 0,
  'storage.faultsShown': 0,
  'storage.entriesChecked': 0,
  'storage.entriesLost': 0,
  'storage.entriesDuplicated': 0,
};

// ——— Fault injection at the IndexedDB boundary ——————————————————————————

/**
 * What happens to the writes of one transaction:
 * - `quota`: every write is applied, then the commit is refused — the
 *   transaction aborts with a `QuotaExceededError`, as Chromium does when
 *   the origin's quota is full;
 * - `abort`: `transaction.abort()` once `after` writes are applied (0: as the
 *   first write is issued, which then throws, as a real aborted transaction
 *   does);
 * - `throw`: write number `at` (from 0) throws `name` and is not issued.
 */
type Fault =
  | { readonly kind: 'quota' }
  | { readonly kind: 'abort'; readonly after: number }
  | { readonly kind: 'throw'; readonly at: number; readonly name: 'QuotaExceededError' | 'UnknownError' };

type Realm = Window & typeof globalThis;

const isEntryKey = (key: unknown): boolean => Array.isArray(key) && key[0] === 'e';
const isDraftKey = (key: unknown): boolean => Array.isArray(key) && key[0] === 'd';

/** Replaces a method of a prototype; returns what puts it back. */
function patch<T extends object, K extends keyof T>(
  target: T,
  name: K,
  replace: (original: T[K]) => T[K],
): () => void {
  const original = target[name];
  target[name] = replace(original);
  return () => {
    target[name] = original;
  };
}

/**
 * Wraps `IDBObjectStore.prototype.add` and `put`. The first write
 * of a transaction whose key `target` accepts takes the next planned fault
 * (`always`, else the head of `next`); the other writes of that transaction
 * follow the same fault.
 */
class Faults {
  /** Faults actually injected. */
  injected = 0;
  target: (key: unknown) => boolean = isEntryKey;
  #always: Fault | undefined;
  readonly #next: (Fault | undefined)[] = [];
  readonly #restore: (() => void)[] = [];
  readonly #plans = new WeakMap<
    IDBTransaction,
    { fault: Fault | undefined; writes: number; pending: number }
  >();

  constructor() {
    const proto = IDBObjectStore.prototype;
    for (const method of ['add', 'put'] as const) {
      this.#restore.push(
        patch(proto, method, (original) => {
          const write = (store: IDBObjectStore, value: unknown, key?: IDBValidKey): IDBRequest<IDBValidKey> =>
            this.#write(store, key, () => original.call(store, value, key));
          return function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
            return write(this, value, key);
          };
        }),
      );
    }
  }

  /** The next transactions that write take these faults, one each (`undefined`: no fault). */
  next(...faults: (Fault | undefined)[]): void {
    this.#next.push(...faults);
  }

  /** Every transaction that writes takes this fault until `clear()` (a full disk). */
  always(fault: Fault): void {
    this.#always = fault;
  }

  clear(): void {
    this.#always = undefined;
    this.#next.length = 0;
  }

  restore(): void {
    this.clear();
    for (const restore of this.#restore.splice(0)) restore();
  }

  #write(
    store: IDBObjectStore,
    key: IDBValidKey | undefined,
    issue: () => IDBRequest<IDBValidKey>,
  ): IDBRequest<IDBValidKey> {
    if (!this.target(key)) return issue();
    const transaction = store.transaction;
    let plan = this.#plans.get(transaction);
    if (plan === undefined) {
      plan = { fault: this.#always ?? this.#next.shift(), writes: 0, pending: 0 };
      this.#plans.set(transaction, plan);
    }
    const index = plan.writes++;
    const { fault } = plan;
    const abort = (error?: DOMException): void => {
      this.injected++;
      if (error) Object.defineProperty(transaction, 'error', { configurable: true, value: error });
      try {
        transaction.abort();
      } catch {
        // Already finished: nothing to abort (never the case in these tests).
      }
    };
    if (fault?.kind === 'throw' && fault.at === index) {
      this.injected++;
      throw new DOMException(`Injected ${fault.name}`, fault.name);
    }
    if (fault?.kind === 'abort' && fault.after === 0 && index === 0) {
      abort();
      return issue(); // throws TransactionInactiveError, as on a real aborted transaction
    }
    const request = issue();
    if (fault?.kind === 'abort' && fault.after === index + 1) {
      request.addEventListener('success', () => {
        abort();
      });
    }
    if (fault?.kind === 'quota') {
      const counts = plan;
      counts.pending++;
      request.addEventListener('success', () => {
        if (--counts.pending === 0) {
          abort(new DOMException('Injected: the quota has been exceeded.', 'QuotaExceededError'));
        }
      });
    }
    return request;
  }
}

// ——— Comparing what is stored with what was reported saved ——————————————

/** The entries a panel reported saved (`duty-handover-change`, origin `local`). */
function reportedBy(el: DutyHandover): SealedEntry[] {
  const reported: SealedEntry[] = [];
  el.addEventListener('duty-handover-change', (event) => {
    if (event.detail.origin === 'local') reported.push(...event.detail.entries);
  });
  return reported;
}

/** Every entry stored for a site's front desk, read through the widget's store API. */
async function storedOf(site: string): Promise<SealedEntry[]> {
  const store = createIndexedDbStore(site, 'front-desk');
  try {
    return await store.journal.read(0);
  } finally {
    store.close();
  }
}

async function draftsOf(site: string): Promise<Record<string, string>> {
  const store = createIndexedDbStore(site, 'front-desk');
  try {
    return await store.drafts.all();
  } finally {
    store.close();
  }
}

/** What one command is about: its type and payload without the random id a new record gets. */
function commandOf(entry: SealedEntry): string {
  const random = new Set(['matterId', 'anomalyId', 'flagId', 'disputeId']);
  const payload = Object.entries(entry.payload as Record<string, unknown>).filter(
    ([key]) => !random.has(key),
  );
  return `${entry.type} ${JSON.stringify(payload)}`;
}

/**
 * Compares the stored journal with what was reported saved: every reported
 * entry stored as reported, no entry (and no command) twice, seqs without a
 * gap, the chain intact. Counts for the figures, then asserts.
 */
async function compare(stored: readonly SealedEntry[], reported: readonly SealedEntry[]): Promise<void> {
  const byId = new Map(stored.map((entry) => [entry.id, entry]));
  const lost = reported.filter((entry) => byId.get(entry.id)?.hash !== entry.hash).length;
  const commands = new Set(stored.map(commandOf));
  const duplicated = stored.length - Math.min(byId.size, commands.size);
  figures['storage.entriesChecked'] += stored.length;
  figures['storage.entriesLost'] += lost;
  figures['storage.entriesDuplicated'] += duplicated;
  assert.strictEqual(lost, 0, 'an entry reported saved is not stored as reported');
  assert.strictEqual(duplicated, 0, 'an entry or a command is stored twice');
  const first = stored[0]?.seq ?? 0;
  assert.deepEqual(
    stored.map((entry) => entry.seq),
    stored.map((_, index) => first + index),
    'seqs without a gap',
  );
  assert.isTrue((await verifyJournal(stored)).intact, 'the chain is intact');
}

// ——— Driving the panel ————————————————————————————————————————————————

/** The error banner shows a fault of this kind, with a retry when a command failed. */
function assertShown(el: DutyHandover, kind: ErrorKind, form = true): void {
  const alert = $(el, '[part~="error"]');
  assert.strictEqual(alert.getAttribute('role'), 'alert');
  assert.strictEqual(alert.dataset['kind'], kind, normalise(alert.textContent));
  if (kind === 'quota') assert.include(alert.textContent, t.errorQuota);
  if (kind === 'storage') assert.include(normalise(alert.textContent), 'could not be saved');
  if (form) {
    assert.include(alert.textContent, t.textKept);
    assert.isTrue(
      [...alert.querySelectorAll('button')].some((button) => normalise(button.textContent) === t.retry),
      'a retry button',
    );
  }
}

/** No error banner. (Asserted on its text: a failing assertion that holds an element can stall the runner.) */
function assertNoError(el: DutyHandover): void {
  assert.strictEqual(textOf(el, '[part~="error"]'), '', 'no error shown');
}

const MATTER = {
  'matter.title': '電梯大堂漏水',
  'matter.cause': '天花板冷氣喉滴水',
  'matter.course': '已放水桶及告示',
  'matter.result': '工程部明早檢查',
} as const;

async function typeMatter(el: DutyHandover, fields: Record<string, string> = MATTER): Promise<void> {
  for (const [name, text] of Object.entries(fields)) await typeInto(el, name, text);
}

function assertMatterKept(el: DutyHandover, fields: Record<string, string> = MATTER): void {
  for (const [name, text] of Object.entries(fields))
    assert.strictEqual(fieldNamed(el, name).value, text, name);
}

/** Waits past the pause after which typed text is written as a draft (300 ms). */
const draftsWritten = (): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, 400);
  });

const tickBox = (el: DutyHandover, side: 'outgoing' | 'incoming', id: string): HTMLInputElement =>
  $(el, `[part~="checklist-${side}"] li[data-id="${id}"] input`) as HTMLInputElement;

const required = (side: 'outgoing' | 'incoming') =>
  (side === 'outgoing' ? REG7.handover.outgoingChecklist : REG7.handover.incomingChecklist).filter(
    (item) => item.required,
  );

/** Acts, then retries from the error banner until the entry is saved (each failure must be shown). */
async function untilSaved(el: DutyHandover, act: () => void): Promise<number> {
  act();
  await settle(el);
  let failures = 0;
  while (shadow(el).querySelector('[part~="error"]') && failures < 6) {
    failures++;
    const kind = $(el, '[part~="error"]').dataset['kind'] as ErrorKind;
    assert.include(['quota', 'storage', 'conflict'], kind);
    assertShown(el, kind);
    await clickAndSettle(el, buttonNamed(el, t.retry, '[part~="error"]'));
  }
  assertNoError(el);
  return failures;
}

/** Test entries for the store-level appends (`duty.log` is not a handover type). */
function logEntries(from: number, count: number): UnsealedEntry[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `log-${from + index}`,
    at: `2026-12-01T16:${String(from + index).padStart(2, '0')}:00+08:00`,
    actor: { staffId: 'S-101' },
    type: 'duty.log',
    payload: { text: `entry ${from + index}` },
  }));
}

// ——— A panel in its own page (an iframe: a tab that can be closed) ——————————

interface FramePanel {
  readonly frame: HTMLIFrameElement;
  readonly realm: Realm;
  readonly el: DutyHandover;
}

/** Loads the widget into a new same-origin iframe (its own realm, own IndexedDB connection) and mounts a panel. */
async function framePanel(site: string, clock: () => string): Promise<FramePanel> {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const realm = frame.contentWindow as Realm | null;
  const doc = frame.contentDocument;
  if (!realm || !doc) throw new Error('no iframe document');
  await new Promise<void>((resolve, reject) => {
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = new URL('./define.ts', import.meta.url).href;
    script.onload = () => {
      resolve();
    };
    script.onerror = () => {
      reject(new Error('the widget did not load in the iframe'));
    };
    doc.head.append(script);
  });
  const el = doc.createElement('duty-handover');
  el.site = site;
  el.lang = 'en';
  el.clock = clock;
  el.roster = ROSTER;
  doc.body.append(el);
  await el.ready;
  return { frame, realm, el };
}

// ——— The tests ————————————————————————————————————————————————————————

describe('storage faults on real IndexedDB', () => {
  let faults: Faults;
  let errors: ErrorDetail[];
  const onError = (event: Event): void => {
    errors.push((event as CustomEvent<ErrorDetail>).detail);
  };
  /** Every fault of a panel in this page was shown: one error event each, of a storage kind. */
  const allShown = (kinds: readonly ErrorKind[] = ['quota', 'storage', 'conflict']): void => {
    const shown = errors.filter((error) => kinds.includes(error.kind)).length;
    figures['storage.faultsShown'] += shown;
    assert.strictEqual(shown, faults.injected, JSON.stringify(errors.map((error) => error.kind)));
  };

  beforeEach(() => {
    faults = new Faults();
    errors = [];
    document.addEventListener('duty-handover-error', onError);
  });

  afterEach(async () => {
    figures['storage.faults'] += faults.injected;
    faults.restore();
    document.removeEventListener('duty-handover-error', onError);
    await deleteTestDatabases();
  });

  after(async () => {
    for (const [figure, count] of Object.entries(figures)) await recordFigure(figure, count);
  });

  describe('1. quota exceeded', () => {
    it('a full disk refuses drafts and entries: shown each time, text kept, the retry stores it once', async () => {
      const site = uniqueSite();
      await seedHandover(site, 'opened');
      const el = await mount({ site, lang: 'en', clock: testClock(TIMES.prepare), roster: ROSTER });
      const reported = reportedBy(el);
      const before = await storedOf(site);

      // The disk fills up: every write (the drafts too) is refused at commit.
      faults.target = (key) => isEntryKey(key) || isDraftKey(key);
      faults.always({ kind: 'quota' });
      await typeMatter(el);
      await draftsWritten();
      assert.isAbove(faults.injected, 0, 'the drafts met the full disk');
      assertShown(el, 'quota', false);

      await clickAndSettle(el, buttonNamed(el, t.recordMatter));
      assertShown(el, 'quota');
      assert.strictEqual(errors.at(-1)?.form, 'matter');
      assertMatterKept(el);
      assert.lengthOf($$(el, '[part~="matter"]'), 0);
      assert.notInclude(textOf(el, '[part~="status"]'), t.savedMatter);
      assert.deepEqual(await storedOf(site), before, 'nothing written');

      // Still full: the retry fails the same way, and says so again.
      const failed = faults.injected;
      await clickAndSettle(el, buttonNamed(el, t.retry, '[part~="error"]'));
      assert.strictEqual(faults.injected, failed + 1);
      assertShown(el, 'quota');
      assertMatterKept(el);

      // Space freed: the retry records exactly one matter, and only then says so.
      faults.clear();
      await clickAndSettle(el, buttonNamed(el, t.retry, '[part~="error"]'));
      assertNoError(el);
      assert.include(textOf(el, '[part~="status"]'), t.savedMatter);
      assert.lengthOf($$(el, '[part~="matter"]'), 1);
      assert.strictEqual(fieldNamed(el, 'matter.title').value, '');
      const stored = await storedOf(site);
      assert.lengthOf(stored, before.length + 1);
      assert.lengthOf(reported, 1);
      assert.strictEqual(stored.filter((entry) => entry.type === 'handover.matter-carried-over').length, 1);
      await compare(stored, reported);
      allShown();
    });

    it('a write that throws QuotaExceededError itself is shown as storage full, and the retry ticks once', async () => {
      const site = uniqueSite();
      await seedHandover(site, 'opened');
      const el = await mount({ site, lang: 'en', clock: testClock(TIMES.prepare), roster: ROSTER });
      const reported = reportedBy(el);
      const [one, two] = required('outgoing');
      if (!one || !two) throw new Error('reg7 has required outgoing items');
      const before = await storedOf(site);

      faults.next({ kind: 'throw', at: 0, name: 'QuotaExceededError' });
      await clickAndSettle(el, tickBox(el, 'outgoing', one.id));
      assertShown(el, 'quota');
      assert.isFalse(tickBox(el, 'outgoing', one.id).checked, 'not shown as ticked');
      assert.deepEqual(await storedOf(site), before, 'nothing written');
      await clickAndSettle(el, buttonNamed(el, t.retry, '[part~="error"]'));
      assert.isTrue(tickBox(el, 'outgoing', one.id).checked);
      assert.include(textOf(el, '[part~="status"]'), t.savedTicked);

      // The commit refused for the next tick: the same, then the tick is stored once.
      faults.next({ kind: 'quota' });
      assert.strictEqual(
        await untilSaved(el, () => {
          tickBox(el, 'outgoing', two.id).click();
        }),
        1,
      );
      const stored = await storedOf(site);
      assert.lengthOf(stored, before.length + 2);
      assert.lengthOf(reported, 2);
      await compare(stored, reported);
      allShown();
    });
  });

  describe('2. IndexedDB unavailable (private mode)', () => {
    it('indexedDB itself throws: the panel says so, and a whole handover completes on memory', async () => {
      const site = uniqueSite();
      const own = Object.getOwnPropertyDescriptor(window, 'indexedDB');
      assert.isDefined(own, 'indexedDB is an own property of the window');
      Object.defineProperty(window, 'indexedDB', {
        configurable: true,
        enumerable: true,
        get() {
          throw new DOMException('The user denied permission to access the database.', 'SecurityError');
        },
      });
      let el: DutyHandover;
      let reported: SealedEntry[];
      try {
        const clock = testClock(TIMES.open);
        el = await mount({ site, lang: 'en', clock, roster: ROSTER, signer: stubSigner() });
        reported = reportedBy(el);
        figures['storage.faults'] += 1;
        const warned = (): void => {
          assert.include(textOf(el, '[part~="warning"]'), t.memoryWarning);
        };
        warned();
        assert.deepEqual(
          errors.map((error) => error.kind),
          ['unavailable'],
        );
        figures['storage.faultsShown'] += 1;

        await clickAndSettle(el, buttonNamed(el, t.openHandover));
        warned();
        clock.set(TIMES.prepare);
        for (const item of required('outgoing')) await clickAndSettle(el, tickBox(el, 'outgoing', item.id));
        await typeMatter(el);
        await clickAndSettle(el, buttonNamed(el, t.recordMatter));
        warned();
        await clickAndSettle(el, buttonNamed(el, t.markPrepared));
        clock.set(TIMES.arrive);
        await clickAndSettle(el, buttonNamed(el, t.recordArrival));
        for (const item of required('incoming')) await clickAndSettle(el, tickBox(el, 'incoming', item.id));
        for (const item of REG7.handover.inventory) {
          await typeInto(el, `count.${item.id}.counted`, String(item.expected));
          await clickAndSettle(
            el,
            buttonNamed(el, t.recordCount, `[part~="inventory-item"][data-id="${item.id}"]`),
          );
        }
        await clickAndSettle(el, buttonNamed(el, t.acknowledge, '[part~="acknowledgements"]'));
        warned();
        clock.set(TIMES.sign);
        for (const role of ['outgoing', 'incoming'] as const) {
          await typeInto(el, `sign.${role}.matters`, '1');
          await clickAndSettle(el, buttonNamed(el, role === 'outgoing' ? t.signOutgoing : t.signIncoming));
        }
        await waitUntil(() => shadow(el).querySelector('[part~="complete"]'), 'not complete');
        assert.include(textOf(el, '[part~="complete"]'), t.handoverComplete);
        // The warning stays for as long as the panel runs on memory, and nothing else went wrong.
        warned();
        assert.deepEqual(
          errors.map((error) => error.kind),
          ['unavailable'],
        );
      } finally {
        Object.defineProperty(window, 'indexedDB', own);
      }
      // Everything reported saved is in the memory journal, once, chained.
      assert.strictEqual(el.entries.at(-1)?.type, 'handover.signed');
      assert.lengthOf(reported, el.entries.length);
      await compare(el.entries, reported);
      // Nothing reached IndexedDB (not even an empty database).
      const names = (await indexedDB.databases()).map((database) => database.name);
      assert.notInclude(names, databaseName(site, 'front-desk'));
    });

    it('opening the database fails later (an error event): memory, the warning, and entries kept', async () => {
      // A real asynchronous failure: opening a database below its version fails with a VersionError.
      const newer = `duty-handover/${uniqueSite()}-newer`;
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(newer, 2);
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => {
          reject(request.error ?? new Error('could not create the newer database'));
        };
      });
      const restore = patch(
        IDBFactory.prototype,
        'open',
        (original) =>
          function (this: IDBFactory) {
            return original.call(this, newer, 1);
          },
      );
      try {
        const el = await mount({ lang: 'en', clock: testClock(TIMES.open), roster: ROSTER });
        const reported = reportedBy(el);
        figures['storage.faults'] += 1;
        assert.include(textOf(el, '[part~="warning"]'), t.memoryWarning);
        assert.deepEqual(
          errors.map((error) => [error.kind, (error.error as DOMException).name]),
          [['unavailable', 'VersionError']],
        );
        figures['storage.faultsShown'] += 1;
        await clickAndSettle(el, buttonNamed(el, t.openHandover));
        await typeMatter(el);
        await clickAndSettle(el, buttonNamed(el, t.recordMatter));
        assert.lengthOf($$(el, '[part~="matter"]'), 1);
        assert.include(textOf(el, '[part~="warning"]'), t.memoryWarning);
        assert.lengthOf(errors, 1);
        assert.lengthOf(reported, 2);
        await compare(el.entries, reported);
      } finally {
        restore();
      }
    });
  });

  describe('3. a transaction aborted mid-append', () => {
    it('at every point of a multi-entry append: all or none stored, the caller told, the retry stores it once', async () => {
      const store = createIndexedDbStore(uniqueSite(), 'front-desk');
      const journal = createJournal({ adapter: store.journal, allowUnknownTypes: true });
      const reported = await journal.appendMany(logEntries(0, 2));
      const plans: [Fault, FailureKind][] = [
        [{ kind: 'abort', after: 0 }, 'storage'],
        [{ kind: 'abort', after: 1 }, 'storage'],
        [{ kind: 'abort', after: 2 }, 'storage'],
        [{ kind: 'abort', after: 4 }, 'storage'], // every write applied, aborted before the commit
        [{ kind: 'throw', at: 0, name: 'UnknownError' }, 'storage'],
        [{ kind: 'throw', at: 3, name: 'QuotaExceededError' }, 'quota'],
        [{ kind: 'quota' }, 'quota'],
      ];
      for (const [index, [fault, kind]] of plans.entries()) {
        const batch = logEntries(2 + index * 4, 4);
        const before = await store.journal.read(0);
        faults.next(fault);
        const injected = faults.injected;
        let error: unknown;
        try {
          await journal.appendMany(batch);
        } catch (caught) {
          error = caught;
        }
        const what = JSON.stringify(fault);
        assert.strictEqual(faults.injected, injected + 1, what);
        assert.instanceOf(error, JournalError, what);
        // What the panel would show: the fault's own kind (tests 1 and 5 show that it does).
        assert.strictEqual(failureKind(error), kind, `${what}: ${String(error)}`);
        figures['storage.faultsShown'] += 1;
        assert.deepEqual(await store.journal.read(0), before, `${what}: nothing of the batch`);

        reported.push(...(await journal.appendMany(batch)));
        const stored = await store.journal.read(0);
        assert.lengthOf(stored, before.length + 4, what);
        for (const entry of batch)
          assert.lengthOf(
            stored.filter((found) => found.id === entry.id),
            1,
          );
      }
      await compare(await store.journal.read(0), reported);
      store.close();
    });

    it('a matter whose transaction aborts, or whose write throws: shown, text kept, stored once on retry', async () => {
      const site = uniqueSite();
      await seedHandover(site, 'opened');
      const el = await mount({ site, lang: 'en', clock: testClock(TIMES.prepare), roster: ROSTER });
      const reported = reportedBy(el);
      const before = await storedOf(site);
      await typeMatter(el);
      await draftsWritten();

      faults.next({ kind: 'abort', after: 1 }, { kind: 'throw', at: 0, name: 'UnknownError' });
      await clickAndSettle(el, buttonNamed(el, t.recordMatter));
      assertShown(el, 'storage');
      assertMatterKept(el);
      assert.deepEqual(await storedOf(site), before, 'nothing written');
      await clickAndSettle(el, buttonNamed(el, t.retry, '[part~="error"]'));
      assertShown(el, 'storage');
      assert.include(textOf(el, '[part~="error"]'), 'Injected UnknownError');
      assertMatterKept(el);
      assert.deepEqual(await storedOf(site), before, 'nothing written');
      await clickAndSettle(el, buttonNamed(el, t.retry, '[part~="error"]'));
      assertNoError(el);
      assert.lengthOf($$(el, '[part~="matter"]'), 1);

      // A draft whose transaction aborts is a storage failure too (it was shown as "null").
      faults.target = isDraftKey;
      faults.next({ kind: 'abort', after: 1 });
      await typeInto(el, 'anomaly.area', '停車場入口');
      await draftsWritten();
      assertShown(el, 'storage', false);
      assert.strictEqual(fieldNamed(el, 'anomaly.area').value, '停車場入口');

      const stored = await storedOf(site);
      assert.lengthOf(stored, before.length + 1);
      await compare(stored, reported);
      allShown();
    });

    it('a read that fails right after a saved entry does not make it unsaved (no second matter)', async () => {
      const site = uniqueSite();
      await seedHandover(site, 'opened');
      const el = await mount({ site, lang: 'en', clock: testClock(TIMES.prepare), roster: ROSTER });
      const reported = reportedBy(el);
      await typeMatter(el);
      // The first read after the matter's transaction committed is aborted.
      let armed = false;
      let injected = 0;
      const restoreAdd = patch(
        IDBObjectStore.prototype,
        'add',
        (original) =>
          function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
            this.transaction.addEventListener('complete', () => {
              armed = true;
            });
            return original.call(this, value, key);
          },
      );
      const restoreGetAll = patch(
        IDBObjectStore.prototype,
        'getAll',
        (original) =>
          function (this: IDBObjectStore, query?: IDBValidKey | IDBKeyRange | null, count?: number) {
            const request = original.call(this, query, count);
            if (armed) {
              armed = false;
              injected++;
              this.transaction.abort();
            }
            return request;
          },
      );
      try {
        await clickAndSettle(el, buttonNamed(el, t.recordMatter));
      } finally {
        restoreAdd();
        restoreGetAll();
      }
      assert.strictEqual(injected, 1);
      figures['storage.faults'] += injected;
      // Saved, and said so: the store read again.
      assertNoError(el);
      assert.include(textOf(el, '[part~="status"]'), t.savedMatter);
      assert.lengthOf($$(el, '[part~="matter"]'), 1);
      const stored = await storedOf(site);
      assert.lengthOf(reported, 1);
      assert.strictEqual(stored.filter((entry) => entry.type === 'handover.matter-carried-over').length, 1);
      await compare(stored, reported);
    });
  });

  describe('4. the tab closed while an entry is being saved', () => {
    it('the panel removed mid-append: a panel opened afterwards shows exactly what is stored', async () => {
      const site = uniqueSite();
      await seedHandover(site, 'opened');
      const clock = testClock(TIMES.prepare);
      const first = await mount({ site, lang: 'en', clock, roster: ROSTER });
      const reported = reportedBy(first);
      const [one] = required('outgoing');
      if (!one) throw new Error('reg7 has required outgoing items');
      await clickAndSettle(first, tickBox(first, 'outgoing', one.id));
      await typeMatter(first);
      await draftsWritten();

      // The panel leaves the page while the matter's write is in its transaction.
      const finished = new Promise<string>((resolve) => {
        first.addEventListener('duty-handover-change', () => {
          resolve('saved');
        });
        first.addEventListener('duty-handover-error', () => {
          resolve('failed');
        });
      });
      const restore = patch(
        IDBObjectStore.prototype,
        'add',
        (original) =>
          function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
            const request = original.call(this, value, key);
            if (first.isConnected) first.remove();
            return request;
          },
      );
      try {
        buttonNamed(first, t.recordMatter).click();
        await waitUntil(() => !first.isConnected, 'the panel was not removed');
      } finally {
        restore();
      }
      const outcome = await finished;

      const second = await mount({ site, lang: 'en', clock, roster: ROSTER });
      const stored = await storedOf(site);
      assert.deepEqual(
        second.entries.map((entry) => entry.hash),
        stored.map((entry) => entry.hash),
      );
      await compare(stored, reported);
      const matters = stored.filter((entry) => entry.type === 'handover.matter-carried-over');
      assert.lengthOf(matters, outcome === 'saved' ? 1 : 0, outcome);
      assert.lengthOf($$(second, '[part~="matter"]'), matters.length);
      assert.isTrue(tickBox(second, 'outgoing', one.id).checked);
      // The text is in the form exactly when its matter is not stored.
      assert.strictEqual(
        fieldNamed(second, 'matter.title').value,
        matters.length ? '' : MATTER['matter.title'],
      );
    });

    for (const moment of ['write', 'commit', 'saved'] as const) {
      it(`an iframe closed at the ${moment} of an entry: reported entries there, the entry whole or absent, none twice`, async () => {
        const site = uniqueSite();
        await seedHandover(site, 'opened');
        const clock = testClock(TIMES.prepare);
        const { frame, realm, el } = await framePanel(site, clock);
        const reported = reportedBy(el);
        const [one] = required('outgoing');
        if (!one) throw new Error('reg7 has required outgoing items');
        await clickAndSettle(el, tickBox(el, 'outgoing', one.id));
        assert.lengthOf(reported, 1);
        await typeMatter(el);
        await draftsWritten();
        assert.deepEqual(await draftsOf(site), MATTER, 'the typed text is kept as drafts');

        // Closing the page: its scripts stop, its connection is closed, an uncommitted transaction is lost.
        const close = (): void => {
          if (frame.isConnected) frame.remove();
        };
        if (moment === 'saved') {
          el.addEventListener('duty-handover-change', close);
        } else {
          patch(
            realm.IDBObjectStore.prototype,
            'add',
            (original) =>
              function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
                const request = original.call(this, value, key);
                if (moment === 'write') close();
                else this.transaction.addEventListener('complete', close);
                return request;
              },
          );
        }
        buttonNamed(el, t.recordMatter).click();
        await waitUntil(() => !frame.isConnected, 'the iframe was not closed');

        const second = await mount({ site, lang: 'en', clock, roster: ROSTER });
        const stored = await storedOf(site);
        assert.deepEqual(
          second.entries.map((entry) => entry.hash),
          stored.map((entry) => entry.hash),
        );
        await compare(stored, reported);
        const matters = stored.filter((entry) => entry.type === 'handover.matter-carried-over');
        // Not committed when the page went away: absent. Committed: there once, whole (the chain verified).
        assert.lengthOf(matters, moment === 'write' ? 0 : 1);
        assert.lengthOf(reported, moment === 'saved' ? 2 : 1);
        assert.lengthOf($$(second, '[part~="matter"]'), matters.length);
        assert.isTrue(tickBox(second, 'outgoing', one.id).checked);
        if (matters.length === 0) {
          // Nothing typed is lost: the text is back in the form, and recording it stores it once.
          assertMatterKept(second);
          const again = reportedBy(second);
          await clickAndSettle(second, buttonNamed(second, t.recordMatter));
          const after = await storedOf(site);
          assert.lengthOf(after, stored.length + 1);
          await compare(after, [...reported, ...again]);
        }
      });
    }

    // A tab closed after the matter is committed: its drafts went in the same transaction
    // (`LocalStore.clearingDrafts`), so the reopened panel shows the matter and an empty form,
    // and nothing invites recording it twice.
    it('an iframe closed at the commit: the recorded text does not come back into the form', async () => {
      const site = uniqueSite();
      await seedHandover(site, 'opened');
      const clock = testClock(TIMES.prepare);
      const { frame, realm, el } = await framePanel(site, clock);
      await typeMatter(el);
      await draftsWritten();
      patch(
        realm.IDBObjectStore.prototype,
        'add',
        (original) =>
          function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
            this.transaction.addEventListener('complete', () => {
              frame.remove();
            });
            return original.call(this, value, key);
          },
      );
      buttonNamed(el, t.recordMatter).click();
      await waitUntil(() => !frame.isConnected, 'the iframe was not closed');
      const second = await mount({ site, lang: 'en', clock, roster: ROSTER });
      assert.lengthOf($$(second, '[part~="matter"]'), 1);
      assert.strictEqual(fieldNamed(second, 'matter.title').value, '');
      assert.deepEqual(await draftsOf(site), {});
    });
  });

  describe('5. two tabs writing while faults hit', () => {
    it('no entry lost or twice, seqs without a gap, each command once, both tabs converge', async () => {
      const site = uniqueSite();
      await seedHandover(site, 'opened');
      const clock = testClock(TIMES.prepare);
      const a = await mount({ site, lang: 'en', clock, roster: ROSTER });
      const b = await mount({ site, lang: 'en', clock, roster: ROSTER });
      const reported = [...[a, b].map(reportedBy)];
      const [one, two, three, four] = required('outgoing');
      if (!one || !two || !three || !four) throw new Error('reg7 has four required outgoing items');
      await typeMatter(a);
      await typeInto(b, 'anomaly.area', '大堂後門');
      await typeInto(b, 'anomaly.description', '後門閉門器漏油，門關不緊');
      await typeInto(b, 'anomaly.explanation', '已報工程部，明早更換閉門器');

      // Whichever tab writes next meets the next fault.
      faults.next(
        { kind: 'quota' },
        undefined,
        { kind: 'abort', after: 1 },
        { kind: 'throw', at: 0, name: 'UnknownError' },
        undefined,
        { kind: 'throw', at: 0, name: 'QuotaExceededError' },
        { kind: 'abort', after: 0 },
      );
      const work = (el: DutyHandover, steps: (() => void)[]) => async () => {
        for (const step of steps) await untilSaved(el, step);
      };
      await Promise.all([
        work(a, [
          () => {
            tickBox(a, 'outgoing', one.id).click();
          },
          () => {
            buttonNamed(a, t.recordMatter).click();
          },
          () => {
            tickBox(a, 'outgoing', three.id).click();
          },
        ])(),
        work(b, [
          () => {
            tickBox(b, 'outgoing', two.id).click();
          },
          () => {
            buttonNamed(b, t.recordAnomaly).click();
          },
          () => {
            tickBox(b, 'outgoing', four.id).click();
          },
        ])(),
      ]);
      assert.isAtLeast(faults.injected, 5, 'the faults met the writes');

      const stored = await storedOf(site);
      const saved = reported.flat();
      assert.lengthOf(saved, 6);
      await compare(stored, saved);
      const count = (type: string, test: (payload: Record<string, unknown>) => boolean) =>
        stored.filter((entry) => entry.type === type && test(entry.payload as Record<string, unknown>))
          .length;
      for (const item of [one, two, three, four]) {
        assert.strictEqual(
          count('handover.checklist-item-done', (p) => p['itemId'] === item.id),
          1,
          item.id,
        );
      }
      assert.strictEqual(
        count('handover.matter-carried-over', (p) => p['title'] === MATTER['matter.title']),
        1,
      );
      assert.strictEqual(
        count('handover.anomaly-recorded', (p) => p['area'] === '大堂後門'),
        1,
      );

      // Both tabs show the same journal.
      await waitUntil(
        () => a.entries.length === stored.length && b.entries.length === stored.length,
        'the tabs did not converge',
      );
      assert.deepEqual(
        a.entries.map((entry) => entry.hash),
        b.entries.map((entry) => entry.hash),
      );
      allShown();
    });
  });
});
