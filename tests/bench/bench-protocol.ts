/**
 * The stdout lines a bench section writes and run.ts reads. Separate from bench-kit.ts
 * because bench-kit reports the process's peak RSS on exit, which the runner must not do.
 */
export type Cell = string | number | boolean | null;
export type BenchRow = Record<string, Cell>;

export const MARKERS = { row: 'BENCH_ROW ', note: 'BENCH_NOTE ', skip: 'BENCH_SKIP ', peakRss: 'BENCH_PEAK_RSS ' } as const;
