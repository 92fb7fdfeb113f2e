/**
 * Exact Shapley values of the logistic regression in log-odds. The model is linear in its
 * encoded columns, so with features independent of each other (the interventional game,
 * as TreeSHAP uses) column j contributes w_j * (x_j - E[x_j]) exactly, E over the training
 * rows. The pipeline's columns of one original feature (one-hot levels, a missing
 * indicator) are one block, summed back to that feature as permutation importance groups
 * them; a block's sum is the exact Shapley value of the feature as a player.
 */
import type { FeatureTable } from '../training/data/feature-table.js';
import type { LogisticRegressionModel } from '../training/logistic/logistic-regression.js';
import { transform } from '../training/pipeline/fit-pipeline.js';
import type { ShapResult } from './tree-shap.js';

export interface LinearExplainer {
  model: LogisticRegressionModel;
  /** Mean of each encoded column over the training rows. */
  means: Float64Array;
  baseValue: number;
}

export function linearExplainer(model: LogisticRegressionModel, background: FeatureTable): LinearExplainer {
  if (background.rowCount < 1) throw new Error('linearExplainer needs at least one training row.');
  const x = transform(model.pipeline, background);
  const means = new Float64Array(x.cols);
  for (let i = 0; i < x.rows; i++) for (let j = 0; j < x.cols; j++) means[j] += x.data[i * x.cols + j];
  let baseValue = model.intercept;
  for (let j = 0; j < x.cols; j++) {
    means[j] /= x.rows;
    baseValue += model.coefficients[j] * means[j];
  }
  return { model, means, baseValue };
}

/** Rows of `table` into flat arrays: row k's contributions at phi[k * features + j], its output at outputs[k]. */
export function linearShapInto(
  explainer: LinearExplainer,
  table: FeatureTable,
  rows: ArrayLike<number>,
  phi: Float64Array,
  outputs: Float64Array,
): void {
  const { model, means } = explainer;
  const x = transform(model.pipeline, table);
  const featureOf = model.pipeline.featureOf;
  const m = model.pipeline.features.length;
  phi.fill(0, 0, rows.length * m);
  for (let k = 0; k < rows.length; k++) {
    const offset = rows[k] * x.cols;
    let output = model.intercept;
    for (let j = 0; j < x.cols; j++) {
      const value = x.data[offset + j];
      output += model.coefficients[j] * value;
      phi[k * m + featureOf[j]] += model.coefficients[j] * (value - means[j]);
    }
    outputs[k] = output;
  }
}

/** One result per row of `table` (all rows, or `rows`); phi in the pipeline's feature order. */
export function linearShap(explainer: LinearExplainer, table: FeatureTable, rows?: ArrayLike<number>): ShapResult[] {
  const indices = rows ?? Array.from({ length: table.rowCount }, (_, i) => i);
  const m = explainer.model.pipeline.features.length;
  const phi = new Float64Array(indices.length * m);
  const outputs = new Float64Array(indices.length);
  linearShapInto(explainer, table, indices, phi, outputs);
  return Array.from({ length: indices.length }, (_, k) => ({
    scale: 'LOG_ODDS',
    baseValue: explainer.baseValue,
    phi: phi.subarray(k * m, (k + 1) * m),
    output: outputs[k],
  }));
}
