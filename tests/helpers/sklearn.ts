/**
 * The one way tests and benches run scikit-learn: ../shared/bench/sklearn_reference.py
 * (Debian's python3-sklearn) on the rows the caller chose, or a short inline Python program
 * for a check the script does not cover. Without Python or scikit-learn every call returns
 * null after printing why once, and the caller falls back to figures stored with their command.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, sharedDir } from './datasets.js';

export const PYTHON = '/usr/bin/python3';
export const SKLEARN_SCRIPT = join(sharedDir, 'bench', 'sklearn_reference.py');

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
  timeoutMs?: number;
}

export interface SklearnModelResult {
  fitSeconds: number;
  rocAuc: number;
  importanceSeconds?: number;
  pdpSeconds?: number;
  importance?: { feature: string; mean: number; std: number }[];
  [key: string]: unknown;
}

export interface SklearnReference {
  dataset: {
    rows: number;
    trainRows: number;
    testRows: number;
    positiveRate: number;
    kinds: Record<string, string>;
    [key: string]: unknown;
  };
  sklearn: string;
  models: Record<string, SklearnModelResult>;
  kmeans?: { seconds: number; silhouette: Record<string, number>; bestK: number };
}

let unavailable: string | null | undefined;

/** Why scikit-learn cannot run here (printed once), or null when it can. */
export function sklearnUnavailable(): string | null {
  if (unavailable === undefined) {
    if (!existsSync(PYTHON)) unavailable = `${PYTHON} not found`;
    else if (spawnSync(PYTHON, ['-c', 'import sklearn, sklearn.inspection, pandas'], { stdio: 'ignore' }).status !== 0)
      unavailable = `scikit-learn or pandas is not installed for ${PYTHON} (apt-get install python3-sklearn python3-pandas)`;
    else unavailable = null;
    if (unavailable) console.warn(`scikit-learn reference unavailable: ${unavailable}; using the stored reference figures.`);
  }
  return unavailable;
}

export function sklearnAvailable(): boolean {
  return sklearnUnavailable() === null;
}

/** sklearn_reference.py's JSON for `args`, or null when scikit-learn is unavailable; throws when the script fails. */
export function runSklearnReference(args: SklearnArgs): SklearnReference | null {
  if (!sklearnAvailable()) return null;
  if (!existsSync(SKLEARN_SCRIPT)) throw new Error(`${SKLEARN_SCRIPT} not found`);
  const dir = mkdtempSync(join(tmpdir(), 'sklearn-ref-'));
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
    return JSON.parse(runPython(argv, { env: args.env, timeoutMs: args.timeoutMs })) as SklearnReference;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The stdout of an inline Python program given `input` on stdin, or null when scikit-learn is unavailable; throws when it fails. */
export function runSklearnProgram(
  program: string,
  input: string,
  options: { env?: Record<string, string>; timeoutMs?: number } = {},
): string | null {
  if (!sklearnAvailable()) return null;
  return runPython(['-c', program], { ...options, input });
}

function runPython(argv: string[], options: { input?: string; env?: Record<string, string>; timeoutMs?: number }): string {
  const run = spawnSync(PYTHON, argv, {
    cwd: repoRoot,
    input: options.input,
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 300_000,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ...options.env },
  });
  if (run.error) throw new Error(`${PYTHON} could not be run (${run.error.message})`);
  if (run.status !== 0)
    throw new Error(`scikit-learn run failed (exit ${run.status}): ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  return run.stdout;
}
