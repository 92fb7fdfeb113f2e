/**
 * Runs ../shared/bench/sklearn_reference.py (Debian's python3-sklearn) for tests, on the
 * test rows the test chose, and returns its JSON; null with a printed reason when Python or
 * scikit-learn is missing, so the caller falls back to figures stored with their command.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedDir } from './datasets.js';

const PYTHON = '/usr/bin/python3';
const SCRIPT = join(sharedDir, 'bench', 'sklearn_reference.py');

export interface SklearnModel {
  rocAuc: number;
  fitSeconds: number;
  importance?: { feature: string; mean: number; std: number }[];
}

export function sklearnAvailable(): boolean {
  return existsSync(PYTHON) && existsSync(SCRIPT) && spawnSync(PYTHON, ['-c', 'import sklearn, pandas'], { stdio: 'ignore' }).status === 0;
}

export function runSklearnReference(args: { csv: string; target: string; testRows: ArrayLike<number>; algorithms: string[]; tasks?: string[]; drop?: string[] }): Record<string, SklearnModel> | null {
  if (!sklearnAvailable()) {
    console.warn(`scikit-learn is not available for ${PYTHON} (apt-get install python3-sklearn python3-pandas): comparing with the stored reference figures.`);
    return null;
  }
  const dir = mkdtempSync(join(tmpdir(), 'sklearn-ref-'));
  try {
    const rowsFile = join(dir, 'test-rows.json');
    writeFileSync(rowsFile, JSON.stringify(Array.from(args.testRows)));
    const argv = [SCRIPT, '--csv', args.csv, '--target', args.target, '--test-rows', rowsFile, '--algorithms', args.algorithms.join(',')];
    if (args.tasks) argv.push('--tasks', args.tasks.join(','));
    if (args.drop?.length) argv.push('--drop', args.drop.join(','));
    const run = spawnSync(PYTHON, argv, { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`sklearn_reference.py failed: ${run.stderr}`);
    return JSON.parse(run.stdout).models as Record<string, SklearnModel>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
