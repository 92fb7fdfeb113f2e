/**
 * k-means (ml-kmeans, k-means++ init) with seeded restarts, and the automatic choice of k
 * by silhouette on a sample. Large tables: k is chosen on a sample, then the chosen
 * centroids are refined with Lloyd iterations on every row and every row is assigned.
 */
import { kmeans as mlKmeans } from 'ml-kmeans';
import { createRng, sampleIndices } from '../../common/random.js';
import { fromArrays, takeMatrixRows, toArrays, type DenseMatrix } from './dense-matrix.js';
import { silhouetteFromDistances, pairwiseDistances } from './silhouette.js';
import { message } from '../phrasing/catalogue.js';

export interface KMeansOptions {
  /** Restarts from different k-means++ seeds; the lowest inertia wins. */
  nInit?: number;
  maxIterations?: number;
  tolerance?: number;
  randomState?: number;
}

export interface KMeansFit {
  k: number;
  centroids: DenseMatrix;
  labels: Int32Array;
  inertia: number;
  iterations: number;
}

export interface Assignment {
  labels: Int32Array;
  /** Squared distance of each row to its centroid. */
  distances: Float64Array;
  inertia: number;
}

export function assignNearest(centroids: DenseMatrix, X: DenseMatrix): Assignment {
  if (centroids.cols !== X.cols) throw new Error(`Centroids have ${centroids.cols} columns; the customers have ${X.cols}.`);
  const { rows: n, cols: d, data } = X;
  const c = centroids.data;
  const k = centroids.rows;
  const labels = new Int32Array(n);
  const distances = new Float64Array(n);
  let inertia = 0;
  for (let i = 0; i < n; i++) {
    let best = Infinity;
    let bestJ = 0;
    const p = i * d;
    for (let j = 0; j < k; j++) {
      let s = 0;
      for (let t = 0, q = j * d; t < d; t++, q++) {
        const diff = data[p + t] - c[q];
        s += diff * diff;
      }
      if (s < best) {
        best = s;
        bestJ = j;
      }
    }
    labels[i] = bestJ;
    distances[i] = best;
    inertia += best;
  }
  return { labels, distances, inertia };
}

function validate(X: DenseMatrix, k: number): void {
  if (!Number.isInteger(k) || k < 1) throw new Error(`k must be a positive integer; got ${k}.`);
  if (X.rows < k) throw new Error(message('error.segmentation.tooFewForK', { k, count: X.rows }));
  if (X.cols === 0) throw new Error('The segmentation matrix has no columns.');
}

function lloyd(X: DenseMatrix, init: number[][], maxIterations: number, tolerance: number): KMeansFit {
  const result = mlKmeans(toArrays(X), init.length, { initialization: init, maxIterations, tolerance });
  const centroids = fromArrays(result.centroids);
  const { labels, inertia } = assignNearest(centroids, X);
  return { k: init.length, centroids, labels, inertia, iterations: result.iterations };
}

export function fitKMeans(X: DenseMatrix, k: number, options: KMeansOptions = {}): KMeansFit {
  validate(X, k);
  const nInit = options.nInit ?? 4;
  if (!Number.isInteger(nInit) || nInit < 1) throw new Error(`nInit must be a positive integer; got ${nInit}.`);
  const rng = createRng(options.randomState ?? 0);
  const data = toArrays(X);
  let best: KMeansFit | null = null;
  for (let run = 0; run < nInit; run++) {
    const seed = Math.floor(rng() * 2 ** 31);
    const result = mlKmeans(data, k, {
      initialization: 'kmeans++',
      seed,
      maxIterations: options.maxIterations ?? 300,
      tolerance: options.tolerance ?? 1e-6,
    });
    const centroids = fromArrays(result.centroids);
    // Labels from the final centroids (ml-kmeans's are from the step before its last update).
    const { labels, inertia } = assignNearest(centroids, X);
    if (!best || inertia < best.inertia) best = { k, centroids, labels, inertia, iterations: result.iterations };
  }
  return best!;
}

export interface ChooseKOptions extends KMeansOptions {
  /** Smallest k chosen automatically (default 3: two segments are rarely something to act on); k = 2 is still scored for the chart. */
  kMin?: number;
  /** Largest k tried (default 8). */
  kMax?: number;
  /** A k whose smallest segment holds less than this share of the customers is not chosen (default 0.05). */
  minShare?: number;
  /** Silhouettes this close to the best count as a tie, won by the larger k (default 0.01). */
  silhouetteTolerance?: number;
  /** Rows used for choosing k (silhouette is O(n^2)); the rest are assigned afterwards. */
  sampleSize?: number;
}

export interface KChoice {
  k: number;
  /** Mean silhouette on the sample (higher = better separated). */
  silhouette: number;
  /** Sum of squared distances to the centroids on the sample (for an elbow plot). */
  inertia: number;
  /** The smallest segment's share of the sample. */
  smallestShare: number;
  /** Whether this k could be chosen (k >= kMin, smallest segment at least minShare). */
  eligible: boolean;
}

export interface ChooseKResult {
  k: number;
  choices: KChoice[];
  /** The winning fit on the sample. */
  sampleFit: KMeansFit;
  sample: Int32Array | null;
  /** The settings the choice was made under, for saying why. */
  kMin: number;
  minShare: number;
  /** The k with the highest silhouette (differs from k when a larger k tied with it). */
  bestSilhouetteK: number;
  tolerance: number;
}

function smallestShare(labels: Int32Array, k: number): number {
  const sizes = new Int32Array(k);
  for (const l of labels) sizes[l]++;
  let min = Infinity;
  for (const s of sizes) if (s < min) min = s;
  return labels.length > 0 ? min / labels.length : 0;
}

/**
 * k by silhouette on a sample, among kMin..kMax (default 3..8) where every segment holds at
 * least minShare (5 %) of the customers: the best-separated split is often k = 2 (big vs small
 * spenders), which a marketer cannot act on, and a high silhouette can come from splitting off
 * a handful of outliers. k = 2 is still scored, for the chart. When no k qualifies the best
 * silhouette from kMin up wins; with fewer customers than kMin + 1, k goes down to 2.
 * Silhouettes within `silhouetteTolerance` of the best are a tie that the larger k wins: such
 * differences are within what another sample or seed changes (iFood: k = 3 scores 0.396, k = 4
 * 0.395), and the finer split gives more specific campaigns (there, a segment answering 1.9x
 * the base rate instead of 1.5x).
 */
export function chooseK(X: DenseMatrix, options: ChooseKOptions = {}, onProgress?: (fraction: number) => void): ChooseKResult {
  const sampleSize = options.sampleSize ?? 5000;
  const minShare = options.minShare ?? 0.05;
  const sample = X.rows > sampleSize ? sampleIndices(createRng((options.randomState ?? 0) ^ 0x5eed), X.rows, sampleSize).sort() : null;
  const S = sample ? takeMatrixRows(X, sample) : X;
  const kMax = Math.min(options.kMax ?? 8, S.rows - 1);
  if (options.kMin !== undefined && (!Number.isInteger(options.kMin) || options.kMin < 2))
    throw new Error(`kMin must be an integer of at least 2; got ${options.kMin}.`);
  const kMin = Math.min(options.kMin ?? 3, Math.max(2, kMax));
  if (kMax < kMin) throw new Error(`Cannot choose k between ${kMin} and ${options.kMax ?? 8} with ${S.rows} customers.`);
  const first = Math.min(2, kMin);
  const distances = pairwiseDistances(S);
  const choices: KChoice[] = [];
  const fits = new Map<number, KMeansFit>();
  for (let k = first; k <= kMax; k++) {
    const fit = fitKMeans(S, k, { ...options, randomState: (options.randomState ?? 0) + k });
    const score = silhouetteFromDistances(distances, fit.labels, k);
    const smallest = smallestShare(fit.labels, k);
    choices.push({ k, silhouette: score, inertia: fit.inertia, smallestShare: smallest, eligible: k >= kMin && smallest >= minShare });
    fits.set(k, fit);
    onProgress?.((k - first + 1) / (kMax - first + 1));
  }
  const pool = choices.some((c) => c.eligible) ? choices.filter((c) => c.eligible) : choices.filter((c) => c.k >= kMin);
  const top = pool.reduce((a, b) => (b.silhouette > a.silhouette ? b : a));
  const tolerance = options.silhouetteTolerance ?? 0.01;
  const best = pool.filter((c) => c.silhouette >= top.silhouette - tolerance).reduce((a, b) => (b.k > a.k ? b : a));
  return { k: best.k, choices, sampleFit: fits.get(best.k)!, sample, kMin, minShare, bestSilhouetteK: top.k, tolerance };
}

/** k-means on every row: restarts when k is given, else k chosen on a sample and refined on all rows. */
export function kmeansSegments(
  X: DenseMatrix,
  options: ChooseKOptions & { k?: number },
  onProgress?: (fraction: number) => void,
): { fit: KMeansFit; choice: ChooseKResult | null } {
  if (options.k !== undefined) {
    const fit = fitKMeans(X, options.k, options);
    onProgress?.(1);
    return { fit, choice: null };
  }
  const choice = chooseK(X, options, (f) => onProgress?.(f * 0.9));
  const fit = choice.sample
    ? lloyd(X, toArrays(choice.sampleFit.centroids), options.maxIterations ?? 300, options.tolerance ?? 1e-6)
    : choice.sampleFit;
  onProgress?.(1);
  return { fit, choice };
}
