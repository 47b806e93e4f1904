// Bundle-size budget: `npm run size` after `npm run build`.
// Prints raw and gzip (level 9) sizes and exits 1 when a file is over its budget
// (scripts/size-budgets.json) or missing.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** @type {Record<string, { gzipKiB: number }>} */
const budgets = JSON.parse(readFileSync(resolve(root, 'scripts/size-budgets.json'), 'utf8'));

// Reported even without a budget, so the table shows what integrators download.
const files = [
  'packages/widget/dist/duty-handover.min.js',
  'packages/widget/dist/duty-handover.js',
  'packages/core/dist/index.js',
];
for (const file of Object.keys(budgets)) if (!files.includes(file)) files.push(file);

const kib = (bytes) => (bytes / 1024).toFixed(1);
const rows = [];
const failures = [];
for (const file of files) {
  let bytes;
  try {
    bytes = readFileSync(resolve(root, file));
  } catch {
    failures.push(`${file} is missing: run \`npm run build\` first.`);
    continue;
  }
  const gzip = gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length;
  const budget = budgets[file]?.gzipKiB;
  const over = budget !== undefined && gzip / 1024 > budget;
  if (over) failures.push(`${file} is ${kib(gzip)} KiB gzipped, over its budget of ${budget} KiB.`);
  rows.push([
    file,
    kib(bytes.length),
    kib(gzip),
    budget === undefined ? '-' : String(budget),
    budget === undefined ? '' : over ? 'OVER' : 'ok',
  ]);
}

const header = ['file', 'raw KiB', 'gzip KiB', 'budget KiB', ''];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) =>
  cells
    .map((cell, i) => (i === 0 || i === 4 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
    .join('  ')
    .trimEnd();
console.log(line(header));
for (const row of rows) console.log(line(row));

if (failures.length > 0) {
  for (const failure of failures) console.error(failure);
  process.exitCode = 1;
}
