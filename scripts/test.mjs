#!/usr/bin/env node
// `npm test`: every check the project has, in the order a failure is cheapest to find.
import { spawnSync } from 'node:child_process';
import { CHROME_HINT, findChrome } from './find-chrome.mjs';

const chrome = findChrome();
if (!chrome) {
  console.error(CHROME_HINT);
  process.exit(1);
}

const steps = [
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
  ['typecheck', 'npx', ['tsc', '-b']],
  // Scripts and examples are not part of a package build; they are type-checked on their own.
  ['typecheck scripts', 'npx', ['tsc', '-p', 'scripts/tsconfig.json']],
  ['typecheck examples/journals', 'npx', ['tsc', '-p', 'examples/journals/tsconfig.json']],
  ['typecheck examples/node', 'npx', ['tsc', '-p', 'examples/node/tsconfig.json']],
  ['typecheck examples/rosters', 'npx', ['tsc', '-p', 'examples/rosters/tsconfig.json']],
  // Results must not depend on the host's time zone: the core suite runs under three.
  ['core tests (TZ=UTC)', 'npx', ['vitest', 'run'], { TZ: 'UTC' }],
  ['core tests (TZ=Asia/Hong_Kong)', 'npx', ['vitest', 'run', '--silent'], { TZ: 'Asia/Hong_Kong' }],
  ['core tests (TZ=America/New_York)', 'npx', ['vitest', 'run', '--silent'], { TZ: 'America/New_York' }],
  ['widget tests (Chromium)', 'npx', ['web-test-runner']],
  ['build', 'npx', ['rollup', '-c', 'rollup.config.mjs']],
  ['bundle size', 'node', ['scripts/size.mjs']],
  // The demo portal, built and served with its strict CSP: a whole handover in Chromium.
  ['demo portal under its CSP (Chromium)', 'node', ['scripts/demo-check.mjs']],
  // After the build: the element page runs the built bundle.
  ['docs (site, link check, snippets)', 'npm', ['run', 'docs', '--silent']],
];

let passed = 0;
for (const [name, command, args, env = {}] of steps) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const started = performance.now();
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, CHROME_PATH: chrome, ...env },
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed after ${seconds} s`);
    console.log(`checks: ${passed} passed, 1 failed`);
    process.exit(result.status ?? 1);
  }
  passed += 1;
  console.log(`✓ ${name} (${seconds} s)`);
}
console.log(`\nchecks: ${passed} passed, 0 failed`);
