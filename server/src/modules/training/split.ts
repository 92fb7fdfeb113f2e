import { createRng, shuffleInPlace } from '../../common/random.js';

export interface TrainTestSplit {
  train: Int32Array;
  test: Int32Array;
}

/**
 * A stratified, seeded train/test split: each class keeps its share in both parts, so a
 * 15 % response rate stays ~15 % in the test rows every model of a run is scored on.
 * Indices come back sorted (file order) so the split is easy to hand to scikit-learn.
 */
export interface SplitOptions {
  testSize?: number;
  randomState?: number;
}

export function stratifiedSplit(y: ArrayLike<number>, options: SplitOptions = {}): TrainTestSplit {
  const testSize = options.testSize ?? 0.25;
  if (!(testSize > 0 && testSize < 1)) throw new Error(`testSize must be between 0 and 1 (got ${testSize}).`);
  const rng = createRng(options.randomState ?? 42);
  const byClass = new Map<number, number[]>();
  for (let i = 0; i < y.length; i++) {
    const list = byClass.get(y[i]) ?? [];
    list.push(i);
    byClass.set(y[i], list);
  }
  const train: number[] = [];
  const test: number[] = [];
  for (const key of [...byClass.keys()].sort()) {
    const rows = shuffleInPlace(rng, byClass.get(key)!);
    const nTest = Math.round(rows.length * testSize);
    // A loop, not push(...rows): spreading 750,000 arguments overflows the call stack.
    for (let i = 0; i < rows.length; i++) (i < nTest ? test : train).push(rows[i]);
  }
  const sorted = (a: number[]) => Int32Array.from(a).sort();
  return { train: sorted(train), test: sorted(test) };
}

/**
 * `size` of the given rows, drawn per class in proportion (seeded), sorted. Used to fit a
 * learner that is not linear in rows on a stated sample above a row cap. Returns the rows
 * unchanged when there are at most `size`.
 */
export function stratifiedSample(y: ArrayLike<number>, rows: Int32Array, size: number, randomState = 42): Int32Array {
  if (rows.length <= size) return rows;
  const split = stratifiedSplit(
    Uint8Array.from(rows, (r) => y[r]),
    { testSize: size / rows.length, randomState },
  );
  return Int32Array.from(split.test, (i) => rows[i]);
}
