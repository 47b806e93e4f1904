/**
 * How the robustness suites scale and count what they try.
 *
 * `npm test` runs every property and fault suite at its everyday size. `npm run
 * reliability` sets RELIABILITY_DIR (where the figures go) and may set FUZZ_SCALE
 * (how many times more cases to try: `npm run fuzz` is the long, opt-in run);
 * scripts/reliability.mjs then sums the figures into reliability/results.json,
 * which the Reliability docs page reports.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** How many times more cases than the everyday run (FUZZ_SCALE, default 1). */
export function fuzzScale(): number {
  const scale = Number(process.env['FUZZ_SCALE'] ?? '1');
  return Number.isFinite(scale) && scale > 0 ? scale : 1;
}

/** A property's number of runs: `everyday` cases in `npm test`, scaled up in the long fuzz run. */
export function runs(everyday: number): number {
  return Math.max(1, Math.round(everyday * fuzzScale()));
}

/**
 * Adds `count` to a reliability figure (for example `tamper.detected`). Figures are
 * written only while `npm run reliability` collects them; otherwise this does nothing.
 */
export function recordFigure(figure: string, count: number): void {
  const dir = process.env['RELIABILITY_DIR'];
  if (dir === undefined || dir === '') return;
  mkdirSync(dir, { recursive: true });
  // One short line per call with O_APPEND: safe across vitest's worker processes.
  appendFileSync(join(dir, `core-${process.pid}.jsonl`), `${JSON.stringify({ figure, count })}\n`);
}
