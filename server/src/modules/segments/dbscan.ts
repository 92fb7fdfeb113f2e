/**
 * DBSCAN via `density-clustering`. That package scans every point for every region query
 * and merges neighbour lists with indexOf, so it is at least O(n^2) (measured: 4,000 rows
 * 0.2 s, 8,000 rows 1.1 s, growing faster than n^2). Larger tables are therefore clustered
 * on a seeded sample (and the package's quadratic neighbour-list merge is swapped for an
 * equivalent linear one, see fastMerge); every other row joins the cluster of its nearest core sample point
 * within eps, or is noise (-1), which is how DBSCAN itself treats border points.
 */
import densityClustering from 'density-clustering';
import { createRng, sampleIndices } from '../../common/random.js';
import { fromArrays, takeMatrixRows, toArrays, type DenseMatrix } from './dense-matrix.js';

export interface DbscanOptions {
  /** Neighbourhood radius; omitted = the knee of the sorted k-distances. */
  eps?: number;
  /** Points (itself included) within eps that make a point a core point; default max(5, 2 * columns). */
  minPts?: number;
  /** Rows DBSCAN runs on; the rest are assigned to the nearest core point. */
  sampleSize?: number;
  randomState?: number;
}

export interface DbscanModel {
  eps: number;
  minPts: number;
  /** Core points of the sample (scaled coordinates) and their clusters: enough to place new customers. */
  corePoints: number[][];
  coreLabels: number[];
}

export interface DbscanResult {
  labels: Int32Array;
  clusterCount: number;
  noiseCount: number;
  sampled: boolean;
  model: DbscanModel;
}

export function defaultMinPts(cols: number): number {
  return Math.max(5, 2 * cols);
}

/**
 * Distance from each row to its k-th nearest row, the row itself counted as the first
 * (so with k = minPts a row is a core point exactly when this is below eps), ascending.
 */
export function kDistances(X: DenseMatrix, k: number): Float64Array {
  const { rows: n, cols: d, data } = X;
  if (k < 2 || k > n) throw new Error(`k must be between 2 and the number of rows (${n}); got ${k}.`);
  const m = k - 1;
  const out = new Float64Array(n);
  const nearest = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    nearest.fill(Infinity);
    const p = i * d;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      let s = 0;
      for (let t = 0, q = j * d; t < d; t++, q++) {
        const diff = data[p + t] - data[q];
        s += diff * diff;
      }
      if (s >= nearest[m - 1]) continue;
      let pos = m - 1;
      while (pos > 0 && nearest[pos - 1] > s) {
        nearest[pos] = nearest[pos - 1];
        pos--;
      }
      nearest[pos] = s;
    }
    out[i] = Math.sqrt(nearest[m - 1]);
  }
  return out.sort();
}

/** The knee of an ascending curve: the point farthest below the chord from its first to its last point. */
export function kneeIndex(sorted: Float64Array): number {
  const n = sorted.length;
  if (n < 3) return n - 1;
  const y0 = sorted[0];
  const range = sorted[n - 1] - y0;
  if (!(range > 0)) return n - 1;
  let best = 0;
  let bestGap = -Infinity;
  for (let i = 0; i < n; i++) {
    const gap = i / (n - 1) - (sorted[i] - y0) / range;
    if (gap > bestGap) {
      bestGap = gap;
      best = i;
    }
  }
  return best;
}

export function suggestEps(X: DenseMatrix, minPts: number): number {
  const distances = kDistances(X, minPts);
  const eps = distances[kneeIndex(distances)];
  // density-clustering's neighbourhood is strict (< eps): nudge so the knee row itself is core.
  return eps > 0 ? eps * (1 + 1e-9) : 1e-9;
}

function countNeighbours(X: DenseMatrix, eps: number): Int32Array {
  const { rows: n, cols: d, data } = X;
  const eps2 = eps * eps;
  const counts = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    counts[i]++;
    for (let j = i + 1; j < n; j++) {
      let s = 0;
      for (let t = 0, p = i * d, q = j * d; t < d; t++, p++, q++) {
        const diff = data[p] - data[q];
        s += diff * diff;
      }
      if (s < eps2) {
        counts[i]++;
        counts[j]++;
      }
    }
  }
  return counts;
}

/** Nearest core point within eps, or -1 (noise). */
export function assignToCores(model: DbscanModel, X: DenseMatrix): Int32Array {
  const labels = new Int32Array(X.rows).fill(-1);
  const eps2 = model.eps * model.eps;
  const { cols: d, data } = X;
  const cores = fromArrays(model.corePoints.length > 0 ? model.corePoints : []);
  if (cores.rows > 0 && cores.cols !== d) throw new Error(`Core points have ${cores.cols} columns; the customers have ${d}.`);
  const c = cores.data;
  for (let i = 0; i < X.rows; i++) {
    let best = eps2;
    const p = i * d;
    for (let j = 0; j < cores.rows; j++) {
      let s = 0;
      for (let t = 0, q = j * d; t < d && s < best; t++, q++) {
        const diff = data[p + t] - c[q];
        s += diff * diff;
      }
      if (s < best) {
        best = s;
        labels[i] = model.coreLabels[j];
      }
    }
  }
  return labels;
}

/**
 * density-clustering merges a core point's neighbours into the cluster's growing list with
 * `indexOf` per id, O(list) each: on dense data (many identical customers) that made 5,000
 * rows take 12 s. Same result with a marker array: membership in O(1), reset per cluster.
 */
function fastMerge(rows: number): (a: number[], b: number[]) => number[] {
  const marks = new Uint8Array(rows);
  let current: number[] | null = null;
  return (a, b) => {
    if (a !== current) {
      marks.fill(0);
      for (const p of a) marks[p] = 1;
      current = a;
    }
    for (const p of b) {
      if (marks[p] === 0) {
        marks[p] = 1;
        a.push(p);
      }
    }
    return a;
  };
}

/** The rows DBSCAN runs on: all of them, or the seeded sample runDbscan itself would take. */
export function dbscanSample(X: DenseMatrix, sampleSize = 5000, randomState = 0): DenseMatrix {
  return X.rows > sampleSize ? takeMatrixRows(X, sampleIndices(createRng(randomState), X.rows, sampleSize).sort()) : X;
}

/** DBSCAN on every row of S: cluster per row (-1 = noise) and the number of clusters. */
export function dbscanLabels(S: DenseMatrix, eps: number, minPts: number): { labels: Int32Array; clusterCount: number } {
  const dbscan = new densityClustering.DBSCAN();
  dbscan._mergeArrays = fastMerge(S.rows);
  const clusters = dbscan.run(toArrays(S), eps, minPts);
  // Labels come from the clusters only: the package's noise list keeps points that later became border points.
  const labels = new Int32Array(S.rows).fill(-1);
  clusters.forEach((members, c) => members.forEach((i) => (labels[i] = c)));
  return { labels, clusterCount: clusters.length };
}

export function runDbscan(X: DenseMatrix, options: DbscanOptions = {}): DbscanResult {
  const minPts = options.minPts ?? defaultMinPts(X.cols);
  const sampleSize = options.sampleSize ?? 5000;
  if (!Number.isInteger(minPts) || minPts < 2) throw new Error(`minPts must be an integer of at least 2; got ${minPts}.`);
  if (X.rows < minPts) throw new Error(`DBSCAN needs at least minPts (${minPts}) customers; got ${X.rows}.`);
  if (options.eps !== undefined && !(options.eps > 0)) throw new Error(`eps must be positive; got ${options.eps}.`);
  const sample = X.rows > sampleSize ? sampleIndices(createRng(options.randomState ?? 0), X.rows, sampleSize).sort() : null;
  const S = sample ? takeMatrixRows(X, sample) : X;
  const eps = options.eps ?? suggestEps(S, minPts);
  const { labels: sampleLabels, clusterCount } = dbscanLabels(S, eps, minPts);
  const counts = countNeighbours(S, eps);
  const corePoints: number[][] = [];
  const coreLabels: number[] = [];
  for (let i = 0; i < S.rows; i++) {
    if (counts[i] >= minPts && sampleLabels[i] >= 0) {
      corePoints.push(Array.from(S.data.subarray(i * S.cols, (i + 1) * S.cols)));
      coreLabels.push(sampleLabels[i]);
    }
  }
  const model: DbscanModel = { eps, minPts, corePoints, coreLabels };
  let labels: Int32Array = sampleLabels;
  if (sample) {
    labels = assignToCores(model, X);
    // Sampled rows keep DBSCAN's own verdict (border points included).
    sample.forEach((row, i) => (labels[row] = sampleLabels[i]));
  }
  let noiseCount = 0;
  for (const l of labels) if (l < 0) noiseCount++;
  return { labels, clusterCount, noiseCount, sampled: sample !== null, model };
}
