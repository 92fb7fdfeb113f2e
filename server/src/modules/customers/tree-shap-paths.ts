/**
 * The published TreeSHAP (Lundberg et al. 2020, Algorithm 2: one pass per tree, extending
 * and unwinding the path of unique features), O(T L D^2) per row. The app explains with the
 * linear-time algorithm (linear-tree-shap.ts); this one stays as the reference the tests
 * compare it with and the bench measures it against.
 */
import type { FeatureTable } from '../training/data/feature-table.js';
import type { TraversalInputs } from '../training/trees/compiled-forest.js';
import { childFor, rawOutput, type ShapResult, type TreeExplainer } from './tree-shap.js';

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
export function pathTreeShap(explainer: TreeExplainer, table: FeatureTable, rows?: ArrayLike<number>): ShapResult[] {
  const { forest } = explainer;
  const inputs = forest.inputsFor(table);
  const walker = new ShapWalker(explainer, inputs);
  const indices = rows ?? Array.from({ length: table.rowCount }, (_, i) => i);
  const results: ShapResult[] = [];
  for (let k = 0; k < indices.length; k++) {
    const phi = new Float64Array(forest.features.length);
    walker.explainRow(indices[k], phi);
    results.push({ scale: explainer.scale, baseValue: explainer.baseValue, phi, output: rawOutput(explainer, inputs, indices[k]) });
  }
  return results;
}

/**
 * Algorithm 2 for one row at a time. The path arrays and the forest's node arrays are fields
 * of one object so the hot loops read them without lookups through nested objects.
 */
class ShapWalker {
  private readonly pf: Int32Array;
  private readonly pz: Float64Array;
  private readonly po: Float64Array;
  private readonly pw: Float64Array;
  private readonly feature: Int32Array;
  private readonly left: Int32Array;
  private readonly right: Int32Array;
  private readonly leafValue: Float64Array;
  private readonly fraction: Float64Array;
  /** The child the row goes to, per node of the current tree walk (-1 for leaves). */
  private readonly hotChild: Int32Array;
  private phi: Float64Array = new Float64Array(0);

  constructor(
    private readonly ex: TreeExplainer,
    private readonly inputs: TraversalInputs,
  ) {
    const buffer = new PathBuffer(ex.maxDepth);
    this.pf = buffer.feature;
    this.pz = buffer.zero;
    this.po = buffer.one;
    this.pw = buffer.weight;
    const a = ex.forest.arrays;
    this.feature = a.feature;
    this.left = a.left;
    this.right = a.right;
    this.leafValue = ex.leafValue;
    this.fraction = ex.fraction;
    this.hotChild = new Int32Array(ex.forest.nodeCount);
  }

  /** Adds one row's contributions over all trees into `phi`. */
  explainRow(row: number, phi: Float64Array): void {
    this.phi = phi;
    const { forest } = this.ex;
    const { feature } = this;
    // The row's branch at every split, decided once (the model's own rule, missing values included).
    for (let node = 0; node < feature.length; node++)
      this.hotChild[node] = feature[node] >= 0 ? childFor(forest, this.inputs, node, row) : -1;
    const roots = forest.arrays.treeRoots;
    for (let t = 0; t < roots.length; t++) this.recurse(roots[t], 0, 0, 1, 1, -1);
  }

  private recurse(
    node: number,
    parentStart: number,
    uniqueDepth: number,
    zeroFraction: number,
    oneFraction: number,
    featureIndex: number,
  ): void {
    const { pf, pz, po, pw } = this;
    // This call's path segment follows its parent's; copy the parent's entries into it.
    const start = uniqueDepth === 0 ? 0 : parentStart + uniqueDepth;
    for (let i = 0; i < uniqueDepth; i++) {
      pf[start + i] = pf[parentStart + i];
      pz[start + i] = pz[parentStart + i];
      po[start + i] = po[parentStart + i];
      pw[start + i] = pw[parentStart + i];
    }
    extendPath(pf, pz, po, pw, start, uniqueDepth, zeroFraction, oneFraction, featureIndex);
    const split = this.feature[node];
    if (split < 0) {
      this.leaf(node, start, uniqueDepth);
      return;
    }
    const hot = this.hotChild[node];
    const cold = hot === this.left[node] ? this.right[node] : this.left[node];
    let incomingZero = 1;
    let incomingOne = 1;
    let depth = uniqueDepth;
    // A feature already on the path: undo its earlier split so each feature appears once.
    let at = 1;
    while (at <= depth && pf[start + at] !== split) at++;
    if (at <= depth) {
      incomingZero = pz[start + at];
      incomingOne = po[start + at];
      unwindPath(pf, pz, po, pw, start, depth, at);
      depth--;
    }
    this.recurse(hot, start, depth + 1, this.fraction[hot] * incomingZero, incomingOne, split);
    this.recurse(cold, start, depth + 1, this.fraction[cold] * incomingZero, 0, split);
  }

  /**
   * The leaf's share for every feature on its path. A feature whose splits the row does not
   * all follow (one fraction 0) gets the same sum, -value * sum_i w_i (d+1)/(d-i), whatever
   * its zero fraction (Fast TreeSHAP v1's observation), so it is computed once per leaf.
   */
  private leaf(node: number, s: number, depth: number): void {
    const { pf, pz, po, pw, phi } = this;
    const value = this.leafValue[node];
    let coldShare = Number.NaN;
    for (let i = 1; i <= depth; i++) {
      const one = po[s + i];
      if (one === 0) {
        if (coldShare !== coldShare) {
          coldShare = 0;
          for (let k = depth - 1; k >= 0; k--) coldShare += (pw[s + k] * (depth + 1)) / (depth - k);
        }
        phi[pf[s + i]] -= coldShare * value;
        continue;
      }
      const zero = pz[s + i];
      let nextOnePortion = pw[s + depth];
      let total = 0;
      for (let k = depth - 1; k >= 0; k--) {
        const tmp = (nextOnePortion * (depth + 1)) / ((k + 1) * one);
        total += tmp;
        nextOnePortion = pw[s + k] - (tmp * zero * (depth - k)) / (depth + 1);
      }
      phi[pf[s + i]] += total * (one - zero) * value;
    }
  }
}

function extendPath(
  pf: Int32Array,
  pz: Float64Array,
  po: Float64Array,
  pw: Float64Array,
  s: number,
  depth: number,
  zero: number,
  one: number,
  featureIndex: number,
): void {
  pf[s + depth] = featureIndex;
  pz[s + depth] = zero;
  po[s + depth] = one;
  pw[s + depth] = depth === 0 ? 1 : 0;
  for (let i = depth - 1; i >= 0; i--) {
    pw[s + i + 1] += (one * pw[s + i] * (i + 1)) / (depth + 1);
    pw[s + i] = (zero * pw[s + i] * (depth - i)) / (depth + 1);
  }
}

function unwindPath(pf: Int32Array, pz: Float64Array, po: Float64Array, pw: Float64Array, s: number, depth: number, index: number): void {
  const one = po[s + index];
  const zero = pz[s + index];
  let nextOnePortion = pw[s + depth];
  for (let i = depth - 1; i >= 0; i--) {
    if (one !== 0) {
      const tmp = pw[s + i];
      pw[s + i] = (nextOnePortion * (depth + 1)) / ((i + 1) * one);
      nextOnePortion = tmp - (pw[s + i] * zero * (depth - i)) / (depth + 1);
    } else {
      pw[s + i] = (pw[s + i] * (depth + 1)) / (zero * (depth - i));
    }
  }
  for (let i = index; i < depth; i++) {
    pf[s + i] = pf[s + i + 1];
    pz[s + i] = pz[s + i + 1];
    po[s + i] = po[s + i + 1];
  }
}
