#!/usr/bin/env node
// `duty-handover`: runs the bundled command line (dist/cli.js), which `npm run build` makes
// (and `npm install` too, through the root `prepare` script). Sources: src/cli/.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);

if (existsSync(cli)) {
  await import(cli.href);
} else {
  console.error('duty-handover: the command is not built yet; run `npm run build` in the repository first.');
  process.exitCode = 2;
}
