#!/usr/bin/env node
// `node scripts/demo-check.mjs`: the demo portal, as `npm start` serves it, in real Chromium.
//
// Starts scripts/serve.mjs (its strict Content-Security-Policy included) on a free port over the
// BUILT widget (run `npm run build` first), opens the portal page and, as a person would (real
// clicks and key presses through the panel's shadow root and in the portal's own controls),
// completes a reg7 handover from opening to the supervisor's countersign: demo clock to 16:50,
// checklist, a carried-over matter, an anomaly, preparation done, arrival, checklist, count,
// acknowledgement, demo clock to 17:00, both signatures through the portal's identity dialog
// (a wrong staff number, Enter, Cancel, Confirm), leaving, demo clock to the next morning,
// countersign; then the history (sealed, chain intact), a reload (IndexedDB kept it), the
// language switch and the demo reset.
//
// Throughout it records every `securitypolicyviolation`, console error, page error, failed or
// 4xx/5xx request and request to another origin; any of them fails the check. A last "canary"
// inline script proves the violation listener works (it must be reported and must not run).
//
// Exit 0: all done. Exit 1: the failing step named, with what the panel showed (and a
// screenshot). Exit 2: nothing to check (no build, no Chromium). A run ends with the line
// `DEMO-CHECK {json}` for other scripts. It takes about 5 s; a hard stop at 90 s.
//
//   DEMO_CHECK_TIMEOUT  per wait, in ms (default 10000)

// Functions passed to page.evaluate and friends run in the page: they use its globals.
/* global document, window, ShadowRoot */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROME_HINT, findChrome } from './find-chrome.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE = join(root, 'packages/widget/dist/duty-handover.min.js');
const CORE = join(root, 'packages/core/dist/index.js');
const WAIT_MS = Number(process.env.DEMO_CHECK_TIMEOUT) || 10_000;
const DEADLINE_MS = 90_000; // a hard stop: the whole run normally takes about 5 s

const OUTGOING = 'S-101';
const INCOMING = 'S-102';
const SUPERVISOR = 'S-201';

if (!existsSync(BUNDLE) || !existsSync(CORE)) {
  console.error('demo-check: packages/widget/dist is missing: run `npm run build` first.');
  process.exit(2);
}
const chromePath = findChrome();
if (!chromePath) {
  console.error(`demo-check: ${CHROME_HINT}`);
  process.exit(2);
}

const { default: puppeteer } = await import('puppeteer-core');
const { resolvePolicy } = await import('@duty-handover/core');
const REG7 = resolvePolicy('reg7');

/** What the page did that it must not do, and what the flow wrote. */
const seen = {
  /** @type {string[]} */ csp: [],
  /** @type {string[]} */ consoleErrors: [],
  /** @type {string[]} */ pageErrors: [],
  /** @type {string[]} */ failedRequests: [],
  /** @type {string[]} */ thirdParty: [],
  /** @type {string[]} */ widgetErrors: [],
  /** @type {string[]} */ refusals: [],
  requests: 0,
};
let steps = 0;
let entries = 0;
const started = performance.now();

class CheckError extends Error {}

/** @type {import('node:child_process').ChildProcess | undefined} */
let server;
/** @type {import('puppeteer-core').Browser | undefined} */
let browser;
/** @type {import('puppeteer-core').Page | undefined} */
let page;

async function cleanUp() {
  const closing = browser;
  browser = undefined;
  if (closing) {
    const child = closing.process();
    await Promise.race([
      closing.close().catch(() => undefined),
      new Promise((done) => setTimeout(done, 5000)),
    ]);
    if (child && child.exitCode === null) child.kill('SIGKILL');
  }
  const serving = server;
  server = undefined;
  if (serving && serving.exitCode === null) {
    const exited = new Promise((done) => serving.once('exit', done));
    serving.kill('SIGTERM');
    await Promise.race([exited, new Promise((done) => setTimeout(done, 3000))]);
    if (serving.exitCode === null) serving.kill('SIGKILL');
  }
}

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    void cleanUp().finally(() => process.exit(130));
  });
}

// ——— The server ————————————————————————————————————————————————————————————

/** Starts `node scripts/serve.mjs` on a free port (PORT=0) and resolves with its origin. */
function startServer() {
  return new Promise((resolveOrigin, reject) => {
    const child = spawn(process.execPath, [join(root, 'scripts/serve.mjs')], {
      cwd: root,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server = child;
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      reject(new CheckError(`the demo server printed no address within ${WAIT_MS} ms: ${out}${err}`));
    }, WAIT_MS);
    child.stdout.setEncoding('utf8').on('data', (/** @type {string} */ chunk) => {
      out += chunk;
      const match = /http:\/\/[^\s/]+:(\d+)\//.exec(out);
      if (match) {
        clearTimeout(timer);
        resolveOrigin(`http://127.0.0.1:${match[1]}`);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (/** @type {string} */ chunk) => {
      err += chunk;
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new CheckError(`the demo server exited (${code}) before serving: ${err.trim() || out.trim()}`));
    });
  });
}

// ——— The page: recording what must not happen ——————————————————————————————

/**
 * @param {import('puppeteer-core').Page} target
 * @param {string} origin
 */
async function record(target, origin) {
  await target.exposeFunction(
    '__demoCheckReport',
    (/** @type {string} */ kind, /** @type {string} */ text) => {
      if (kind === 'csp') seen.csp.push(text);
      else if (kind === 'error') seen.widgetErrors.push(text);
      else seen.refusals.push(text);
    },
  );
  // Runs before any script of the page, in every document (also after the reload).
  await target.evaluateOnNewDocument(() => {
    const report = (/** @type {string} */ kind, /** @type {string} */ text) => {
      const send = /** @type {any} */ (window).__demoCheckReport;
      if (typeof send === 'function') void send(kind, text);
    };
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
        report('csp', `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}${where}`);
      },
      true,
    );
    document.addEventListener(
      'duty-handover-error',
      (event) => {
        const detail = /** @type {CustomEvent<{ kind: string, message: string }>} */ (event).detail;
        report('error', `${detail.kind}: ${detail.message}`);
      },
      true,
    );
    document.addEventListener(
      'duty-handover-blocked',
      (event) => {
        const detail = /** @type {CustomEvent<{ form: string, message: string }>} */ (event).detail;
        report('blocked', `${detail.form}: ${detail.message}`);
      },
      true,
    );
  });
  target.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url ? ` (${message.location().url})` : '';
    seen.consoleErrors.push(`${message.text()}${where}`);
  });
  target.on('pageerror', (error) => {
    seen.pageErrors.push(error instanceof Error ? (error.stack ?? error.message) : String(error));
  });
  target.on('request', (request) => {
    seen.requests += 1;
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) seen.thirdParty.push(`${request.method()} ${request.url()}`);
  });
  target.on('requestfailed', (request) => {
    seen.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
  });
  target.on('response', (response) => {
    if (response.status() >= 400) seen.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
}

// ——— Finding and using things in the panel ——————————————————————————————————

/** A selector inside the panel's shadow root (puppeteer's deep combinator). */
const inPanel = (/** @type {string} */ selector) => `duty-handover >>> ${selector}`;

function currentPage() {
  if (!page) throw new Error('no page');
  return page;
}

/**
 * Waits for a visible element.
 * @param {string} selector
 * @param {string} what  for the message when it never comes
 */
async function find(selector, what) {
  try {
    const handle = await currentPage().waitForSelector(selector, { visible: true, timeout: WAIT_MS });
    if (!handle) throw new Error('not found');
    return handle;
  } catch {
    throw new CheckError(`${what} did not appear within ${WAIT_MS} ms (${selector})`);
  }
}

/**
 * Waits until a function of the page returns true.
 * @param {string} what
 * @param {(...args: any[]) => unknown} predicate
 * @param {...unknown} args
 */
async function until(what, predicate, ...args) {
  try {
    await currentPage().waitForFunction(predicate, { timeout: WAIT_MS, polling: 50 }, ...args);
  } catch {
    throw new CheckError(`${what} (not within ${WAIT_MS} ms)`);
  }
}

/** Waits until the panel has stored what it was storing (its status line no longer "saving…"). */
async function settled() {
  await until('the panel is still saving', () => {
    const panel = document.querySelector('duty-handover');
    return panel?.shadowRoot?.querySelector('[part~="status"].saving') === null;
  });
}

/**
 * Clicks a button of the panel (or the page) once it is there and enabled.
 * @param {string} selector
 * @param {string} what
 */
async function click(selector, what) {
  const button = await find(selector, what);
  try {
    await currentPage().waitForFunction(
      (element) => !(/** @type {HTMLButtonElement} */ (element).disabled),
      { timeout: WAIT_MS, polling: 50 },
      button,
    );
  } catch {
    throw new CheckError(`${what} stayed disabled (${selector})`);
  }
  await button.click();
}

/**
 * Clicks into a field of the panel, types with real key presses and checks every key arrived.
 * @param {string} name  the field's `name` (the panel names fields after their drafts)
 * @param {string} text
 */
async function typeInto(name, text) {
  const field = await find(inPanel(`[name="${name}"]`), `the field ${name}`);
  await field.click();
  const focused = await field.evaluate((element) =>
    element.getRootNode() instanceof ShadowRoot
      ? /** @type {ShadowRoot} */ (element.getRootNode()).activeElement === element
      : document.activeElement === element,
  );
  if (!focused) throw new CheckError(`the field ${name} did not take focus when clicked`);
  await currentPage().keyboard.type(text);
  const value = await field.evaluate((element) => /** @type {HTMLInputElement} */ (element).value);
  if (value !== text)
    throw new CheckError(`typed ${JSON.stringify(text)} into ${name}, it shows ${JSON.stringify(value)}`);
}

/**
 * Chooses an option of a select with the keyboard (focus, arrow keys), as a person does without a mouse.
 * @param {string} name
 * @param {string} value
 */
async function choose(name, value) {
  const select = await find(inPanel(`select[name="${name}"]`), `the list ${name}`);
  await select.focus();
  for (let presses = 0; presses < 10; presses++) {
    const now = await select.evaluate((element) => /** @type {HTMLSelectElement} */ (element).value);
    if (now === value) return;
    await currentPage().keyboard.press('ArrowDown');
  }
  throw new CheckError(`could not choose ${value} in ${name} with the arrow keys`);
}

/**
 * Counts elements matching a selector in the panel's shadow root.
 * @param {string} selector
 */
function countInPanel(selector) {
  return currentPage().evaluate(
    (css) => document.querySelector('duty-handover')?.shadowRoot?.querySelectorAll(css).length ?? 0,
    selector,
  );
}

/**
 * The text of the first element matching a selector in the panel (whitespace collapsed).
 * @param {string} selector
 */
function textInPanel(selector) {
  return currentPage().evaluate((css) => {
    const found = document.querySelector('duty-handover')?.shadowRoot?.querySelector(css);
    return (found?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }, selector);
}

/** The panel's journal as it holds it: count, last type and head hash. */
function journal() {
  return currentPage().evaluate(() => {
    const panel = /** @type {any} */ (document.querySelector('duty-handover'));
    /** @type {readonly { type: string, hash: string, seq: number }[]} */
    const list = panel?.entries ?? [];
    return { count: list.length, last: list.at(-1)?.type ?? '', head: list.at(-1)?.hash ?? '' };
  });
}

/**
 * Jumps the portal's demo clock (its own button) and waits until it shows the time.
 * @param {'prepare' | 'handover' | 'morning'} jump
 * @param {string} time
 */
async function jumpClock(jump, time) {
  await click(`[data-jump="${jump}"]`, `the demo clock button ${jump}`);
  await until(
    `the demo clock does not show ${time}`,
    (expected) => document.getElementById('demo-now')?.textContent?.includes(expected) ?? false,
    time,
  );
}

/**
 * Signs through the portal's identity dialog: the widget asks, the person types a staff number.
 * @param {string} staffId
 * @param {'enter' | 'click'} how  confirm with the Enter key or the Confirm button
 */
async function signInDialog(staffId, how) {
  await find('dialog#signer[open]', 'the identity dialog');
  const input = await find('#signer-staff', 'the staff number field');
  const focused = await input.evaluate((element) => document.activeElement === element);
  if (!focused) throw new CheckError('the identity dialog did not put focus in the staff number field');
  await currentPage().keyboard.type(staffId);
  if (how === 'enter') await currentPage().keyboard.press('Enter');
  else await click('#signer button[value="ok"]', 'the Confirm button of the identity dialog');
  await until(
    `the identity dialog stayed open after ${staffId} confirmed with ${how === 'enter' ? 'Enter' : 'the button'}`,
    () => !document.querySelector('dialog#signer')?.hasAttribute('open'),
  );
}

/**
 * Runs one step: counts it, prints it, names it when it fails.
 * @param {string} name
 * @param {() => Promise<void>} body
 */
async function step(name, body) {
  const at = performance.now();
  try {
    await body();
    await settled();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const shown = await whatThePanelShows().catch(() => '');
    throw new CheckError(`step ${steps + 1} "${name}" failed: ${reason}${shown}`);
  }
  steps += 1;
  console.log(`  ✓ ${String(steps).padStart(2)}. ${name} (${Math.round(performance.now() - at)} ms)`);
}

/** Refusals, errors and blockers the panel shows: the reason a step failed, in the page's words. */
async function whatThePanelShows() {
  const shown = await currentPage().evaluate(() => {
    const shadow = document.querySelector('duty-handover')?.shadowRoot;
    if (!shadow) return ['the panel has no shadow root'];
    const text = (/** @type {Element} */ element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    return [
      ...[...shadow.querySelectorAll('[part~="refusal"]')].map((element) => `refusal: ${text(element)}`),
      ...[...shadow.querySelectorAll('[part~="error"]')].map((element) => `error: ${text(element)}`),
      ...[...shadow.querySelectorAll('[part~="blocker"]')].map((element) => `blocker: ${text(element)}`),
      `status: ${text(shadow.querySelector('[part~="status"]') ?? document.createElement('p')) || '—'}`,
      `view: ${shadow.host.getAttribute('view') ?? 'handover'}`,
    ];
  });
  return `\n      the panel shows: ${shown.join('\n      ')}`;
}

// ——— The CSP in the response headers ————————————————————————————————————————

/** @param {Record<string, string>} headers */
function checkCspHeader(headers) {
  const policy = headers['content-security-policy'];
  if (!policy) {
    const only = headers['content-security-policy-report-only'] ? ' (only Report-Only)' : '';
    throw new CheckError(`the page has no Content-Security-Policy header${only}`);
  }
  /** @type {Map<string, string[]>} */
  const directives = new Map();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  const scripts = directives.get('script-src') ?? directives.get('default-src');
  if (!scripts) throw new CheckError(`the CSP has neither script-src nor default-src: ${policy}`);
  if (scripts.length !== 1 || scripts[0] !== "'self'") {
    throw new CheckError(`the CSP's script-src is not exactly 'self': ${scripts.join(' ')}`);
  }
  for (const loose of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:']) {
    for (const [name, values] of directives) {
      if (values.includes(loose) && !(loose === 'data:' && name === 'img-src')) {
        throw new CheckError(`the CSP allows ${loose} in ${name}: ${policy}`);
      }
    }
  }
  if (!directives.has('default-src')) throw new CheckError(`the CSP has no default-src: ${policy}`);
  if (directives.get('object-src')?.join(' ') !== "'none'") {
    throw new CheckError(`the CSP does not set object-src 'none': ${policy}`);
  }
  return policy;
}

// ——— The handover, as people do it ——————————————————————————————————————————

/**
 * @param {string} origin
 */
async function run(origin) {
  const target = currentPage();
  /** @type {string} */
  let handoverId = '';
  /** @type {{ count: number, last: string, head: string }} */
  let sealed = { count: 0, last: '', head: '' };

  await step('open the demo page (server redirect, CSP header)', async () => {
    const response = await target.goto(`${origin}/`, { waitUntil: 'load', timeout: WAIT_MS * 2 });
    if (!response) throw new CheckError('no response for the page');
    if (!response.ok()) throw new CheckError(`the page answered HTTP ${response.status()}`);
    if (!response.url().endsWith('/examples/portal/')) {
      throw new CheckError(`/ did not lead to /examples/portal/ but to ${response.url()}`);
    }
    checkCspHeader(response.headers());
  });

  await step('the panel loads its parts under the CSP', async () => {
    await find(inPanel('[part~="title"]'), 'the panel title');
    await find(inPanel('[part~="start"] form'), 'the form that opens a handover');
    const title = await textInPanel('[part~="title"]');
    if (title !== REG7.name['zh-Hant']) {
      throw new CheckError(`the panel title is "${title}", not reg7's "${REG7.name['zh-Hant']}"`);
    }
  });

  await step('demo clock to handover preparation (16:50)', async () => {
    await jumpClock('prepare', '16:50');
  });

  await step(`open the handover ${OUTGOING} → ${INCOMING} proposed by the demo roster`, async () => {
    const chosen = await target.evaluate(() => {
      const shadow = document.querySelector('duty-handover')?.shadowRoot;
      const value = (/** @type {string} */ name) =>
        /** @type {HTMLSelectElement | null | undefined} */ (shadow?.querySelector(`[name="${name}"]`))
          ?.value;
      return [value('start.outgoing'), value('start.incoming')];
    });
    if (chosen[0] !== OUTGOING || chosen[1] !== INCOMING) {
      throw new CheckError(`the roster proposes ${chosen.join(' → ')}, not ${OUTGOING} → ${INCOMING}`);
    }
    await click(inPanel('[part~="start"] button[type="submit"]'), 'the button that opens the handover');
    await find(inPanel('[part~="summary"] #summary-heading'), 'the handover summary');
    const heading = await textInPanel('[part~="summary"] #summary-heading');
    if (!heading.includes(OUTGOING) || !heading.includes(INCOMING)) {
      throw new CheckError(`the summary reads "${heading}"`);
    }
  });

  /** @param {'outgoing' | 'incoming'} side */
  const tickChecklist = async (side) => {
    const lines = side === 'outgoing' ? REG7.handover.outgoingChecklist : REG7.handover.incomingChecklist;
    const required = lines.filter((line) => line.required).map((line) => line.id);
    const shown = await target.evaluate(
      (css) =>
        [...(document.querySelector('duty-handover')?.shadowRoot?.querySelectorAll(css) ?? [])].map(
          (element) => element.getAttribute('data-id') ?? '',
        ),
      `[part~="checklist-${side}"] li[data-required="true"]`,
    );
    if (shown.join() !== required.join()) {
      throw new CheckError(
        `the ${side} checklist marks ${shown.join(', ')} required, reg7 ${required.join(', ')}`,
      );
    }
    for (const id of required) {
      const item = `[part~="checklist-${side}"] li[data-id="${id}"]`;
      await click(inPanel(`${item} input[type="checkbox"]`), `the ${side} checklist box ${id}`);
      await find(inPanel(`${item} .stamp`), `the time stamp of the ticked ${side} item ${id}`);
      await settled();
    }
  };

  await step('the outgoing person ticks the checklist', () => tickChecklist('outgoing'));

  await step('the outgoing person records a carried-over matter (duty record)', async () => {
    await typeInto('matter.title', 'B 座升降機困人後檢修');
    await typeInto('matter.cause', 'B 座 2 號升降機 15:20 於 7 樓停頓，一名住戶被困約八分鐘');
    await typeInto('matter.course', '即時通知工程部及升降機公司，15:35 技工到場放人');
    await typeInto('matter.result', '升降機暫停使用，待明早更換控制板');
    await choose('matter.status', 'in-progress');
    await typeInto('matter.nextStep', '明早 09:00 跟進升降機公司到場時間');
    await typeInto('matter.owner', INCOMING);
    await click(
      inPanel('form[data-form="matter"] button[type="submit"]'),
      'the button that records the matter',
    );
    await find(inPanel('[part~="matter"] .title-text'), 'the recorded matter');
    const title = await textInPanel('[part~="matter"] .title-text');
    if (title !== 'B 座升降機困人後檢修') throw new CheckError(`the matter is listed as "${title}"`);
    // The status chosen with the arrow keys reached the record, not just the screen.
    const stored = await target.evaluate(() =>
      JSON.stringify(/** @type {any} */ (document.querySelector('duty-handover'))?.entries?.at(-1) ?? null),
    );
    if (!stored.includes('"status":"in-progress"')) {
      throw new CheckError(`the matter was stored without the status chosen: ${stored}`);
    }
  });

  await step('the outgoing person records an anomaly (duty record)', async () => {
    await typeInto('anomaly.area', '大堂後門');
    await typeInto('anomaly.description', '後門閉門器漏油，門關不緊');
    await typeInto('anomaly.explanation', '已報工程部，明早更換閉門器');
    await click(
      inPanel('form[data-form="anomaly"] button[type="submit"]'),
      'the button that records the anomaly',
    );
    await find(inPanel('[part~="anomaly"]'), 'the recorded anomaly');
  });

  await step('the outgoing person marks the preparation done', async () => {
    await click(inPanel('[part~="prepare"] button'), 'the "preparation done" button');
    await find(inPanel('[part~="prepare"] .stamp'), 'the preparation time stamp');
  });

  await step('the incoming person records the arrival', async () => {
    await click(inPanel('[part~="arrival"] button'), 'the "record my arrival" button');
    await find(inPanel('[part~="arrival"] .stamp'), 'the arrival time stamp');
  });

  await step('the incoming person ticks the checklist', () => tickChecklist('incoming'));

  await step('the incoming person counts the shared items', async () => {
    const shown = await countInPanel('[part~="inventory-item"]');
    if (shown !== REG7.handover.inventory.length) {
      throw new CheckError(`${shown} shared items listed, reg7 has ${REG7.handover.inventory.length}`);
    }
    for (const item of REG7.handover.inventory) {
      const row = `[part~="inventory-item"][data-id="${item.id}"]`;
      await typeInto(`count.${item.id}.counted`, String(item.expected));
      await click(inPanel(`${row} button[type="submit"]`), `the "record count" button of ${item.id}`);
      await find(inPanel(`${row} .stamp`), `the recorded count of ${item.id}`);
      await settled();
    }
  });

  await step('the incoming person acknowledges the carried-over matter', async () => {
    await click(inPanel('[part~="acknowledgements"] li.record button'), 'the "acknowledge" button');
    await find(inPanel('[part~="acknowledgements"] .stamp'), 'the acknowledgement time stamp');
  });

  await step('demo clock to handover time (17:00); nothing blocks the signatures', async () => {
    await jumpClock('handover', '17:00');
    await until('blockers are still listed at 17:00', () => {
      const shadow = document.querySelector('duty-handover')?.shadowRoot;
      return (
        shadow?.querySelector('[part~="blockers"]') !== null &&
        shadow?.querySelector('[part~="blocker"]') === null
      );
    });
  });

  await step(
    `the outgoing person signs (a wrong staff number first, then ${OUTGOING} and Enter)`,
    async () => {
      await typeInto('sign.outgoing.matters', '1');
      await click(
        inPanel('[part~="signature"][data-role="outgoing"] button[type="submit"]'),
        'the outgoing sign button',
      );
      await find('dialog#signer[open]', 'the identity dialog');
      const purpose = await target.$eval('#signer-purpose', (element) => element.textContent ?? '');
      if (!purpose.includes(OUTGOING))
        throw new CheckError(`the dialog asks "${purpose}", not for ${OUTGOING}`);
      // Someone else's number is refused in the dialog, which stays open.
      await target.keyboard.type(INCOMING);
      await click('#signer button[value="ok"]', 'the Confirm button of the identity dialog');
      await until(
        'the identity dialog did not refuse a wrong staff number',
        () =>
          document.querySelector('dialog#signer')?.hasAttribute('open') === true &&
          (document.getElementById('signer-error')?.textContent ?? '') !== '' &&
          document.activeElement === document.getElementById('signer-staff'),
      );
      for (const key of Array.from(INCOMING, () => /** @type {const} */ ('Backspace'))) {
        await target.keyboard.press(key);
      }
      await signInDialog(OUTGOING, 'enter');
      await find(inPanel('[part~="signature"][data-role="outgoing"].signed'), 'the outgoing signature stamp');
    },
  );

  await step(`the incoming person signs (Cancel once, then ${INCOMING} and the Confirm button)`, async () => {
    const signButton = inPanel('[part~="signature"][data-role="incoming"] button[type="submit"]');
    await typeInto('sign.incoming.matters', '1');
    await click(signButton, 'the incoming sign button');
    await find('dialog#signer[open]', 'the identity dialog');
    await target.keyboard.type(INCOMING);
    await click('#signer-cancel', 'the Cancel button of the identity dialog');
    await until(
      'Cancel did not close the identity dialog',
      () => !document.querySelector('dialog#signer')?.hasAttribute('open'),
    );
    await settled();
    if ((await countInPanel('[part~="signature"][data-role="incoming"].signed')) !== 0) {
      throw new CheckError('the incoming signature was recorded although the dialog was cancelled');
    }
    await click(signButton, 'the incoming sign button (again)');
    await signInDialog(INCOMING, 'click');
    await find(inPanel('[part~="complete"]'), 'the completed handover');
    const complete = await textInPanel('[part~="complete"]');
    if (!complete.includes(INCOMING)) throw new CheckError(`the completed handover reads "${complete}"`);
  });

  await step('the outgoing person leaves the post', async () => {
    await click(inPanel('[part~="leave"] button'), 'the "leaves the post" button');
    await find(inPanel('[part~="leave"] .stamp'), 'the leaving time stamp');
  });

  await step(
    `demo clock to the next morning (09:30); the supervisor ${SUPERVISOR} countersigns`,
    async () => {
      await jumpClock('morning', '09:30');
      await click(inPanel('[part~="complete"] button.link'), 'the "go to countersign" button');
      const item = await find(
        inPanel('[part~="countersign-item"]'),
        'the handover waiting for a countersign',
      );
      handoverId = (await item.evaluate((element) => element.getAttribute('data-id'))) ?? '';
      await typeInto(`countersign.${handoverId}.note`, '已閱，升降機事項明早跟進');
      await click(inPanel('[part~="countersign-item"] button[type="submit"]'), 'the countersign button');
      const purpose = await find('#signer-purpose', 'the identity dialog');
      if (!(await purpose.evaluate((element) => element.textContent ?? '')).trim()) {
        throw new CheckError('the identity dialog does not say what it is for');
      }
      await signInDialog(SUPERVISOR, 'enter');
      await until(
        'the handover is still waiting for a countersign',
        () =>
          document.querySelector('duty-handover')?.shadowRoot?.querySelector('[part~="countersign-item"]') ===
          null,
      );
    },
  );

  await step('the handover view shows it countersigned', async () => {
    await click(inPanel('[part~="nav"] li:nth-child(1) button'), 'the handover view button');
    await find(inPanel('[part~="complete"]'), 'the completed handover');
    const complete = await textInPanel('[part~="complete"]');
    if (!complete.includes(SUPERVISOR))
      throw new CheckError(`no countersign by ${SUPERVISOR} in "${complete}"`);
    sealed = await journal();
    if (sealed.last !== 'handover.countersigned') {
      throw new CheckError(`the last journal entry is ${sealed.last}, not handover.countersigned`);
    }
  });

  /** The history view: the sealed handover, countersigned, the chain intact over every entry. */
  const checkHistory = async () => {
    await click(inPanel('[part~="nav"] li:nth-child(3) button'), 'the history view button');
    await find(inPanel('[part~="chain"][data-state="intact"]'), 'the "record intact" chain badge');
    const items = await countInPanel('[part~="history-item"]');
    if (items !== 1) throw new CheckError(`the history lists ${items} handovers, not 1`);
    const id = await target.evaluate(
      () =>
        document
          .querySelector('duty-handover')
          ?.shadowRoot?.querySelector('[part~="history-item"]')
          ?.getAttribute('data-id') ?? '',
    );
    if (id !== handoverId) throw new CheckError(`the history lists ${id}, not ${handoverId}`);
    const item = await textInPanel('[part~="history-item"]');
    if (!item.includes(SUPERVISOR)) throw new CheckError(`the history item shows no countersign: "${item}"`);
    const badge = await textInPanel('[part~="chain"]');
    const verified = Number(/\d+/.exec(badge)?.[0]);
    const now = await journal();
    if (verified !== now.count || now.count !== sealed.count || now.head !== sealed.head) {
      throw new CheckError(
        `the chain badge verified ${verified} entries, the panel holds ${now.count}, ${sealed.count} were written`,
      );
    }
  };

  await step('the history lists the sealed handover with an intact chain', checkHistory);

  await step('after a reload the sealed handover is still there (IndexedDB)', async () => {
    await target.reload({ waitUntil: 'load', timeout: WAIT_MS * 2 });
    await find(inPanel('[part~="nav"]'), 'the panel after the reload');
    await checkHistory();
  });

  await step('the portal switches the panel to English', async () => {
    await click('[data-lang="en"]', 'the EN language button');
    await until(
      'the panel title did not change to English',
      (expected) =>
        document
          .querySelector('duty-handover')
          ?.shadowRoot?.querySelector('[part~="title"]')
          ?.textContent?.trim() === expected,
      REG7.name.en,
    );
  });

  entries = sealed.count;

  await step('the demo reset clears the records (confirmed in the browser dialog)', async () => {
    const confirmed = new Promise((done) => {
      target.once('dialog', (dialog) => {
        void dialog.accept().then(done);
      });
    });
    const reloaded = target.waitForNavigation({ waitUntil: 'load', timeout: WAIT_MS });
    await click('#demo-reset', 'the demo reset button');
    await confirmed;
    try {
      await reloaded;
    } catch {
      throw new CheckError('the page did not reload after the reset (is the database delete blocked?)');
    }
    await find(inPanel('[part~="start"] form'), 'the form that opens a handover, after the reset');
    const left = await journal();
    if (left.count !== 0) throw new CheckError(`${left.count} journal entries are left after the reset`);
    if ((await countInPanel('[part~="complete"]')) !== 0) {
      throw new CheckError('the completed handover is still shown after the reset');
    }
  });
}

/** The CSP listener is live: an injected inline script must be refused, reported, and not run. */
async function canary() {
  const before = { csp: seen.csp.length, console: seen.consoleErrors.length };
  const ran = await currentPage().evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__demoCheckInlineRan = true;';
    document.head.append(script);
    script.remove();
    return /** @type {any} */ (window).__demoCheckInlineRan === true;
  });
  if (ran) throw new CheckError('an injected inline script ran: the page is not under its CSP');
  // Chromium reports it twice: the event to the page, and an error line to the console.
  const deadline = performance.now() + WAIT_MS;
  const reported = () => seen.csp.length > before.csp && seen.consoleErrors.length > before.console;
  while (!reported() && performance.now() < deadline) await new Promise((done) => setTimeout(done, 50));
  if (seen.csp.length === before.csp) {
    throw new CheckError('a blocked inline script was not reported: the violation listener is not working');
  }
  // The canary's own violation and console line are not the page's.
  seen.csp.length = before.csp;
  seen.consoleErrors.length = before.console;
  console.log('  ✓ canary: an injected inline script was refused and reported (the listener works)');
}

// ——— Main ————————————————————————————————————————————————————————————————

/** @type {string | undefined} */
let failure;
const hardStop = setTimeout(() => {
  console.error(`demo-check: still running after ${DEADLINE_MS / 1000} s: stopped.`);
  void cleanUp().finally(() => process.exit(1));
}, DEADLINE_MS);

try {
  console.log('demo-check: the demo portal under its CSP, in Chromium');
  const origin = await startServer();
  browser = await puppeteer.launch({
    executablePath: chromePath,
    headless: true,
    timeout: 30_000,
    args: [
      '--no-sandbox', // we run as root
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await record(page, origin);
  console.log(`  server ${origin}, Chromium ${await browser.version()}`);
  await run(origin);
  await canary();
} catch (error) {
  failure =
    error instanceof Error
      ? error instanceof CheckError
        ? error.message
        : (error.stack ?? error.message)
      : String(error);
  if (page) {
    const shot = join(tmpdir(), 'demo-check-failure.png');
    await page.screenshot({ path: shot, fullPage: true }).then(
      () => {
        failure += `\n  screenshot: ${shot}`;
      },
      () => undefined,
    );
  }
} finally {
  await cleanUp();
  clearTimeout(hardStop);
}

const seconds = (performance.now() - started) / 1000;
/** @type {[string, string[]][]} */
const problems = [
  ['CSP violations', seen.csp],
  ['console errors', seen.consoleErrors],
  ['page errors', seen.pageErrors],
  ['failed requests', seen.failedRequests],
  ['third-party requests', seen.thirdParty],
  ['panel errors (duty-handover-error)', seen.widgetErrors],
];
const found = problems.filter(([, list]) => list.length > 0);
const ok = failure === undefined && found.length === 0;

if (failure !== undefined) console.error(`\n✗ demo-check: ${failure}`);
for (const [name, list] of found) {
  console.error(`\n✗ ${list.length} ${name}:`);
  for (const text of list) console.error(`    ${text}`);
}
if (seen.refusals.length > 0) {
  console.error(`\n  refusals on the way (duty-handover-blocked):`);
  for (const text of seen.refusals) console.error(`    ${text}`);
}
console.log(
  `\n${ok ? '✓' : '✗'} demo-check: ${steps} steps, ${entries} journal entries written, ` +
    `${seen.csp.length} CSP violations, ${seen.thirdParty.length} third-party requests ` +
    `(of ${seen.requests}), ${seen.consoleErrors.length} console errors, ${seen.pageErrors.length} page errors, ` +
    `${seen.failedRequests.length} failed requests (${seconds.toFixed(1)} s)`,
);
console.log(
  `DEMO-CHECK ${JSON.stringify({
    ok,
    steps,
    entries,
    cspViolations: seen.csp.length,
    thirdPartyRequests: seen.thirdParty.length,
    consoleErrors: seen.consoleErrors.length,
    pageErrors: seen.pageErrors.length,
    failedRequests: seen.failedRequests.length,
    seconds: Number(seconds.toFixed(1)),
  })}`,
);
process.exit(ok ? 0 : 1);
