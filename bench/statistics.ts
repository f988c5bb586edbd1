/** Repeated timings reduced to their median: one slow run (a GC, a cold cache) does not move the figure. */

export interface Timing {
  readonly median: number;
  readonly runs: readonly number[];
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function timing(runs: readonly number[]): Timing {
  return { median: median(runs), runs: runs.map((run) => Math.round(run * 100) / 100) };
}

/** More runs where a run is short (noise is larger), at least three everywhere. */
export function runsFor(indicators: number, quick: boolean): number {
  if (quick) return 3;
  if (indicators <= 100) return 15;
  if (indicators <= 1_000) return 9;
  if (indicators <= 10_000) return 5;
  return 3;
}
