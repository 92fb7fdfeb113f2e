/**
 * Worker thread for a scored list's reasons: exact TreeSHAP contributions of a part of a
 * batch (list-explainer.ts splits each batch over the pool's threads). The explainer is
 * built once per model in each thread (the forest's arrays and the node covers come with
 * every task in shared memory, not copied) and kept for the next tasks.
 */
import { LinearTreeShap } from '../customers/linear-tree-shap.js';
import { treeExplainer, treeShapInto, type TreeExplainer } from '../customers/tree-shap.js';
import type { FeatureTable } from '../training/data/feature-table.js';
import { CompiledForest, type ForestArrays, type ForestHeader } from '../training/trees/compiled-forest.js';

export interface ExplainTask {
  /** Names the model version and its covers: a thread reuses the explainer it built for it. */
  key: string;
  header: ForestHeader;
  arrays: ForestArrays;
  covers: Float64Array;
  table: FeatureTable;
}

export interface ExplainAnswer {
  /** rowCount x features, row-major. */
  phi: Float64Array;
  output: Float64Array;
}

let cached: { key: string; explainer: TreeExplainer; walker: LinearTreeShap } | null = null;

export default function explainPart(task: ExplainTask): ExplainAnswer {
  if (cached?.key !== task.key) {
    const explainer = treeExplainer(new CompiledForest(task.header, task.arrays), task.covers);
    cached = { key: task.key, explainer, walker: new LinearTreeShap(explainer, explainer.tables) };
  }
  const n = task.table.rowCount;
  const m = cached.explainer.forest.features.length;
  const phi = new Float64Array(n * m);
  const output = new Float64Array(n);
  treeShapInto(
    cached.explainer,
    cached.walker,
    task.table,
    Int32Array.from({ length: n }, (_, i) => i),
    phi,
    output,
  );
  return { phi, output };
}
