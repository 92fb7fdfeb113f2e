/**
 * Grows one tree on binned columns from per-row gradient/hessian sums (LightGBM /
 * HistGradientBoosting design). Rows live in one index array; a node owns a contiguous
 * range of it and splitting partitions that range in place, so growing a tree allocates
 * nothing of dataset size per node.
 *
 * Two histogram strategies:
 * - all features per split (decision tree, boosting): every open node keeps a full
 *   histogram; a split builds only the smaller child's and derives the larger one by
 *   subtracting it from the parent's (sibling subtraction), halving the work per level.
 * - feature subsampling (random forest): histograms are built per node only for the
 *   features drawn at that node; subtraction would need every feature's histogram, whose
 *   upkeep costs more than the node's rows once trees grow deep.
 */
import type { BinnedDataset } from './binning.js';
import { HistTree, isInMask } from './tree-structure.js';
import { SplitCandidate, searchCategorical, searchNumeric, type SplitConstraints } from './split-search.js';

export interface TreeGrowthOptions extends SplitConstraints {
  maxDepth: number;
  maxLeafNodes: number;
  minGainToSplit: number;
  /** Features drawn per split; >= the feature count means all (and sibling subtraction). */
  maxFeatures: number;
  /** 'ratio': leaf = G/H (class fraction); 'newton': leaf = -G/(H+λ) (boosting step). */
  leafValue: 'ratio' | 'newton';
}

/** Reusable buffers for growing many trees on one binned dataset (one per thread). */
export class TreeGrower {
  /** After grow(): rows[nodeStart[leaf]..nodeEnd[leaf]) are the rows of each leaf. */
  nodeStart: Int32Array;
  nodeEnd: Int32Array;
  private readonly featureOffset: Int32Array;
  private readonly totalBins: number;
  private readonly depth: Int32Array;
  private readonly sumG: Float64Array;
  private readonly sumH: Float64Array;
  private readonly candFeature: Int32Array;
  private readonly histOf: Int32Array;
  private readonly pending: Int32Array;
  private readonly temp: Int32Array;
  private readonly permutation: Int32Array;
  private readonly histPool: Float64Array[] = [];
  private readonly freeHists: number[] = [];
  private readonly candidate = new SplitCandidate();
  private readonly subsample: boolean;
  /** The one histogram buffer of subsampling mode (features are searched one at a time). */
  private readonly scratch: Float64Array;

  constructor(
    private readonly data: BinnedDataset,
    private readonly options: TreeGrowthOptions,
  ) {
    const f = data.columns.length;
    this.featureOffset = new Int32Array(f);
    let total = 0;
    for (let j = 0; j < f; j++) {
      this.featureOffset[j] = total;
      total += data.nBins[j];
    }
    this.totalBins = total;
    // A tree of n rows has at most 2n - 1 nodes: size once, never resize.
    const maxNodes = 2 * data.rowCount + 1;
    this.nodeStart = new Int32Array(maxNodes);
    this.nodeEnd = new Int32Array(maxNodes);
    this.depth = new Int32Array(maxNodes);
    this.sumG = new Float64Array(maxNodes);
    this.sumH = new Float64Array(maxNodes);
    this.candFeature = new Int32Array(maxNodes);
    this.histOf = new Int32Array(maxNodes);
    this.pending = new Int32Array(maxNodes);
    this.temp = new Int32Array(data.rowCount);
    this.permutation = Int32Array.from({ length: f }, (_, j) => j);
    this.subsample = options.maxFeatures < f;
    this.scratch = new Float64Array(this.subsample ? 3 * total : 0);
  }

  /**
   * Grows a tree on rows[0..nRows) (reordered in place) with per-row statistics indexed by
   * dataset row. `rng` draws the features per split when subsampling.
   */
  grow(rows: Int32Array, nRows: number, g: Float64Array, h: Float64Array, rng: () => number): HistTree {
    const tree = new HistTree();
    // Reset so a tree depends only on its own rng (forests trained in parts must match).
    for (let j = 0; j < this.permutation.length; j++) this.permutation[j] = j;
    let G = 0;
    let H = 0;
    for (let i = 0; i < nRows; i++) {
      G += g[rows[i]];
      H += h[rows[i]];
    }
    const root = this.openNode(tree, 0, nRows, 0, G, H);
    let open = 0;
    let leaves = 1;
    if (!this.subsample && this.canSplit(root)) {
      const hist = this.acquireHist();
      this.buildHistogram(this.histPool[hist], rows, 0, nRows, g, h);
      this.histOf[root] = hist;
    }
    if (this.evaluate(tree, root, rows, g, h, rng)) this.pending[open++] = root;
    const bestFirst = Number.isFinite(this.options.maxLeafNodes);
    while (open > 0 && leaves < this.options.maxLeafNodes) {
      let pick = open - 1;
      if (bestFirst) for (let i = 0; i < open - 1; i++) if (tree.gain[this.pending[i]] > tree.gain[this.pending[pick]]) pick = i;
      const node = this.pending[pick];
      this.pending[pick] = this.pending[--open];
      const [left, right] = this.split(tree, node, rows, g, h);
      leaves++;
      if (this.evaluate(tree, left, rows, g, h, rng)) this.pending[open++] = left;
      if (this.evaluate(tree, right, rows, g, h, rng)) this.pending[open++] = right;
    }
    for (let i = 0; i < open; i++) this.releaseHist(this.pending[i]);
    return tree;
  }

  private openNode(tree: HistTree, start: number, end: number, depth: number, G: number, H: number): number {
    const o = this.options;
    const value = o.leafValue === 'ratio' ? (H > 0 ? G / H : 0) : -G / (H + o.l2Regularization);
    const id = tree.addNode(value, end - start);
    this.nodeStart[id] = start;
    this.nodeEnd[id] = end;
    this.depth[id] = depth;
    this.sumG[id] = G;
    this.sumH[id] = H;
    this.histOf[id] = -1;
    return id;
  }

  private canSplit(node: number): boolean {
    const o = this.options;
    const count = this.nodeEnd[node] - this.nodeStart[node];
    if (this.depth[node] >= o.maxDepth || count < 2 * o.minSamplesLeaf || this.sumH[node] < 2 * o.minHessianLeaf) return false;
    // A pure node cannot gain from a split; float noise must not make it try.
    return o.leafValue !== 'ratio' || (this.sumG[node] > 0 && this.sumG[node] < this.sumH[node]);
  }

  /** Finds the node's best split; true when it is worth splitting (kept open). */
  private evaluate(tree: HistTree, node: number, rows: Int32Array, g: Float64Array, h: Float64Array, rng: () => number): boolean {
    if (!this.canSplit(node)) {
      this.releaseHist(node);
      return false;
    }
    const best = this.candidate;
    const G = this.sumG[node];
    const H = this.sumH[node];
    // Relative floor so that rounding noise is never taken for an improvement.
    best.reset(Math.max(this.options.minGainToSplit, 1e-12 * ((G * G) / (H + this.options.l2Regularization) + 1)));
    const start = this.nodeStart[node];
    const end = this.nodeEnd[node];
    const C = end - start;
    const data = this.data;
    if (this.subsample) {
      const hist = this.scratch;
      const perm = this.permutation;
      const f = perm.length;
      let drawn = 0;
      // Like sklearn, constant features do not count towards maxFeatures.
      for (let j = 0; j < f && drawn < this.options.maxFeatures; j++) {
        const pick = j + Math.floor(rng() * (f - j));
        const feature = perm[pick];
        perm[pick] = perm[j];
        perm[j] = feature;
        this.buildFeatureHistogram(hist, rows, start, end, feature, g, h);
        if (this.isConstant(hist, feature)) continue;
        drawn++;
        this.search(hist, feature, G, H, C, best);
      }
    } else {
      const hist = this.histPool[this.histOf[node]];
      for (let feature = 0; feature < data.columns.length; feature++) this.search(hist, feature, G, H, C, best);
    }
    if (best.feature < 0) {
      this.releaseHist(node);
      return false;
    }
    this.candFeature[node] = best.feature;
    tree.gain[node] = best.gain;
    tree.missingLeft[node] = best.missingLeft;
    tree.threshold[node] = best.threshold;
    tree.maskOffset[node] = best.categorical ? tree.addMask(best.mask) : -1;
    return true;
  }

  private search(hist: Float64Array, feature: number, G: number, H: number, C: number, best: SplitCandidate): void {
    const base = 3 * this.featureOffset[feature];
    const nBins = this.data.nBins[feature];
    if (this.data.categorical[feature] === 1) searchCategorical(hist, base, nBins, feature, G, H, C, this.options, best);
    else searchNumeric(hist, base, nBins, feature, G, H, C, this.options, best);
  }

  private isConstant(hist: Float64Array, feature: number): boolean {
    const base = 3 * this.featureOffset[feature];
    const nBins = this.data.nBins[feature];
    let nonEmpty = 0;
    for (let b = 0; b < nBins && nonEmpty < 2; b++) if (hist[base + 3 * b + 2] > 0) nonEmpty++;
    return nonEmpty < 2;
  }

  /** Partitions the node's rows (stable), opens both children and hands histograms down. */
  private split(tree: HistTree, node: number, rows: Int32Array, g: Float64Array, h: Float64Array): [number, number] {
    const feature = this.candFeature[node];
    const column = this.data.columns[feature];
    const missingBin = this.data.missingBin[feature];
    const missingLeft = tree.missingLeft[node] === 1;
    const threshold = tree.threshold[node];
    const maskOffset = tree.maskOffset[node];
    const masks = tree.masks;
    const start = this.nodeStart[node];
    const end = this.nodeEnd[node];
    const temp = this.temp;
    let l = start;
    let t = 0;
    let gl = 0;
    let hl = 0;
    let gr = 0;
    let hr = 0;
    for (let i = start; i < end; i++) {
      const r = rows[i];
      const bin = column[r];
      const goLeft = maskOffset >= 0 ? isInMask(masks, maskOffset, bin) : bin === missingBin ? missingLeft : bin <= threshold;
      if (goLeft) {
        rows[l++] = r;
        gl += g[r];
        hl += h[r];
      } else {
        temp[t++] = r;
        gr += g[r];
        hr += h[r];
      }
    }
    rows.set(temp.subarray(0, t), l);
    const depth = this.depth[node] + 1;
    const left = this.openNode(tree, start, l, depth, gl, hl);
    const right = this.openNode(tree, l, end, depth, gr, hr);
    tree.feature[node] = feature;
    tree.left[node] = left;
    tree.right[node] = right;
    if (!this.subsample) this.handDownHistograms(node, left, right, rows, g, h);
    return [left, right];
  }

  private handDownHistograms(parent: number, left: number, right: number, rows: Int32Array, g: Float64Array, h: Float64Array): void {
    const parentHist = this.histOf[parent];
    this.histOf[parent] = -1;
    const leftSmaller = this.nodeEnd[left] - this.nodeStart[left] <= this.nodeEnd[right] - this.nodeStart[right];
    const small = leftSmaller ? left : right;
    const large = leftSmaller ? right : left;
    const smallOpen = this.canSplit(small);
    const largeOpen = this.canSplit(large);
    if (largeOpen) {
      const smallHist = this.acquireHist();
      const s = this.histPool[smallHist];
      this.buildHistogram(s, rows, this.nodeStart[small], this.nodeEnd[small], g, h);
      const p = this.histPool[parentHist];
      for (let i = 0, n = 3 * this.totalBins; i < n; i++) p[i] -= s[i];
      this.histOf[large] = parentHist;
      if (smallOpen) this.histOf[small] = smallHist;
      else this.freeHists.push(smallHist);
    } else if (smallOpen) {
      this.buildHistogram(this.histPool[parentHist], rows, this.nodeStart[small], this.nodeEnd[small], g, h);
      this.histOf[small] = parentHist;
    } else {
      this.freeHists.push(parentHist);
    }
  }

  private buildHistogram(hist: Float64Array, rows: Int32Array, start: number, end: number, g: Float64Array, h: Float64Array): void {
    for (let feature = 0; feature < this.data.columns.length; feature++) this.buildFeatureHistogram(hist, rows, start, end, feature, g, h);
  }

  private buildFeatureHistogram(
    hist: Float64Array,
    rows: Int32Array,
    start: number,
    end: number,
    feature: number,
    g: Float64Array,
    h: Float64Array,
  ): void {
    const base = 3 * this.featureOffset[feature];
    hist.fill(0, base, base + 3 * this.data.nBins[feature]);
    const column = this.data.columns[feature];
    for (let i = start; i < end; i++) {
      const r = rows[i];
      const at = base + 3 * column[r];
      hist[at] += g[r];
      hist[at + 1] += h[r];
      hist[at + 2] += 1;
    }
  }

  private acquireHist(): number {
    const free = this.freeHists.pop();
    if (free !== undefined) return free;
    this.histPool.push(new Float64Array(3 * this.totalBins));
    return this.histPool.length - 1;
  }

  private releaseHist(node: number): void {
    if (this.subsample || this.histOf[node] < 0) return;
    this.freeHists.push(this.histOf[node]);
    this.histOf[node] = -1;
  }
}
