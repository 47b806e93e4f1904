/**
 * Writes the sample month into this folder: the journal file, its CSV reading
 * copy and the tampered copy (see README.md). Run from the repository root:
 *
 *     npx tsx --conditions=@duty-handover/source examples/journals/generate.ts
 *
 * The same bytes on every run: `scripts/examples.test.ts` regenerates the
 * month in memory and compares it with the committed files.
 */
import { writeFile } from 'node:fs/promises';
import { FILES, generateSampleMonth } from './sample-month.js';

const month = await generateSampleMonth();
const folder = new URL('./', import.meta.url);
const files: readonly (readonly [string, string])[] = [
  [FILES.json, month.json],
  [FILES.csv, month.csv],
  [FILES.tampered, month.tampered.json],
];
for (const [name, text] of files) {
  await writeFile(new URL(name, folder), text);
  console.log(`${name}: ${new TextEncoder().encode(text).length.toLocaleString('en')} bytes`);
}
console.log(
  `${month.entries.length} entries; the tampered copy breaks at seq ${month.tampered.seq} (${month.tampered.id}).`,
);
