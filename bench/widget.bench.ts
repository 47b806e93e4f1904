/**
 * The widget's figures, measured on the built min bundle in a real Chromium
 * (`npm run build` first; `npm run bench -- widget` runs only these):
 *
 * - `widget.bundle.gzipKiB`: what a page downloads before the handover view
 *   shows — the script tag's file, the core chunk it loads on connecting, one
 *   language and one preset (gzip -9, each file as served). Also the entry file alone
 *   and every chunk together, from `scripts/size.mjs --json`.
 * - `widget.render.ms`: first render of a handover whose checklists hold 40
 *   items, with 510 history entries in the journal: from attaching the
 *   element to its laid-out view (policy resolved, IndexedDB read, 11
 *   handovers folded, rendered). Each run is a new element on a warm page
 *   (the harness discards two warm-up runs); `widget.render.cold.ms` is the
 *   same on a fresh page, chunks fetched and compiled included.
 * - `widget.idb.append.p95ms`: the 95th percentile over 200 appends of one
 *   entry to IndexedDB, as the journal stores each command's entry (read the
 *   head, then the one-transaction append that settles on commit).
 *
 * Chromium runs headless with the flags from TOOLCHAIN.md; a tiny local
 * server serves the bench page, the bundle and the data (nothing else), and
 * Chromium closes by itself a few seconds after the last figure.
 */
import { spawnSync } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { puppeteerCore } from '@web/test-runner-chrome';
import { median, type Figure } from './harness.js';
import { appendEntries, renderData } from './widget/data.js';
import { PAGE_HTML, PAGE_SCRIPT } from './widget/page.js';

type Browser = Awaited<ReturnType<typeof puppeteerCore.launch>>;
type Page = Awaited<ReturnType<Browser['newPage']>>;

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'packages/widget/dist');
const APPENDS = 200;

/** Whether the min bundle is older than the widget's sources (a stale build would be measured). */
async function warnIfStale(): Promise<void> {
  const bundle = await stat(join(dist, 'duty-handover.min.js')).catch(() => undefined);
  if (bundle === undefined) throw new Error('packages/widget/dist is missing: run `npm run build` first.');
  const { readdir } = await import('node:fs/promises');
  const sources = await readdir(join(root, 'packages/widget/src'), { recursive: true });
  for (const file of sources) {
    const info = await stat(join(root, 'packages/widget/src', file));
    if (info.isFile() && info.mtimeMs > bundle.mtimeMs && !file.endsWith('.test.ts')) {
      console.error(`widget bench: ${file} is newer than the bundle; the figures are for the last build.`);
      return;
    }
  }
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Serves the bench page, its script, its data and the built widget, and nothing else. */
async function startServer(data: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    void (async () => {
      const { pathname } = new URL(`http://localhost${req.url ?? '/'}`);
      const send = (status: number, type: string, body: string | Buffer): void => {
        res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
        res.end(body);
      };
      const pages: Record<string, readonly [string, string]> = {
        '/': ['text/html; charset=utf-8', PAGE_HTML],
        '/__bench.html': ['text/html; charset=utf-8', PAGE_HTML],
        '/__bench.js': ['text/javascript; charset=utf-8', PAGE_SCRIPT],
        '/__bench-data.json': ['application/json; charset=utf-8', data],
      };
      const page = pages[pathname];
      if (page !== undefined) {
        send(200, ...page);
        return;
      }
      const file = resolve(root, `.${decodeURIComponent(pathname)}`);
      const type = TYPES[extname(file)];
      if (!file.startsWith(dist + sep) || type === undefined) {
        send(404, 'text/plain', 'Not found');
        return;
      }
      try {
        send(200, type, await readFile(file));
      } catch {
        send(404, 'text/plain', 'Not found');
      }
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

interface Session {
  readonly browser: Browser;
  readonly server: Server;
  readonly origin: string;
  /** The warm page, with the bundle loaded and the render journal seeded. */
  readonly page: Page;
}

let session: Promise<Session> | undefined;
let closeTimer: ReturnType<typeof setTimeout> | undefined;

async function openPage(browser: Browser, origin: string): Promise<Page> {
  const page = await browser.newPage();
  page.on('pageerror', (error) => {
    console.error(`widget bench page: ${String(error)}`);
  });
  await page.goto(`${origin}/__bench.html`);
  await page.waitForFunction('window.benchReady === true', { timeout: 60_000 });
  return page;
}

async function start(): Promise<Session> {
  await warnIfStale();
  const data = JSON.stringify({ render: await renderData(), append: await appendEntries(APPENDS) });
  const { server, origin } = await startServer(data);
  const browser = await puppeteerCore.launch({
    executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  return { browser, server, origin, page: await openPage(browser, origin) };
}

/** The browser session, kept between figures; it closes itself a few seconds after the last one. */
async function withSession<T>(run: (current: Session) => Promise<T>): Promise<T> {
  if (closeTimer !== undefined) clearTimeout(closeTimer);
  session ??= start();
  const current = await session;
  try {
    return await run(current);
  } finally {
    closeTimer = setTimeout(() => {
      session = undefined;
      void current.browser.close().then(() => current.server.close());
    }, 3000);
  }
}

interface RenderResult {
  readonly ms: number;
  readonly items: number;
  readonly entries: number;
}

function checked(result: RenderResult): number {
  if (result.items !== 40 || result.entries < 500) {
    throw new Error(`the bench page rendered ${result.items} items and ${result.entries} entries`);
  }
  return result.ms;
}

let sizes: Record<string, { gzipKiB: number }> | undefined;
/** The bundle sizes as `scripts/size.mjs` computes them (one run for all three figures). */
function bundleSize(label: string): number {
  if (sizes === undefined) {
    const run = spawnSync(process.execPath, [join(root, 'scripts/size.mjs'), '--json'], { encoding: 'utf8' });
    if (run.stdout.trim() === '') throw new Error(`scripts/size.mjs failed: ${run.stderr}`);
    sizes = JSON.parse(run.stdout) as Record<string, { gzipKiB: number }>;
  }
  const figure = sizes[label];
  if (figure === undefined) throw new Error(`scripts/size.mjs reports no "${label}"`);
  return figure.gzipKiB;
}

/** The 95th percentile (nearest rank) of a non-empty list. */
function p95(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? Number.NaN;
}

export const figures: readonly Figure[] = [
  {
    name: 'widget.bundle.gzipKiB',
    unit: 'KiB',
    target: '≤ 30 (first render: entry + core chunk + one language + one preset)',
    measure: () => bundleSize('widget min bundle: first-render'),
  },
  {
    name: 'widget.bundle.entry.gzipKiB',
    unit: 'KiB',
    target: 'the script tag’s file alone',
    measure: () => bundleSize('widget min bundle: entry'),
  },
  {
    name: 'widget.bundle.all.gzipKiB',
    unit: 'KiB',
    target: 'every chunk, history and key register included',
    measure: () => bundleSize('widget min bundle: all'),
  },
  {
    name: 'widget.render.ms',
    unit: 'ms',
    target: '≤ 50',
    measure: () =>
      withSession(async ({ page }) =>
        checked(await page.evaluate<[], () => Promise<RenderResult>>('window.bench.render()')),
      ),
  },
  {
    name: 'widget.render.cold.ms',
    unit: 'ms',
    target: 'fresh page: chunks fetched and compiled',
    measure: () =>
      withSession(async ({ browser, origin }) => {
        const page = await openPage(browser, origin);
        try {
          return checked(await page.evaluate<[], () => Promise<RenderResult>>('window.bench.render()'));
        } finally {
          await page.close();
        }
      }),
  },
  {
    name: 'widget.idb.append.p95ms',
    unit: 'ms',
    target: '≤ 10',
    measure: () =>
      withSession(async ({ page }) => {
        const times = await page.evaluate<[], () => Promise<number[]>>('window.bench.append()');
        if (times.length !== APPENDS) throw new Error(`expected ${APPENDS} appends, got ${times.length}`);
        console.error(`  one append: median ${median(times).toFixed(2)} ms, p95 ${p95(times).toFixed(2)} ms`);
        return p95(times);
      }),
  },
];
