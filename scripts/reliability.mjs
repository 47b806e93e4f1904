#!/usr/bin/env node
// `npm run reliability`: runs the robustness suites and writes what they tried and
// found to reliability/results.json, which the Reliability docs page reports.
//
//   npm run reliability          everyday sizes (the same cases `npm test` runs)
//   npm run fuzz                 the long, opt-in run: FUZZ_SCALE=20 (20 times the cases)
//   FUZZ_SCALE=5 npm run reliability
//
// The suites themselves are ordinary tests (they also run in `npm test`); here they
// run with RELIABILITY_DIR set, so each one appends its counts there
// (packages/core/src/testing/reliability-test-helpers.ts, and the test runner's
// `record-reliability-figure` command for the Chromium suites). This script sums
// them, adds the demo page's strict-CSP check, and exits 1 if a suite failed or any
// entry was lost, duplicated or a hostile file crashed the CLI.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const scale = Number(process.env.FUZZ_SCALE ?? '1');
if (!Number.isFinite(scale) || scale <= 0) {
  console.error(`FUZZ_SCALE must be a positive number, not "${process.env.FUZZ_SCALE}"`);
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'duty-handover-reliability-'));
const env = { ...process.env, RELIABILITY_DIR: dir, FUZZ_SCALE: String(scale), TZ: 'UTC' };

/** Figures that must be 0 for the run to pass. */
const MUST_BE_ZERO = [
  'storage.entriesLost',
  'storage.entriesDuplicated',
  'hostile.crashes',
  'demo.cspViolations',
  'demo.thirdPartyRequests',
  'demo.consoleErrors',
  'demo.pageErrors',
  'demo.failedRequests',
];

const steps = [
  [
    'core suites (every fast-check property, tamper suite, hostile CLI corpora)',
    'npx',
    ['vitest', 'run', '--silent'],
  ],
  [
    'storage faults and hostile text in Chromium',
    'npx',
    [
      'web-test-runner',
      '--files',
      'packages/widget/src/storage-faults.test.ts',
      'packages/widget/src/safety.test.ts',
      'packages/widget/src/tabs.test.ts',
    ],
  ],
  ['build (for the demo page)', 'npm', ['run', 'build', '--silent']],
  ['demo page under its strict Content-Security-Policy', 'node', ['scripts/demo-check.mjs']],
];

const started = performance.now();
const failed = [];
let demo;
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`);
  const capture = command === 'node';
  const result = spawnSync(command, args, {
    cwd: root,
    env,
    stdio: capture ? ['inherit', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
  });
  if (capture) {
    process.stdout.write(result.stdout ?? '');
    const line = /^DEMO-CHECK (\{.*\})$/m.exec(result.stdout ?? '')?.[1];
    if (line) demo = JSON.parse(line);
  }
  if (result.status !== 0) failed.push(name);
}

const figures = {};
for (const file of readdirSync(dir)) {
  for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const { figure, count } = JSON.parse(line);
    figures[figure] = (figures[figure] ?? 0) + count;
  }
}
rmSync(dir, { recursive: true, force: true });
// The demo check's counts (its pass flag and timing are not counts).
if (demo)
  for (const [key, value] of Object.entries(demo))
    if (typeof value === 'number' && key !== 'seconds') figures[`demo.${key}`] = value;

const nonZero = MUST_BE_ZERO.filter((name) => (figures[name] ?? 0) !== 0);
const results = {
  measuredAt: new Date().toISOString(),
  command: scale === 1 ? 'npm run reliability' : `FUZZ_SCALE=${scale} npm run reliability`,
  fuzzScale: scale,
  machine: { node: process.version, cores: availableParallelism(), cpu: cpus()[0]?.model ?? 'unknown' },
  seconds: Math.round((performance.now() - started) / 1000),
  passed: failed.length === 0 && nonZero.length === 0,
  figures: Object.fromEntries(Object.entries(figures).sort(([a], [b]) => a.localeCompare(b))),
};
writeFileSync(join(root, 'reliability', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

console.log('\nreliability figures (reliability/results.json):');
for (const [name, value] of Object.entries(results.figures)) console.log(`  ${name.padEnd(28)} ${value}`);
for (const name of failed) console.error(`✗ ${name} failed`);
for (const name of nonZero) console.error(`✗ ${name} is ${figures[name]}, must be 0`);
process.exit(results.passed ? 0 : 1);
