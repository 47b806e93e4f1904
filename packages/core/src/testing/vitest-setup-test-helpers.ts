/**
 * Vitest setup (vitest.config.ts `setupFiles`): every fast-check property in the
 * suite reports how many cases it tried, so the Reliability page can say how much
 * was tried without each test counting for itself. The plugin only counts: a
 * failing property still fails with fast-check's own report.
 */
import * as fc from 'fast-check';
import { recordFigure } from './reliability-test-helpers.js';

const countCases: fc.Plugin<unknown> = () => ({
  // Synchronous on purpose: it serves synchronous and asynchronous properties alike.
  onAllRunsComplete: (details) => {
    recordFigure('property.properties', 1);
    recordFigure('property.cases', details.numRuns);
  },
});

fc.configureGlobal({ plugins: [countCases] });
