/**
 * Silhouette coefficient (Rousseeuw 1987), as scikit-learn's silhouette_score computes it,
 * on a condensed distance matrix so that choosing k among 2..10 computes the O(n^2)
 * distances once and then only sums them per labelling.
 */
import { createRng, sampleIndices } from '../../common/random.js';
import { takeMatrixRows, type DenseMatrix } from './dense-matrix.js';

/** Euclidean distances of all pairs i < j, row by row (length n(n-1)/2); float32 halves the memory. */
export function pairwiseDistances(X: DenseMatrix): Float32Array {
  const { rows: n, cols: d, data } = X;
  const out = new Float32Array((n * (n - 1)) / 2);
  let idx = 0;
  for (let i = 0; i < n; i++) {
    const p = i * d;
    for (let j = i + 1; j < n; j++) {
      let s = 0;
      for (let t = 0, q = j * d; t < d; t++, q++) {
        const diff = data[p + t] - data[q];
        s += diff * diff;
      }
      out[idx++] = Math.sqrt(s);
    }
  }
  return out;
}

/**
 * Mean silhouette over the rows whose label is >= 0 (DBSCAN noise, -1, is left out).
 * Rows alone in their cluster score 0, and fewer than two clusters give NaN, as in sklearn.
 */
export function silhouetteFromDistances(distances: Float32Array, labels: Int32Array, k: number): number {
  const n = labels.length;
  if (distances.length !== (n * (n - 1)) / 2) throw new Error('Distance matrix and labels disagree in size.');
  const sizes = new Int32Array(k);
  for (let i = 0; i < n; i++) if (labels[i] >= 0) sizes[labels[i]]++;
  let nonEmpty = 0;
  for (const s of sizes) if (s > 0) nonEmpty++;
  if (nonEmpty < 2) return NaN;
  // sums[i * k + c]: total distance from row i to the rows of cluster c.
  const sums = new Float64Array(n * k);
  let idx = 0;
  for (let i = 0; i < n; i++) {
    const li = labels[i];
    const rowI = i * k;
    for (let j = i + 1; j < n; j++, idx++) {
      const lj = labels[j];
      if (li < 0 || lj < 0) continue;
      const dist = distances[idx];
      sums[rowI + lj] += dist;
      sums[j * k + li] += dist;
    }
  }
  let total = 0;
  let counted = 0;
  for (let i = 0; i < n; i++) {
    const li = labels[i];
    if (li < 0) continue;
    counted++;
    if (sizes[li] < 2) continue;
    const a = sums[i * k + li] / (sizes[li] - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) {
      if (c === li || sizes[c] === 0) continue;
      const mean = sums[i * k + c] / sizes[c];
      if (mean < b) b = mean;
    }
    const denom = Math.max(a, b);
    total += denom > 0 ? (b - a) / denom : 0;
  }
  return total / counted;
}

/** Silhouette of a labelling, on a seeded sample of at most `sampleSize` rows. */
export function silhouetteScore(X: DenseMatrix, labels: Int32Array, options: { sampleSize?: number; randomState?: number } = {}): number {
  const sampleSize = options.sampleSize ?? 5000;
  let k = 0;
  for (const l of labels) if (l + 1 > k) k = l + 1;
  if (X.rows <= sampleSize) return silhouetteFromDistances(pairwiseDistances(X), labels, k);
  const rows = sampleIndices(createRng(options.randomState ?? 0), X.rows, sampleSize).sort();
  return silhouetteFromDistances(
    pairwiseDistances(takeMatrixRows(X, rows)),
    Int32Array.from(rows, (r) => labels[r]),
    k,
  );
}
