/**
 * Exact Shapley values of our compiled tree models: the polynomial-time TreeSHAP of
 * Lundberg et al. 2020 ("From local explanations to global understanding with explainable
 * AI for trees", Algorithm 2: one pass per tree, extending and unwinding the path of
 * unique features). v(S) is the tree's expected output when the features in S are fixed to
 * the customer's values and the rest follow the training rows (cover-weighted), as TreeSHAP
 * defines it. The customer's own branch at each split is the model's decision, missing-value
 * routing included, so baseValue + sum(phi) is exactly the model's output.
 *
 * Covers (training rows reaching each node) are not stored with the compiled trees, so they
 * are counted here by routing the training rows through them: baseValue is then the mean
 * output over those rows. Scale: log-odds for gradient boosting (the summed trees plus the
 * base score), probability for the forest and the single tree (mean of the trees).
 */
import type { FeatureTable } from '../training/data/feature-table.js';
import type { CompiledForest, TraversalInputs } from '../training/trees/compiled-forest.js';

export type ShapScale = 'LOG_ODDS' | 'PROBABILITY';

export interface ShapResult {
  scale: ShapScale;
  baseValue: number;
  /** Per model feature (the forest's feature order). */
  phi: Float64Array;
  /** The model's output on `scale`, computed directly (baseValue + sum(phi) equals it). */
  output: number;
}

/** A forest prepared for explaining: covers and per-node fractions computed once. */
export interface TreeExplainer {
  forest: CompiledForest;
  scale: ShapScale;
  baseValue: number;
  /** Leaf values already divided by the tree count for mean aggregation. */
  leafValue: Float64Array;
  /** cover(child) / cover(parent) for every non-root node. */
  fraction: Float64Array;
  maxDepth: number;
}

/** Training rows reaching each node of every tree (a node no row reaches gets 0). */
export function nodeCovers(forest: CompiledForest, background: FeatureTable): Float64Array {
  const inputs = forest.inputsFor(background);
  const covers = new Float64Array(forest.nodeCount);
  const { treeRoots, feature } = forest.arrays;
  for (let t = 0; t < treeRoots.length; t++) {
    for (let i = 0; i < background.rowCount; i++) {
      let node = treeRoots[t];
      covers[node]++;
      while (feature[node] >= 0) {
        node = childFor(forest, inputs, node, i);
        covers[node]++;
      }
    }
  }
  return covers;
}

export function treeExplainer(forest: CompiledForest, covers: Float64Array): TreeExplainer {
  const { treeRoots, feature, left, right, value } = forest.arrays;
  const n = forest.nodeCount;
  if (covers.length !== n) throw new Error(`treeExplainer: ${covers.length} covers for ${n} nodes.`);
  const mean = forest.aggregation === 'mean';
  const leafValue = new Float64Array(n);
  for (let i = 0; i < n; i++) leafValue[i] = mean ? value[i] / treeRoots.length : value[i];
  const fraction = new Float64Array(n);
  let maxDepth = 0;
  let baseValue = mean ? 0 : forest.baseScore;
  const expected = new Float64Array(n);
  for (let t = 0; t < treeRoots.length; t++) {
    // Nodes are stored parent-before-child, so one backwards sweep gives expectations bottom-up.
    const root = treeRoots[t];
    const end = t + 1 < treeRoots.length ? treeRoots[t + 1] : n;
    const depth = new Int32Array(end - root);
    for (let node = root; node < end; node++) {
      if (feature[node] < 0) continue;
      const [l, r] = [left[node], right[node]];
      depth[l - root] = depth[r - root] = depth[node - root] + 1;
      maxDepth = Math.max(maxDepth, depth[l - root]);
      // A node no training row reached splits its (zero) weight evenly: any split keeps the
      // values exact Shapley values of a valid game, and avoids 0 / 0.
      const total = covers[node];
      fraction[l] = total > 0 ? covers[l] / total : 0.5;
      fraction[r] = total > 0 ? covers[r] / total : 0.5;
    }
    for (let node = end - 1; node >= root; node--) {
      expected[node] = feature[node] < 0 ? leafValue[node] : fraction[left[node]] * expected[left[node]] + fraction[right[node]] * expected[right[node]];
    }
    baseValue += expected[root];
  }
  return { forest, scale: mean ? 'PROBABILITY' : 'LOG_ODDS', baseValue, leafValue, fraction, maxDepth };
}

/** The child row `row` of the traversal inputs goes to at `node` (the model's own decision). */
function childFor(forest: CompiledForest, inputs: TraversalInputs, node: number, row: number): number {
  const { feature, threshold, left, right, missingLeft, maskOffset, masks } = forest.arrays;
  const f = feature[node];
  const offset = maskOffset[node];
  let goLeft: boolean;
  if (offset >= 0) {
    const bin = (inputs.bins[f] as Int32Array)[row];
    goLeft = ((masks[offset + (bin >>> 5)] >>> (bin & 31)) & 1) === 1;
  } else {
    const v = (inputs.numeric[f] as Float64Array)[row];
    goLeft = v !== v ? missingLeft[node] === 1 : v <= threshold[node];
  }
  return goLeft ? left[node] : right[node];
}

/** Scratch for the unique-feature paths: one segment per recursion depth (shap's layout). */
class PathBuffer {
  readonly feature: Int32Array;
  readonly zero: Float64Array;
  readonly one: Float64Array;
  readonly weight: Float64Array;
  constructor(maxDepth: number) {
    const size = ((maxDepth + 2) * (maxDepth + 3)) / 2;
    this.feature = new Int32Array(size);
    this.zero = new Float64Array(size);
    this.one = new Float64Array(size);
    this.weight = new Float64Array(size);
  }
}

/**
 * Shapley values for rows of `table` (all rows, or `rows`): one result per row. The
 * explainer's work is O(T L D^2) per row (T trees, L leaves, D depth).
 */
export function treeShap(explainer: TreeExplainer, table: FeatureTable, rows?: ArrayLike<number>): ShapResult[] {
  const { forest } = explainer;
  const inputs = forest.inputsFor(table);
  const buffer = new PathBuffer(explainer.maxDepth);
  const indices = rows ?? Array.from({ length: table.rowCount }, (_, i) => i);
  const results: ShapResult[] = [];
  for (let k = 0; k < indices.length; k++) {
    const phi = new Float64Array(forest.features.length);
    shapRow(explainer, inputs, indices[k], buffer, phi);
    results.push({ scale: explainer.scale, baseValue: explainer.baseValue, phi, output: rawOutput(explainer, inputs, indices[k]) });
  }
  return results;
}

/** The model's own output on the explainer's scale (a plain walk, independent of the Shapley sums). */
export function rawOutput(explainer: TreeExplainer, inputs: TraversalInputs, row: number): number {
  const { forest } = explainer;
  const { treeRoots, feature } = forest.arrays;
  let sum = forest.aggregation === 'mean' ? 0 : forest.baseScore;
  for (let t = 0; t < treeRoots.length; t++) {
    let node = treeRoots[t];
    while (feature[node] >= 0) node = childFor(forest, inputs, node, row);
    sum += explainer.leafValue[node];
  }
  return sum;
}

/** Adds one row's contributions over all trees into `phi`. */
export function shapRow(explainer: TreeExplainer, inputs: TraversalInputs, row: number, buffer: PathBuffer | null, phi: Float64Array): void {
  const paths = buffer ?? new PathBuffer(explainer.maxDepth);
  const { treeRoots } = explainer.forest.arrays;
  for (let t = 0; t < treeRoots.length; t++) recurse(explainer, inputs, row, paths, phi, treeRoots[t], 0, 0, 1, 1, -1);
}

function recurse(
  ex: TreeExplainer,
  inputs: TraversalInputs,
  row: number,
  p: PathBuffer,
  phi: Float64Array,
  node: number,
  parentStart: number,
  uniqueDepth: number,
  zeroFraction: number,
  oneFraction: number,
  featureIndex: number,
): void {
  // This call's path segment follows its parent's; copy the parent's entries into it.
  const start = uniqueDepth === 0 ? 0 : parentStart + uniqueDepth;
  if (uniqueDepth > 0) {
    p.feature.copyWithin(start, parentStart, parentStart + uniqueDepth);
    p.zero.copyWithin(start, parentStart, parentStart + uniqueDepth);
    p.one.copyWithin(start, parentStart, parentStart + uniqueDepth);
    p.weight.copyWithin(start, parentStart, parentStart + uniqueDepth);
  }
  extendPath(p, start, uniqueDepth, zeroFraction, oneFraction, featureIndex);
  const { feature, left, right } = ex.forest.arrays;
  const split = feature[node];
  if (split < 0) {
    const value = ex.leafValue[node];
    for (let i = 1; i <= uniqueDepth; i++) {
      const w = unwoundPathSum(p, start, uniqueDepth, i);
      phi[p.feature[start + i]] += w * (p.one[start + i] - p.zero[start + i]) * value;
    }
    return;
  }
  const hot = childFor(ex.forest, inputs, node, row);
  const cold = hot === left[node] ? right[node] : left[node];
  let incomingZero = 1;
  let incomingOne = 1;
  let depth = uniqueDepth;
  // A feature already on the path: undo its earlier split so each feature appears once.
  let at = 1;
  while (at <= depth && p.feature[start + at] !== split) at++;
  if (at <= depth) {
    incomingZero = p.zero[start + at];
    incomingOne = p.one[start + at];
    unwindPath(p, start, depth, at);
    depth--;
  }
  recurse(ex, inputs, row, p, phi, hot, start, depth + 1, ex.fraction[hot] * incomingZero, incomingOne, split);
  recurse(ex, inputs, row, p, phi, cold, start, depth + 1, ex.fraction[cold] * incomingZero, 0, split);
}

function extendPath(p: PathBuffer, s: number, depth: number, zero: number, one: number, featureIndex: number): void {
  p.feature[s + depth] = featureIndex;
  p.zero[s + depth] = zero;
  p.one[s + depth] = one;
  p.weight[s + depth] = depth === 0 ? 1 : 0;
  for (let i = depth - 1; i >= 0; i--) {
    p.weight[s + i + 1] += (one * p.weight[s + i] * (i + 1)) / (depth + 1);
    p.weight[s + i] = (zero * p.weight[s + i] * (depth - i)) / (depth + 1);
  }
}

function unwindPath(p: PathBuffer, s: number, depth: number, index: number): void {
  const one = p.one[s + index];
  const zero = p.zero[s + index];
  let nextOnePortion = p.weight[s + depth];
  for (let i = depth - 1; i >= 0; i--) {
    if (one !== 0) {
      const tmp = p.weight[s + i];
      p.weight[s + i] = (nextOnePortion * (depth + 1)) / ((i + 1) * one);
      nextOnePortion = tmp - (p.weight[s + i] * zero * (depth - i)) / (depth + 1);
    } else {
      p.weight[s + i] = (p.weight[s + i] * (depth + 1)) / (zero * (depth - i));
    }
  }
  for (let i = index; i < depth; i++) {
    p.feature[s + i] = p.feature[s + i + 1];
    p.zero[s + i] = p.zero[s + i + 1];
    p.one[s + i] = p.one[s + i + 1];
  }
}

function unwoundPathSum(p: PathBuffer, s: number, depth: number, index: number): number {
  const one = p.one[s + index];
  const zero = p.zero[s + index];
  let nextOnePortion = p.weight[s + depth];
  let total = 0;
  for (let i = depth - 1; i >= 0; i--) {
    if (one !== 0) {
      const tmp = (nextOnePortion * (depth + 1)) / ((i + 1) * one);
      total += tmp;
      nextOnePortion = p.weight[s + i] - (tmp * zero * (depth - i)) / (depth + 1);
    } else if (zero !== 0) {
      total += (p.weight[s + i] / zero) * ((depth + 1) / (depth - i));
    }
  }
  return total;
}
