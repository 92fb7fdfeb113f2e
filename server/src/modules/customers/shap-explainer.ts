/**
 * One face for the exact contributions of every algorithm: a model plus its training rows
 * (the background the expectations run over) -> an explainer that scores and explains rows.
 * Tree models get TreeSHAP, logistic regression the exact linear Shapley values.
 */
import type { FeatureTable } from '../training/data/feature-table.js';
import { LogisticRegressionModel } from '../training/logistic/logistic-regression.js';
import type { TrainedModel } from '../training/model-registry.js';
import { CompiledForest } from '../training/trees/compiled-forest.js';
import { linearExplainer, linearShap, linearShapInto } from './linear-shap.js';
import { LinearTreeShap } from './linear-tree-shap.js';
import { nodeCovers, treeExplainer, treeShapInto, type ShapResult, type ShapScale } from './tree-shap.js';

export type { ShapResult, ShapScale } from './tree-shap.js';

export interface ShapExplainer {
  scale: ShapScale;
  baseValue: number;
  /** The mean predicted probability over the background rows (on the log-odds scale this is not sigmoid(baseValue)). */
  averageProbability: number;
  /** The model's features, in the order of ShapResult.phi. */
  features: string[];
  explain(table: FeatureTable, rows?: ArrayLike<number>): ShapResult[];
  /** Rows into flat arrays (row k's contributions at phi[k * features.length + j]); see explainRows. */
  explainInto(table: FeatureTable, rows: ArrayLike<number>, phi: Float64Array, outputs: Float64Array): void;
}

export function shapExplainer(model: TrainedModel, background: FeatureTable): ShapExplainer {
  const p = model.predictProba(background);
  let averageProbability = 0;
  for (let i = 0; i < p.length; i++) averageProbability += p[i] / p.length;
  if (model instanceof CompiledForest) {
    const ex = treeExplainer(model, nodeCovers(model, background));
    const walker = new LinearTreeShap(ex, ex.tables);
    return {
      scale: ex.scale,
      baseValue: ex.baseValue,
      averageProbability,
      features: model.features.map((f) => f.name),
      explain: (table, rows) =>
        resultsOf(
          ex.scale,
          ex.baseValue,
          model.features.length,
          (r, phi, out) => treeShapInto(ex, walker, table, r, phi, out),
          table,
          rows,
        ),
      explainInto: (table, rows, phi, outputs) => treeShapInto(ex, walker, table, rows, phi, outputs),
    };
  }
  if (model instanceof LogisticRegressionModel) {
    const ex = linearExplainer(model, background);
    return {
      scale: 'LOG_ODDS',
      baseValue: ex.baseValue,
      averageProbability,
      features: model.pipeline.features.map((f) => f.name),
      explain: (table, rows) => linearShap(ex, table, rows),
      explainInto: (table, rows, phi, outputs) => linearShapInto(ex, table, rows, phi, outputs),
    };
  }
  throw new Error('This kind of model cannot be explained customer by customer.');
}

/** Flat results (explainInto) as one ShapResult per row. */
function resultsOf(
  scale: ShapScale,
  baseValue: number,
  m: number,
  into: (rows: ArrayLike<number>, phi: Float64Array, outputs: Float64Array) => void,
  table: FeatureTable,
  rows?: ArrayLike<number>,
): ShapResult[] {
  const indices = rows ?? Array.from({ length: table.rowCount }, (_, i) => i);
  const phi = new Float64Array(indices.length * m);
  const outputs = new Float64Array(indices.length);
  into(indices, phi, outputs);
  return Array.from({ length: indices.length }, (_, k) => ({
    scale,
    baseValue,
    phi: phi.subarray(k * m, (k + 1) * m),
    output: outputs[k],
  }));
}

/** A result's output as a probability. */
export function probabilityOf(result: Pick<ShapResult, 'scale' | 'output'>): number {
  return result.scale === 'LOG_ODDS' ? 1 / (1 + Math.exp(-result.output)) : result.output;
}
