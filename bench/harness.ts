/**
 * A figure the bench harness measures. `measure` performs one run and
 * returns its figure (milliseconds, a ratio, a size…); the harness warms up,
 * repeats and keeps the median, so a slow run does not decide the figure.
 */
export interface Figure {
  /** Dotted name, stable across releases: `journal.append.10k.ms`. */
  readonly name: string;
  readonly unit: 'ms' | 'ratio' | 'KiB' | 'count';
  /** What a reader should compare it with, when there is a target. */
  readonly target?: string;
  measure(): number | Promise<number>;
}

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

/** Milliseconds one call takes, measured with the high-resolution clock. */
export async function time(run: () => unknown): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}
