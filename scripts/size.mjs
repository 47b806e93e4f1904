// Bundle-size budget: `npm run size` after `npm run build`.
// Prints raw and gzip (level 9) sizes and exits 1 when a file or a group is over
// its budget (scripts/size-budgets.json) or missing. `--json` prints the figures
// as JSON instead (the widget bench reads them).
//
// The widget's min bundle is one script tag that loads the rest of itself from
// `dist/chunks/` when it needs it (rollup writes `dist/bundle-manifest.json`
// saying which chunk imports which). Besides single files, a budget can name a
// group of the min bundle's chunks:
//
//   entry         the script tag's file and what it imports statically
//   first-render  the entry, the core chunk it loads as soon as it connects (and that
//                 chunk's imports), one language and one preset (the largest of each, with
//                 their imports): what a page downloads before the handover view shows
//   all           every chunk, the history and key register views included
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { constants, gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const widgetDist = resolve(root, 'packages/widget/dist');
const LOCALE_CHUNKS = ['en', 'zh-Hant', 'zh-Hans'];
const PRESET_CHUNKS = ['reg7', 'estate-group', 'taikoo-front-desk', 'call-centre', 'cs-department'];

const GROUPS = {
  entry: 'the script tag’s file and its static imports',
  'first-render': 'entry + core chunk + one language + one preset: before the handover view shows',
  all: 'every chunk of the min bundle',
};

/** Raw and gzip-9 bytes of a file, or undefined when it is missing. */
function measure(path) {
  let bytes;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length };
}

/** The min bundle's chunk files of each group, from rollup's manifest. */
export function widgetGroups(dist = widgetDist) {
  const manifest = JSON.parse(readFileSync(join(dist, 'bundle-manifest.json'), 'utf8'));
  const byFile = new Map(manifest.chunks.map((chunk) => [chunk.file, chunk]));
  const closure = (files) => {
    const seen = new Set();
    const visit = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const imported of byFile.get(file)?.imports ?? []) visit(imported);
    };
    for (const file of files) visit(file);
    return seen;
  };
  const named = (name) => manifest.chunks.find((chunk) => chunk.name === name)?.file;
  const engine = named('engine');
  if (engine === undefined) throw new Error('bundle-manifest.json names no engine chunk');
  const size = (file) => measure(join(dist, file))?.gzip ?? 0;
  const closureSize = (file) => [...closure([file])].reduce((sum, each) => sum + size(each), 0);
  const largest = (names) =>
    names
      .map(named)
      .filter((file) => file !== undefined)
      .sort((a, b) => closureSize(b) - closureSize(a))
      .slice(0, 1);
  return {
    entry: [...closure([manifest.entry])],
    'first-render': [
      ...closure([manifest.entry, engine, ...largest(LOCALE_CHUNKS), ...largest(PRESET_CHUNKS)]),
    ],
    all: manifest.chunks.map((chunk) => chunk.file),
  };
}

/** Sizes of a group of the min bundle: raw and gzip, summed over its files (each gzipped alone, as served). */
export function groupSize(group, dist = widgetDist) {
  const files = widgetGroups(dist)[group];
  if (files === undefined) throw new Error(`unknown group ${group}`);
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const size = measure(join(dist, file));
    if (size === undefined) throw new Error(`${file} is missing: run \`npm run build\` first.`);
    raw += size.raw;
    gzip += size.gzip;
  }
  return { raw, gzip, files };
}

function main() {
  /** @type {Record<string, { gzipKiB: number, group?: string }>} */
  const budgets = JSON.parse(readFileSync(resolve(root, 'scripts/size-budgets.json'), 'utf8'));
  const kib = (bytes) => (bytes / 1024).toFixed(1);
  const rows = [];
  const failures = [];
  const figures = {};

  const check = (label, size, budget) => {
    const over = budget !== undefined && size.gzip / 1024 > budget;
    if (over) failures.push(`${label} is ${kib(size.gzip)} KiB gzipped, over its budget of ${budget} KiB.`);
    rows.push([
      label,
      kib(size.raw),
      kib(size.gzip),
      budget === undefined ? '-' : String(budget),
      budget === undefined ? '' : over ? 'OVER' : 'ok',
    ]);
    figures[label] = { rawKiB: Number(kib(size.raw)), gzipKiB: Number(kib(size.gzip)), budgetKiB: budget };
  };

  // Reported even without a budget, so the table shows what integrators download.
  const files = [
    'packages/widget/dist/duty-handover.min.js',
    'packages/widget/dist/duty-handover.js',
    'packages/core/dist/index.js',
  ];
  for (const [name, budget] of Object.entries(budgets))
    if (!budget.group && !files.includes(name)) files.push(name);
  for (const file of files) {
    const size = measure(resolve(root, file));
    if (size === undefined) failures.push(`${file} is missing: run \`npm run build\` first.`);
    else check(file, size, budgets[file]?.gzipKiB);
  }
  for (const group of Object.keys(GROUPS)) {
    const label = `widget min bundle: ${group}`;
    const budget = Object.values(budgets).find((candidate) => candidate.group === group)?.gzipKiB;
    try {
      check(label, groupSize(group), budget);
    } catch (error) {
      failures.push(`${label}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(figures, null, 2));
  } else {
    const header = ['file', 'raw KiB', 'gzip KiB', 'budget KiB', ''];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) =>
      cells
        .map((cell, i) => (i === 0 || i === 4 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
        .join('  ')
        .trimEnd();
    console.log(line(header));
    for (const row of rows) console.log(line(row));
    for (const [group, meaning] of Object.entries(GROUPS)) console.log(`  ${group}: ${meaning}`);
  }
  if (failures.length > 0) {
    for (const failure of failures) console.error(failure);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
