/**
 * Helpers for benchmark sections (tests/bench/<name>.bench.ts), run one per child process by
 * run.ts (`npm run bench [-- name ...]`). A section is a plain script: it measures, calls
 * emitRow() once per table row, and exits. run.ts collects the rows from stdout and prints
 * one table per section, with the section's own peak RSS (it is a separate process).
 *
 *   emitRow(row)              one table row: { columnHeader: cell }; columns are the union of
 *                             the rows' keys in first-seen order. Numbers print to 4 decimals
 *                             at most, null as "—"; pass strings to format a cell yourself.
 *   emitNote(text)            a line printed under the section's table.
 *   skipSection(reason)       ends the section as skipped (e.g. its data is missing).
 *   timeIt(fn, { runs })      await-able; median wall seconds of `runs` calls (default 1),
 *                             plus the last call's result.
 *   sklearnReference(args)    runs ../shared/bench/sklearn_reference.py on the same split
 *                             (testRows) and returns its parsed JSON, or null with a printed
 *                             reason when python3 or scikit-learn is unavailable.
 *   peakRssMb()               this process's peak resident set size so far, in MB.
 *
 * Targets are printed, never asserted: a benchmark reports, the unit tests judge.
 * Anything else a section prints to stdout is passed through; progress goes to stderr.
 */
import { runSklearnReference, type SklearnArgs, type SklearnReference } from '../helpers/sklearn.js';
import { MARKERS, type BenchRow } from './bench-protocol.js';

export type { BenchRow, Cell } from './bench-protocol.js';

export function emitRow(row: BenchRow): void {
  process.stdout.write(`${MARKERS.row}${JSON.stringify(row)}\n`);
}

export function emitNote(text: string): void {
  for (const line of text.split('\n')) process.stdout.write(`${MARKERS.note}${line}\n`);
}

export function skipSection(reason: string): never {
  process.stdout.write(`${MARKERS.skip}${reason}\n`);
  process.exit(0);
}

export function peakRssMb(): number {
  // resourceUsage().maxRSS is in kilobytes and includes worker threads (same process).
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

// Reported on exit so run.ts can show the section's peak even if the author never asks for it.
process.on('exit', () => {
  process.stdout.write(`${MARKERS.peakRss}${peakRssMb()}\n`);
});

export interface Timing<T> {
  /** Median over the runs, in seconds. */
  seconds: number;
  runsSeconds: number[];
  result: T;
}

export async function timeIt<T>(fn: () => T | Promise<T>, options: { runs?: number } = {}): Promise<Timing<T>> {
  const runs = options.runs ?? 1;
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`timeIt: runs must be an integer >= 1 (got ${runs}).`);
  const runsSeconds: number[] = [];
  let result!: T;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    result = await fn();
    runsSeconds.push((performance.now() - start) / 1000);
  }
  return { seconds: median(runsSeconds), runsSeconds, result };
}

export function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** ours / theirs, or null when either side is unknown. */
export function ratio(ours: number | null | undefined, theirs: number | null | undefined): number | null {
  return ours == null || theirs == null || theirs === 0 ? null : ours / theirs;
}

export type { SklearnModelResult, SklearnReference } from '../helpers/sklearn.js';

/** sklearn_reference.py on the same split (helpers/sklearn.ts), run `repeats` times; null with a printed reason when it cannot run. */
export function sklearnReference(args: SklearnArgs & { repeats?: number }): SklearnReference | null {
  const results: SklearnReference[] = [];
  try {
    for (let r = 0; r < (args.repeats ?? 1); r++) {
      const result = runSklearnReference(args);
      if (!result) return null;
      results.push(result);
    }
  } catch (err) {
    // A script failure is not "unavailable": report it for this call only.
    console.error(`sklearn_reference.py failed: ${(err as Error).message}`);
    return null;
  }
  return mergeRepeats(results);
}

/** The last run, with timing fields replaced by their medians over all runs. */
function mergeRepeats(results: SklearnReference[]): SklearnReference {
  const last = results[results.length - 1];
  for (const [name, model] of Object.entries(last.models)) {
    for (const key of ['fitSeconds', 'importanceSeconds', 'pdpSeconds'] as const) {
      if (typeof model[key] === 'number') model[key] = median(results.map((r) => r.models[name][key] as number));
    }
  }
  return last;
}
