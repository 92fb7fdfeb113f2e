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
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { repoRoot, sharedDir } from '../helpers/datasets.js';

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

export interface SklearnArgs {
  csv: string;
  target: string;
  drop?: string[];
  /** 0-based data-row indices of the test set (our split), so both sides score the same rows. */
  testRows?: ArrayLike<number>;
  algorithms?: string[];
  /** fit, importance, pdp, kmeans (default fit). */
  tasks?: string[];
  jobs?: number;
  trees?: number;
  /** Any further script flags, e.g. ['--repeats', '5']. */
  extraArgs?: string[];
  /** Extra environment, e.g. { OMP_NUM_THREADS: '2' } for two-core figures (the script defaults to 1). */
  env?: Record<string, string>;
  /** Run the script this many times; fit/importance/pdp seconds become medians (default 1). */
  repeats?: number;
}

export interface SklearnModelResult {
  fitSeconds: number;
  rocAuc: number;
  importanceSeconds?: number;
  pdpSeconds?: number;
  [key: string]: unknown;
}

export interface SklearnReference {
  dataset: { rows: number; trainRows: number; testRows: number; positiveRate: number; kinds: Record<string, string>; [key: string]: unknown };
  sklearn: string;
  models: Record<string, SklearnModelResult>;
  kmeans?: { seconds: number; silhouette: Record<string, number>; bestK: number };
}

const PYTHON = '/usr/bin/python3';
export const SKLEARN_SCRIPT = resolve(sharedDir, 'bench/sklearn_reference.py');
let unavailable: string | null = null;

export function sklearnReference(args: SklearnArgs): SklearnReference | null {
  if (unavailable) return null;
  if (!existsSync(PYTHON)) return noSklearn(`${PYTHON} not found`);
  if (!existsSync(SKLEARN_SCRIPT)) return noSklearn(`${SKLEARN_SCRIPT} not found`);
  const dir = mkdtempSync(join(tmpdir(), 'bench-sklearn-'));
  try {
    const argv = [SKLEARN_SCRIPT, '--csv', args.csv, '--target', args.target];
    if (args.drop?.length) argv.push('--drop', args.drop.join(','));
    if (args.testRows) {
      const file = join(dir, 'test-rows.json');
      writeFileSync(file, JSON.stringify(Array.from(args.testRows)));
      argv.push('--test-rows', file);
    }
    if (args.algorithms?.length) argv.push('--algorithms', args.algorithms.join(','));
    if (args.tasks?.length) argv.push('--tasks', args.tasks.join(','));
    if (args.jobs !== undefined) argv.push('--jobs', String(args.jobs));
    if (args.trees !== undefined) argv.push('--trees', String(args.trees));
    argv.push(...(args.extraArgs ?? []));
    const results: SklearnReference[] = [];
    for (let r = 0; r < (args.repeats ?? 1); r++) {
      const run = spawnSync(PYTHON, argv, { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, ...args.env }, maxBuffer: 256 * 1024 * 1024 });
      if (run.error) return noSklearn(`${PYTHON} could not be started (${run.error.message})`);
      if (run.status !== 0) {
        const err = run.stderr.trim();
        if (/No module named '?(sklearn|pandas|numpy)/.test(err)) return noSklearn(`scikit-learn is not installed for ${PYTHON} (${err.split('\n').pop()})`);
        // A script failure is not "unavailable": report it for this call only.
        console.error(`sklearn_reference.py failed (exit ${run.status}): ${err.split('\n').slice(-3).join(' | ')}`);
        return null;
      }
      results.push(JSON.parse(run.stdout) as SklearnReference);
    }
    return mergeRepeats(results);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function noSklearn(reason: string): null {
  unavailable = reason;
  console.error(`scikit-learn reference unavailable: ${reason}; its columns stay empty.`);
  return null;
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
