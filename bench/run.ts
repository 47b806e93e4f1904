/**
 * `npm run bench`: runs every `bench/**\/*.bench.ts`, warms each figure up,
 * takes the median of several runs, prints a table and writes
 * `bench/results.json`. Tests never assert timings; this file is where speed lives.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median, type Figure } from './harness.js';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 7);
const WARMUP = 2;
const benchDir = import.meta.dirname;

async function findBenchFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.bench.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

interface Row {
  readonly name: string;
  readonly unit: string;
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly target: string;
}

// `npm run bench -- journal` measures only the files whose name contains "journal".
const only = process.argv[2];
const rows: Row[] = [];
for (const file of await findBenchFiles(benchDir)) {
  if (only !== undefined && !relative(benchDir, file).includes(only)) continue;
  const module = (await import(pathToFileURL(file).href)) as { figures?: readonly Figure[] };
  for (const figure of module.figures ?? []) {
    for (let i = 0; i < WARMUP; i += 1) await figure.measure();
    const values: number[] = [];
    for (let i = 0; i < Math.max(RUNS, 5); i += 1) values.push(await figure.measure());
    rows.push({
      name: figure.name,
      unit: figure.unit,
      median: round(median(values)),
      min: round(Math.min(...values)),
      max: round(Math.max(...values)),
      target: figure.target ?? '',
    });
    console.error(`measured ${figure.name} (${relative(benchDir, file)})`);
  }
}

console.table(rows);

// A partial run updates its own figures and keeps the others.
const resultsFile = join(benchDir, 'results.json');
const previous = only === undefined ? {} : await readPrevious(resultsFile);
const results: Record<string, unknown> = {
  ...previous,
  ...Object.fromEntries(rows.map((row) => [row.name, row.median])),
};
results['machine'] = {
  node: process.version,
  os: `${osType()} ${release()}`,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: round(totalmem() / 2 ** 30),
  runs: Math.max(RUNS, 5),
  warmup: WARMUP,
  statistic: 'median',
  date: new Date().toISOString(),
};
await writeFile(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
console.log(`wrote ${join(relative(process.cwd(), benchDir) || '.', 'results.json')}`);

async function readPrevious(file: string): Promise<Record<string, unknown>> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
