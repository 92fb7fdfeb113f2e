/**
 * Best split of one feature from its histogram. Histograms are interleaved triples per bin
 * (sum of gradients G, sum of hessians H, row count C). A split's gain is
 * G_L²/(H_L+λ) + G_R²/(H_R+λ) − G²/(H+λ): with G = positives and H = row weights (λ = 0)
 * this is exactly twice the weighted Gini decrease, and with logistic-loss gradients it is
 * the Newton (XGBoost / LightGBM) gain, so one search serves every tree learner.
 */
import { MASK_WORDS } from './tree-structure.js';

export interface SplitConstraints {
  minSamplesLeaf: number;
  minHessianLeaf: number;
  l2Regularization: number;
  /** Added to H when ordering categories by G/H (LightGBM's cat_smooth). */
  catSmooth: number;
  /** Categories with fewer rows in the node take no part in ordering; they follow the larger child. */
  minCatSupport: number;
}

/** The best split found so far for a node (mutated in place: no allocation per search). */
export class SplitCandidate {
  gain = -Infinity;
  feature = -1;
  threshold = 0;
  missingLeft = 0;
  categorical = false;
  readonly mask = new Uint32Array(MASK_WORDS);

  reset(minGain: number): void {
    this.gain = minGain;
    this.feature = -1;
    this.categorical = false;
  }
}

/**
 * A split search over one feature's histogram at a node: `hist` from `base` holds (G, H, count)
 * per bin, the last bin the missing values; G/H/C are the node's totals. It raises `best`
 * when it finds a better split under the constraints `k`.
 */
type SplitSearch = (
  hist: Float64Array,
  base: number,
  nBins: number,
  feature: number,
  G: number,
  H: number,
  C: number,
  k: SplitConstraints,
  best: SplitCandidate,
) => void;

const sortedBins = new Int32Array(256);
const sortedRatio = new Float64Array(256);

export const searchNumeric: SplitSearch = (hist, base, nBins, feature, G, H, C, k, best) => {
  const lambda = k.l2Regularization;
  const parent = (G * G) / (H + lambda);
  const missing = base + 3 * (nBins - 1);
  const gm = hist[missing];
  const hm = hist[missing + 1];
  const cm = hist[missing + 2];
  const minC = k.minSamplesLeaf;
  const minH = k.minHessianLeaf;
  let gl = 0;
  let hl = 0;
  let cl = 0;
  for (let b = 0; b < nBins - 1; b++) {
    const at = base + 3 * b;
    const c = hist[at + 2];
    if (c === 0) continue; // an empty bin gives the same partition as its non-empty predecessor
    gl += hist[at];
    hl += hist[at + 1];
    cl += c;
    // Missing rows to the right.
    let cr = C - cl;
    let hr = H - hl;
    if (cl >= minC && cr >= minC && hl >= minH && hr >= minH) {
      const gr = G - gl;
      const gain = (gl * gl) / (hl + lambda) + (gr * gr) / (hr + lambda) - parent;
      if (gain > best.gain) {
        best.gain = gain;
        best.feature = feature;
        best.threshold = b;
        best.categorical = false;
        // With no missing rows here, unseen missing values follow the larger child (as sklearn does).
        best.missingLeft = cm === 0 && cl >= cr ? 1 : 0;
      }
    }
    if (cm === 0) continue;
    // Missing rows to the left.
    const cl2 = cl + cm;
    const hl2 = hl + hm;
    cr = C - cl2;
    hr = H - hl2;
    if (cl2 >= minC && cr >= minC && hl2 >= minH && hr >= minH) {
      const gl2 = gl + gm;
      const gr = G - gl2;
      const gain = (gl2 * gl2) / (hl2 + lambda) + (gr * gr) / (hr + lambda) - parent;
      if (gain > best.gain) {
        best.gain = gain;
        best.feature = feature;
        best.threshold = b;
        best.categorical = false;
        best.missingLeft = 1;
      }
    }
  }
};

/**
 * Categories (missing and "other" included) ordered by G/(H+smooth); the best binary
 * partition is a prefix of that order (Fisher 1958; Breiman et al. for two classes).
 */
export const searchCategorical: SplitSearch = (hist, base, nBins, feature, G, H, C, k, best) => {
  const support = Math.max(1, k.minCatSupport);
  let used = 0;
  for (let b = 0; b < nBins; b++) {
    const at = base + 3 * b;
    if (hist[at + 2] < support) continue;
    const ratio = hist[at] / (hist[at + 1] + k.catSmooth);
    // Insertion sort: at most 256 entries, and no comparator closures.
    let j = used++;
    while (j > 0 && sortedRatio[j - 1] > ratio) {
      sortedRatio[j] = sortedRatio[j - 1];
      sortedBins[j] = sortedBins[j - 1];
      j--;
    }
    sortedRatio[j] = ratio;
    sortedBins[j] = b;
  }
  if (used < 2) return;
  const lambda = k.l2Regularization;
  const parent = (G * G) / (H + lambda);
  let gl = 0;
  let hl = 0;
  let cl = 0;
  let bestPrefix = -1;
  let bestLeftCount = 0;
  let supportedCount = 0;
  for (let j = 0; j < used; j++) supportedCount += hist[base + 3 * sortedBins[j] + 2];
  for (let j = 0; j < used - 1; j++) {
    const at = base + 3 * sortedBins[j];
    gl += hist[at];
    hl += hist[at + 1];
    cl += hist[at + 2];
    const cr = C - cl;
    const hr = H - hl;
    if (cl < k.minSamplesLeaf || cr < k.minSamplesLeaf || hl < k.minHessianLeaf || hr < k.minHessianLeaf) continue;
    const gr = G - gl;
    const gain = (gl * gl) / (hl + lambda) + (gr * gr) / (hr + lambda) - parent;
    if (gain > best.gain) {
      best.gain = gain;
      bestPrefix = j;
      bestLeftCount = cl;
    }
  }
  if (bestPrefix < 0) return;
  best.feature = feature;
  best.categorical = true;
  best.missingLeft = 0;
  const mask = best.mask;
  mask.fill(0);
  // Bins without (enough) rows here, including unseen levels' "other" bin, follow the larger side.
  const leftIsLarger = bestLeftCount >= supportedCount - bestLeftCount;
  if (leftIsLarger) {
    for (let b = 0; b < nBins; b++) mask[b >>> 5] |= 1 << (b & 31);
    for (let j = bestPrefix + 1; j < used; j++) mask[sortedBins[j] >>> 5] &= ~(1 << (sortedBins[j] & 31));
  } else {
    for (let j = 0; j <= bestPrefix; j++) mask[sortedBins[j] >>> 5] |= 1 << (sortedBins[j] & 31);
  }
};
