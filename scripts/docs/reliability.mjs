// The reliability figures: what `npm run reliability` tried and found, read from
// reliability/results.json, each figure with what it counts and the suite that counts it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { html } from './html.mjs';

/** Every figure the suites record, in the order the page lists them. */
const FIGURES = [
  [
    'property.properties',
    'fast-check properties run (every property of the core suite)',
    'packages/core/src/**/*.test.ts',
  ],
  ['property.cases', 'random cases those properties tried', 'packages/core/src/**/*.test.ts'],
  [
    'tamper.journals',
    'journals generated through the real commands and tampered with',
    'packages/core/src/journal/tamper.test.ts',
  ],
  [
    'tamper.tampers',
    'tampered copies checked (changed fields, deleted, inserted, reordered, truncated entries)',
    'packages/core/src/journal/tamper.test.ts',
  ],
  [
    'tamper.detected',
    'tampered copies the chain check caught (must equal the copies checked)',
    'packages/core/src/journal/tamper.test.ts',
  ],
  [
    'tamper.located',
    'of those, located at the entry where the chain allows it',
    'packages/core/src/journal/tamper.test.ts',
  ],
  [
    'hostile.files',
    'hostile files given to `duty-handover check` and `verify`',
    'packages/core/src/cli/corpus.test.ts',
  ],
  [
    'hostile.crashes',
    'of those, runs that crashed or ended with an undocumented exit code (must be 0)',
    'packages/core/src/cli/corpus.test.ts',
  ],
  [
    'hostile.formulaCells',
    'formula-injection cells checked neutralised in exported CSV',
    'packages/core/src/cli/corpus.test.ts',
  ],
  [
    'storage.faults',
    'storage faults injected in Chromium (full quota, no IndexedDB, aborted transactions, closed tabs)',
    'packages/widget/src/storage-faults.test.ts',
  ],
  [
    'storage.faultsShown',
    'faults the person was told about on screen',
    'packages/widget/src/storage-faults.test.ts',
  ],
  [
    'storage.entriesChecked',
    'stored entries compared with what the panel reported saved',
    'packages/widget/src/storage-faults.test.ts',
  ],
  [
    'storage.entriesLost',
    'entries reported saved but missing from the store (must be 0)',
    'packages/widget/src/storage-faults.test.ts',
  ],
  [
    'storage.entriesDuplicated',
    'entries stored twice (must be 0)',
    'packages/widget/src/storage-faults.test.ts',
  ],
  [
    'demo.steps',
    'steps of a whole handover completed on the demo page under its strict CSP',
    'scripts/demo-check.mjs',
  ],
  ['demo.entries', 'journal entries that handover wrote to IndexedDB', 'scripts/demo-check.mjs'],
  [
    'demo.cspViolations',
    'Content-Security-Policy violations reported by Chromium (must be 0)',
    'scripts/demo-check.mjs',
  ],
  ['demo.thirdPartyRequests', 'requests to any other origin (must be 0)', 'scripts/demo-check.mjs'],
  ['demo.consoleErrors', 'errors in the page console (must be 0)', 'scripts/demo-check.mjs'],
  ['demo.pageErrors', 'uncaught errors in the page (must be 0)', 'scripts/demo-check.mjs'],
  [
    'demo.failedRequests',
    'requests that failed or were answered with an error status (must be 0)',
    'scripts/demo-check.mjs',
  ],
];

/**
 * @param {string} root
 * @returns {{ html: unknown, figures: number }}
 */
export function reliabilityFigures(root) {
  let results;
  try {
    results = JSON.parse(readFileSync(join(root, 'reliability', 'results.json'), 'utf8'));
  } catch (error) {
    throw new Error(
      `reliability/results.json cannot be read (${error.message}): run \`npm run reliability\` first`,
      { cause: error },
    );
  }
  const known = new Set(FIGURES.map(([name]) => name));
  const rows = [
    ...FIGURES.filter(([name]) => name in results.figures),
    ...Object.keys(results.figures)
      .filter((name) => !known.has(name))
      .sort()
      .map((name) => [name, '', '']),
  ];
  const missing = FIGURES.filter(([name]) => !(name in results.figures)).map(([name]) => name);
  const body = html`<p>
      Measured ${results.measuredAt.slice(0, 10)} with <code>${results.command}</code> (fuzz scale
      ${results.fuzzScale}) in ${results.seconds} s on ${results.machine.cores} cores, Node.js
      ${results.machine.node}: the run ${results.passed ? 'passed' : html`<strong>failed</strong>`}.
    </p>
    <div class="table-wrap">
      <table class="figures">
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Count</th>
            <th scope="col">What it counts</th>
            <th scope="col">Counted by</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            ([name, meaning, source]) =>
              html`<tr>
                <th scope="row" id="${`figure-${name}`}"><code>${name}</code></th>
                <td class="number">${Number(results.figures[name]).toLocaleString('en')}</td>
                <td>${meaning}</td>
                <td>${source ? html`<code>${source}</code>` : ''}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${missing.length > 0 ? html`<p>Not counted in this run: ${missing.map((name, i) => html`${i > 0 ? ', ' : ''}<code>${name}</code>`)}.</p>` : ''}`;
  return { html: body, figures: rows.length };
}
