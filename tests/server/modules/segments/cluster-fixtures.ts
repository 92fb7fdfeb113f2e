/**
 * Test helpers for the segmentation specs: planted Gaussian blobs and the adjusted Rand
 * index (Hubert & Arabie 1985), written from the contingency-table formula, independent of
 * the code under test.
 */
import { createRng, randomNormal } from '../../../../server/src/common/random.js';
import type { DenseMatrix } from '../../../../server/src/modules/segments/dense-matrix.js';

export interface Blobs {
  X: DenseMatrix;
  truth: Int32Array;
}

/** `perBlob` points around each centre with sd `spread`, rows shuffled. */
export function blobs(centres: number[][], perBlob: number, spread: number, seed = 1): Blobs {
  const rng = createRng(seed);
  const d = centres[0].length;
  const n = centres.length * perBlob;
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const data = new Float64Array(n * d);
  const truth = new Int32Array(n);
  order.forEach((src, row) => {
    const c = Math.floor(src / perBlob);
    truth[row] = c;
    for (let t = 0; t < d; t++) data[row * d + t] = centres[c][t] + spread * randomNormal(rng);
  });
  return { X: { rows: n, cols: d, data }, truth };
}

const choose2 = (x: number) => (x * (x - 1)) / 2;

export function adjustedRandIndex(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error('Label arrays differ in length.');
  const table = new Map<string, number>();
  const rowSums = new Map<number, number>();
  const colSums = new Map<number, number>();
  for (let i = 0; i < a.length; i++) {
    const key = `${a[i]}|${b[i]}`;
    table.set(key, (table.get(key) ?? 0) + 1);
    rowSums.set(a[i], (rowSums.get(a[i]) ?? 0) + 1);
    colSums.set(b[i], (colSums.get(b[i]) ?? 0) + 1);
  }
  let index = 0;
  for (const v of table.values()) index += choose2(v);
  let sumA = 0;
  for (const v of rowSums.values()) sumA += choose2(v);
  let sumB = 0;
  for (const v of colSums.values()) sumB += choose2(v);
  const expected = (sumA * sumB) / choose2(a.length);
  const max = (sumA + sumB) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}

export const FOUR_CENTRES = [
  [0, 0, 0],
  [6, 0, 0],
  [0, 6, 0],
  [0, 0, 6],
];
