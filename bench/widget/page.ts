/**
 * The page the widget bench opens in Chromium, and the script it runs there.
 * The script is plain JavaScript kept as text here (the bench's TypeScript
 * has no DOM types); it loads the built min bundle exactly as a portal does
 * (one module script tag, the chunks fetched from beside it) and exposes
 * `window.bench` for the bench to call.
 */
export const PAGE_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>widget bench</title>
    <script type="module" src="/__bench.js"></script>
  </head>
  <body></body>
</html>
`;

export const PAGE_SCRIPT = String.raw`
import { createIndexedDbAdapter } from '/packages/widget/dist/duty-handover.min.js';

const data = await (await fetch('/__bench-data.json')).json();

function deleteDatabase(name) {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

// The render bench reads the journal from IndexedDB, as the panel does by default: seeded once.
const SITE = 'bench-render';
await deleteDatabase('duty-handover/' + SITE + '/front-desk');
await createIndexedDbAdapter(SITE, 'front-desk').append(data.render.entries);

let appendRun = 0;

window.bench = {
  /** First render of the handover in progress: from attaching the element to its laid-out view. */
  async render() {
    const el = document.createElement('duty-handover');
    el.site = SITE;
    el.post = 'front-desk';
    el.lang = 'en';
    el.policyObject = data.render.policy;
    el.clock = () => data.render.now;
    const started = performance.now();
    document.body.append(el);
    await el.ready;
    const summary = el.shadowRoot.querySelector('[part~="summary"]');
    if (!summary) throw new Error('the handover in progress did not render');
    summary.getBoundingClientRect(); // style and layout happen inside the measurement
    document.body.getBoundingClientRect();
    const ms = performance.now() - started;
    const items = el.shadowRoot.querySelectorAll('[part~="checklist-item"]').length;
    const entries = el.entries.length;
    el.remove();
    return { ms, items, entries };
  },

  /**
   * Appends sealed entries one at a time to a fresh IndexedDB database, as the
   * journal does for each command (read the head, then the append transaction),
   * and returns every append's duration.
   */
  async append() {
    appendRun += 1;
    const site = 'bench-append-' + appendRun;
    await deleteDatabase('duty-handover/' + site + '/front-desk');
    const adapter = createIndexedDbAdapter(site, 'front-desk');
    await adapter.head(); // opens the database: not part of an append
    const times = [];
    for (const entry of data.append) {
      const started = performance.now();
      await adapter.head();
      await adapter.append([entry]);
      times.push(performance.now() - started);
    }
    await deleteDatabase('duty-handover/' + site + '/front-desk');
    return times;
  },
};
window.benchReady = true;
`;
