/**
 * Vitest setup (vitest.config.ts `setupFiles`): every fast-check property in the
 * suite reports how many cases it tried, so the Reliability page can say how much
 * was tried without each test counting for itself. A failing property still
 * fails with fast-check's own report.
 */
import * as fc from 'fast-check';
import { recordFigure } from './reliability-test-helpers.js';

function count(details: fc.RunDetails<unknown>): void {
  recordFigure('property.properties', 1);
  recordFigure('property.cases', details.numRuns);
  if (details.failed) throw new Error(fc.defaultReportMessage(details));
}

// fast-check 4.10 prefers per-property plugins to `reporter`, but a plugin cannot be
// set globally (GlobalParameters leaves `plugins` out), and counting every property
// of the suite is the point. One reporter serves synchronous and asynchronous runs.
// eslint-disable-next-line @typescript-eslint/no-deprecated -- the only global hook, see above
fc.configureGlobal({ reporter: count });
