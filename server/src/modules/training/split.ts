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
export function stratifiedSplit(y: ArrayLike<number>, options: { testSize?: number; randomState?: number } = {}): TrainTestSplit {
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
    test.push(...rows.slice(0, nTest));
    train.push(...rows.slice(nTest));
  }
  const sorted = (a: number[]) => Int32Array.from(a).sort();
  return { train: sorted(train), test: sorted(test) };
}
