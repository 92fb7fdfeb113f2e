/**
 * Exact Shapley values of our compiled tree models: TreeSHAP's game (Lundberg et al. 2020,
 * "From local explanations to global understanding with explainable AI for trees"), solved
 * by the linear-time algorithm of linear-tree-shap.ts; the published Algorithm 2 is
 * tree-shap-paths.ts (the reference it is tested and benched against). v(S) is the tree's expected output when the features in S are fixed to
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
import { LinearTreeShap, linearTreeTables, type LinearTreeTables } from './linear-tree-shap.js';
import type { ShapScale, TreeExplainerBase } from './tree-explainer.types.js';

export type { ShapScale, TreeExplainerBase } from './tree-explainer.types.js';

export interface ShapResult {
  scale: ShapScale;
  baseValue: number;
  /** Per model feature (the forest's feature order). */
  phi: Float64Array;
  /** The model's output on `scale`, computed directly (baseValue + sum(phi) equals it). */
  output: number;
}

/** A forest prepared for explaining: covers and per-node fractions computed once. */
export interface TreeExplainer extends TreeExplainerBase {
  /** The per-edge tables of the linear-time algorithm. */
  tables: LinearTreeTables;
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
      expected[node] =
        feature[node] < 0 ? leafValue[node] : fraction[left[node]] * expected[left[node]] + fraction[right[node]] * expected[right[node]];
    }
    baseValue += expected[root];
  }
  const explainer = { forest, scale: mean ? 'PROBABILITY' : 'LOG_ODDS', baseValue, leafValue, fraction, maxDepth } as const;
  return { ...explainer, tables: linearTreeTables(explainer) };
}

/** The child row `row` of the traversal inputs goes to at `node` (the model's own decision). */
export function childFor(forest: CompiledForest, inputs: TraversalInputs, node: number, row: number): number {
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

/**
 * Shapley values for rows of `table` (all rows, or `rows`) into flat arrays: row k's
 * contributions at phi[k * features + j], its output at outputs[k]. By the linear-time
 * algorithm (linear-tree-shap.ts), O(T N Q) per row; `walker` keeps its buffers between calls.
 */
export function treeShapInto(
  explainer: TreeExplainer,
  walker: LinearTreeShap,
  table: FeatureTable,
  rows: ArrayLike<number>,
  phi: Float64Array,
  outputs: Float64Array,
): void {
  const m = explainer.forest.features.length;
  phi.fill(0, 0, rows.length * m);
  walker.explainRows(explainer.forest.inputsFor(table), rows, phi, m, outputs);
}

/** One result per row of `table` (all rows, or `rows`). */
export function treeShap(explainer: TreeExplainer, table: FeatureTable, rows?: ArrayLike<number>): ShapResult[] {
  const indices = rows ?? Array.from({ length: table.rowCount }, (_, i) => i);
  const m = explainer.forest.features.length;
  const phi = new Float64Array(indices.length * m);
  const outputs = new Float64Array(indices.length);
  treeShapInto(explainer, new LinearTreeShap(explainer, explainer.tables), table, indices, phi, outputs);
  return Array.from({ length: indices.length }, (_, k) => ({
    scale: explainer.scale,
    baseValue: explainer.baseValue,
    phi: phi.subarray(k * m, (k + 1) * m),
    output: outputs[k],
  }));
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
