/**
 * One face for the exact contributions of every algorithm: a model plus its training rows
 * (the background the expectations run over) -> an explainer that scores and explains rows.
 * Tree models get TreeSHAP, logistic regression the exact linear Shapley values.
 */
import type { FeatureTable } from '../training/data/feature-table.js';
import { LogisticRegressionModel } from '../training/logistic/logistic-regression.js';
import type { TrainedModel } from '../training/model-registry.js';
import { CompiledForest } from '../training/trees/compiled-forest.js';
import { linearExplainer, linearShap } from './linear-shap.js';
import { nodeCovers, treeExplainer, treeShap, type ShapResult, type ShapScale } from './tree-shap.js';

export type { ShapResult, ShapScale } from './tree-shap.js';

export interface ShapExplainer {
  scale: ShapScale;
  baseValue: number;
  /** The mean predicted probability over the background rows (on the log-odds scale this is not sigmoid(baseValue)). */
  averageProbability: number;
  /** The model's features, in the order of ShapResult.phi. */
  features: string[];
  explain(table: FeatureTable, rows?: ArrayLike<number>): ShapResult[];
}

export function shapExplainer(model: TrainedModel, background: FeatureTable): ShapExplainer {
  const p = model.predictProba(background);
  let averageProbability = 0;
  for (let i = 0; i < p.length; i++) averageProbability += p[i] / p.length;
  if (model instanceof CompiledForest) {
    const ex = treeExplainer(model, nodeCovers(model, background));
    return {
      scale: ex.scale,
      baseValue: ex.baseValue,
      averageProbability,
      features: model.features.map((f) => f.name),
      explain: (table, rows) => treeShap(ex, table, rows),
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
    };
  }
  throw new Error('This kind of model cannot be explained customer by customer.');
}

/** A result's output as a probability. */
export function probabilityOf(result: Pick<ShapResult, 'scale' | 'output'>): number {
  return result.scale === 'LOG_ODDS' ? 1 / (1 + Math.exp(-result.output)) : result.output;
}
