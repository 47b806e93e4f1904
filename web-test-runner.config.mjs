// Widget tests run in a real Chromium (the system's, never a downloaded one).
// `npx web-test-runner` picks this file up; see /work/shared/TOOLCHAIN.md for the flags.
import { appendFileSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_HINT, findChrome } from './scripts/find-chrome.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(CHROME_HINT);
  process.exit(1);
}

// On a 2-core machine one page at a time: Chromium's renderer and the dev
// server already share the cores, and parallel pages only add flakiness.
const concurrency = Math.max(1, Math.floor(availableParallelism() / 2));

/**
 * The storage-fault suite counts the faults it injects and the entries it checks
 * (`recordFigure` in widget-test-helpers.ts). While `npm run reliability` collects
 * figures (RELIABILITY_DIR set) they are appended there; otherwise dropped.
 */
function reliabilityFigures() {
  return {
    name: 'reliability-figures',
    executeCommand({ command, payload }) {
      if (command !== 'record-reliability-figure') return undefined;
      const dir = process.env.RELIABILITY_DIR;
      const { figure, count } = /** @type {{ figure: string, count: number }} */ (payload);
      if (dir) {
        mkdirSync(dir, { recursive: true });
        appendFileSync(join(dir, 'widget.jsonl'), `${JSON.stringify({ figure, count })}\n`);
      }
      return true;
    },
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: '.',
  files: ['packages/widget/src/**/*.test.ts'],
  nodeResolve: {
    // `@duty-handover/source` first: tests run on core's and the widget's sources, no build step.
    exportConditions: ['@duty-handover/source', 'browser', 'import'],
  },
  plugins: [
    reliabilityFigures(),
    esbuildPlugin({
      ts: true,
      // esbuild reads this file raw and does not follow `extends`, so it must name
      // `experimentalDecorators` and `useDefineForClassFields` itself. The widget's
      // tsconfig.json does; tsconfig.test.json only inherits them, and with it esbuild
      // silently compiles standard decorators with define semantics (Lit's @property
      // accessors would be shadowed by class fields). The test "properties are reactive
      // accessors" in duty-handover.test.ts guards this.
      tsconfig: 'packages/widget/tsconfig.json',
      target: 'es2022',
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
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
      },
    }),
  ],
  concurrentBrowsers: 1,
  concurrency,
  browserStartTimeout: 60_000,
  testsStartTimeout: 30_000,
  testsFinishTimeout: 120_000,
  testFramework: {
    config: { timeout: 10_000 },
  },
};
