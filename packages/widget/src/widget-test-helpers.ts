/**
 * What the widget's browser tests share: mounting a panel on its own
 * IndexedDB database, a clock the test moves, a signer stub, real typing and
 * clicking (through @web/test-runner-commands, i.e. the browser's own input
 * pipeline), and cleaning IndexedDB between tests. The library never imports
 * this file.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { resolvePolicy, type Actor, type JournalAdapter, type Locale } from '@duty-handover/core';
import type { DutyHandover, DutyHandoverRoster, SignerRequest, SignerResult } from './define.js';
import './define.js';

/**
 * Adds `count` to a reliability figure (for example `storage.faults`): kept while
 * `npm run reliability` collects figures for the Reliability page, dropped otherwise.
 */
export async function recordFigure(figure: string, count: number): Promise<void> {
  await executeServerCommand('record-reliability-figure', { figure, count });
}

export const REG7 = resolvePolicy('reg7');

export const OUTGOING = { staffId: 'S-101', name: '陳美玲' } as const;
export const INCOMING = { staffId: 'S-102', name: '黃志強' } as const;
export const SUPERVISOR = { staffId: 'S-201', name: '李主任' } as const;

/** REG7's early shift hands over to the middle shift at 17:00 (Asia/Shanghai), on 1 December 2026. */
export const TIMES = {
  open: '2026-12-01T16:40:00+08:00',
  prepare: '2026-12-01T16:50:00+08:00',
  arrive: '2026-12-01T16:53:00+08:00',
  sign: '2026-12-01T17:00:00+08:00',
  leave: '2026-12-01T17:05:00+08:00',
  countersign: '2026-12-02T09:30:00+08:00',
} as const;

export const ROSTER: DutyHandoverRoster = {
  staff: [
    { id: OUTGOING.staffId, name: OUTGOING.name },
    { id: INCOMING.staffId, name: INCOMING.name },
    { id: SUPERVISOR.staffId, name: SUPERVISOR.name },
  ],
  assignments: [
    { staff: OUTGOING.staffId, date: '2026-12-01', shift: 'early', post: 'front-desk' },
    { staff: INCOMING.staffId, date: '2026-12-01', shift: 'middle', post: 'front-desk' },
  ],
};

/** A clock the test sets by hand. */
export interface TestClock {
  (): string;
  set(instant: string): void;
}

export function testClock(start: string): TestClock {
  let now = start;
  const clock = (() => now) as TestClock;
  clock.set = (instant) => {
    now = instant;
  };
  return clock;
}

/** A signer that vouches for whoever is asked for (countersign and amend: the supervisor). */
export function stubSigner(
  log: SignerRequest[] = [],
): (request: SignerRequest) => Promise<SignerResult | null> {
  return (request) => {
    log.push(request);
    const people: Record<string, SignerResult> = {
      [OUTGOING.staffId]: OUTGOING,
      [INCOMING.staffId]: INCOMING,
    };
    const person =
      request.role === 'countersign' || request.role === 'amend'
        ? SUPERVISOR
        : request.staffId === undefined
          ? undefined
          : people[request.staffId];
    return Promise.resolve(person ?? null);
  };
}

let counter = 0;
/** A site name no other test uses: its own IndexedDB database. */
export function uniqueSite(): string {
  counter += 1;
  return `test-${Date.now().toString(36)}-${counter}`;
}

export interface MountOptions {
  readonly site?: string;
  readonly post?: string;
  readonly lang?: Locale;
  readonly policy?: string;
  readonly clock?: () => string;
  readonly roster?: DutyHandoverRoster;
  readonly signer?: DutyHandover['signer'];
  readonly store?: JournalAdapter;
  readonly currentUser?: Actor;
  readonly view?: DutyHandover['view'];
}

/** Creates a panel, attaches it and waits until it has loaded and rendered. */
export async function mount(options: MountOptions = {}): Promise<DutyHandover> {
  const el = document.createElement('duty-handover');
  el.site = options.site ?? uniqueSite();
  el.post = options.post ?? 'front-desk';
  if (options.lang) el.lang = options.lang;
  if (options.policy) el.policy = options.policy;
  if (options.clock) el.clock = options.clock;
  if (options.roster) el.roster = options.roster;
  if (options.signer) el.signer = options.signer;
  if (options.store) el.store = options.store;
  if (options.currentUser) el.currentUser = options.currentUser;
  if (options.view) el.view = options.view;
  await fixture(html`<div>${el}</div>`);
  await el.ready;
  return el;
}

export function shadow(el: DutyHandover): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

export function normalise(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

export function $(el: DutyHandover, selector: string): HTMLElement {
  const found = shadow(el).querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

export function $$(el: DutyHandover, selector: string): HTMLElement[] {
  return [...shadow(el).querySelectorAll<HTMLElement>(selector)];
}

export function textOf(el: DutyHandover, selector: string): string {
  return normalise(shadow(el).querySelector(selector)?.textContent);
}

/** The button (in `scope`) whose text is `label`. */
export function buttonNamed(el: DutyHandover, label: string, scope = ''): HTMLButtonElement {
  const buttons = $$(el, `${scope} button`.trim()) as HTMLButtonElement[];
  const found = buttons.find((button) => normalise(button.textContent) === label);
  if (!found) throw new Error(`no button "${label}" in ${scope || 'the panel'}`);
  return found;
}

/** The input of a draft name (forms name their fields after drafts). */
export function fieldNamed(
  el: DutyHandover,
  name: string,
): HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement {
  const found = shadow(el).querySelector<HTMLInputElement>(`[name="${name}"]`);
  if (!found) throw new Error(`no field ${name}`);
  return found;
}

/** Sets the page's viewport (a 360 px portal column, a desktop). */
export async function setViewportFor(width: number, height: number): Promise<void> {
  await setViewport({ width, height });
}

/** Focuses a field and types into it with real key presses. */
export async function typeInto(el: DutyHandover, name: string, text: string): Promise<void> {
  const input = fieldNamed(el, name);
  input.focus();
  // A field that cannot take focus (in a closed <details>) would send the keys elsewhere.
  if (shadow(el).activeElement !== input) throw new Error(`${name} cannot take focus`);
  await sendKeys({ type: text });
}

/** Chooses an option of a select by keyboard-free means the browser treats as a user change. */
export async function choose(el: DutyHandover, name: string, value: string): Promise<void> {
  const select = fieldNamed(el, name) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Clicks and waits until the panel is no longer saving. */
export async function clickAndSettle(el: DutyHandover, target: HTMLElement): Promise<void> {
  target.click();
  await settle(el);
}

/** Waits until no command is in flight and the panel has rendered. */
export async function settle(el: DutyHandover): Promise<void> {
  await el.updateComplete;
  await waitUntil(() => !shadow(el).querySelector('[part~="status"].saving'), 'still saving', {
    timeout: 5000,
  });
  await el.updateComplete;
}

/** The element focused inside the panel (through its shadow root), if any. */
export function focusedIn(el: DutyHandover): Element | null {
  return shadow(el).activeElement;
}

/** Deletes every IndexedDB database the tests created. */
export async function deleteTestDatabases(): Promise<void> {
  const databases = await indexedDB.databases();
  await Promise.all(
    databases
      .map((database) => database.name)
      .filter((name): name is string => name?.startsWith('duty-handover/') ?? false)
      .map(
        (name) =>
          new Promise<void>((resolve, reject) => {
            const request = indexedDB.deleteDatabase(name);
            request.onsuccess = () => {
              resolve();
            };
            request.onerror = () => {
              reject(request.error ?? new Error(`could not delete ${name}`));
            };
            request.onblocked = () => {
              // The panels' connections close on versionchange; the delete then goes ahead.
            };
          }),
      ),
  );
}

/** Opens a raw connection to a panel's database (for tampering and inspection). */
export function openDatabase(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => {
        db.close();
      };
      resolve(db);
    };
    request.onerror = () => {
      reject(request.error ?? new Error(`could not open ${name}`));
    };
  });
}

/** Every value stored under the `['e', seq]` keys of a database, in seq order. */
export async function storedEntries(name: string): Promise<{ seq: number; id: string; hash: string }[]> {
  const db = await openDatabase(name);
  try {
    return await new Promise((resolve, reject) => {
      const request = db
        .transaction('journal', 'readonly')
        .objectStore('journal')
        .getAll(IDBKeyRange.bound(['e', -Infinity], ['e', Infinity]));
      request.onsuccess = () => {
        resolve(request.result as { seq: number; id: string; hash: string }[]);
      };
      request.onerror = () => {
        reject(request.error ?? new Error('read failed'));
      };
    });
  } finally {
    db.close();
  }
}

/**
 * Writes a reg7 handover straight into a panel's IndexedDB database through
 * core (no clicking), up to a stage: for tests about what comes after.
 */
export async function seedHandover(
  site: string,
  upTo: 'opened' | 'prepared' | 'signed' | 'countersigned',
  options: { readonly day?: string; readonly matter?: Partial<Record<string, unknown>> } = {},
): Promise<void> {
  const { createJournal, createHandoverSession, HANDOVER_PAYLOAD_SCHEMAS, KEYS_PAYLOAD_SCHEMAS } =
    await import('@duty-handover/core');
  const { createIndexedDbStore } = await import('./store/idb.js');
  const store = createIndexedDbStore(site, 'front-desk');
  const journal = createJournal({
    adapter: store.journal,
    payloadSchemas: { ...HANDOVER_PAYLOAD_SCHEMAS, ...KEYS_PAYLOAD_SCHEMAS },
  });
  const day = options.day ?? '2026-12-01';
  const at = (time: string) => `${day}T${time}:00+08:00`;
  let now = at('16:40');
  const handoverId = `h/${day}/early/front-desk`;
  const session = createHandoverSession({ journal, policy: REG7, clock: () => now, handoverId });
  const must = async (outcome: Promise<{ ok: true } | { ok: false; refusal: { code: string } }>) => {
    const result = await outcome;
    if (!result.ok) throw new Error(`seeding failed: ${result.refusal.code}`);
  };
  await must(
    session.open(OUTGOING, {
      handoverId,
      site,
      post: 'front-desk',
      outgoing: OUTGOING,
      incoming: INCOMING,
      outgoingShift: { key: `${day}/early/front-desk`, scheduledEnd: at('17:00') },
      incomingShift: { key: `${day}/middle/front-desk`, scheduledStart: at('12:00') },
    }),
  );
  if (upTo === 'opened') {
    store.close();
    return;
  }
  now = at('16:50');
  for (const item of REG7.handover.outgoingChecklist.filter((candidate) => candidate.required)) {
    await must(session.checkItem(OUTGOING, { itemId: item.id }));
  }
  await must(
    session.carryOverMatter(OUTGOING, {
      matterId: `m-${day}`,
      title: '12 樓 3 室包裹代收',
      cause: '快遞員於 14:10 送到包裹，住戶不在家',
      course: '前台代收並致電住戶',
      result: '包裹存放於前台櫃第二格',
      status: 'in-progress',
      ...options.matter,
    }),
  );
  await must(session.markPrepared(OUTGOING));
  if (upTo === 'prepared') {
    store.close();
    return;
  }
  now = at('16:53');
  await must(session.arrive(INCOMING));
  for (const item of REG7.handover.incomingChecklist.filter((candidate) => candidate.required)) {
    await must(session.checkItem(INCOMING, { itemId: item.id }));
  }
  for (const item of REG7.handover.inventory) {
    await must(session.countItem(INCOMING, { itemId: item.id, counted: item.expected, status: 'ok' }));
  }
  for (const matterId of session.current().unacknowledgedMatters) {
    await must(session.acknowledgeMatter(INCOMING, { matterId }));
  }
  now = at('17:00');
  const matterCount = session.current().matters.length;
  await must(session.sign(OUTGOING, { matterCount }));
  await must(session.sign(INCOMING, { matterCount }));
  if (upTo === 'signed') {
    store.close();
    return;
  }
  now = at('20:00');
  await must(session.countersign({ ...SUPERVISOR, role: 'cs-supervisor' }, { note: '已閱' }));
  store.close();
}
