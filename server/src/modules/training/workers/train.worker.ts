/**
 * Worker-thread entry for everything CPU-heavy in training: building the feature table
 * from the dataset's column store, fitting a model, and scoring it on held-out rows. Runs in a piscina
 * pool so the HTTP thread never does this work.
 */
import type { MessagePort } from 'node:worker_threads';
import { takeRows, type FeatureTable } from '../data/feature-table.js';
import { chooseThreshold } from '../metrics/classification-metrics.js';
import { curves, evaluate } from '../metrics/evaluate.js';
import type { Algorithm } from '../../../domain/algorithms.js';
import { loadModel, trainModel, type ModelParams } from '../model-registry.js';
import type { ColumnStore } from '../../datasets/column-store/column-store.js';
import type { ColumnSpec } from '../pipeline/build-feature-table.js';
import { featureTableFromStore } from '../pipeline/store-feature-table.js';
import { CompiledForest } from '../trees/compiled-forest.js';
import { pathCachedPredictor } from '../trees/path-cached-predictor.js';
import { mergeForests } from '../trees/random-forest.js';
import { loadTreeModel } from '../trees/tree-model.js';
import { computeExplanations } from './explain-task.js';

export type WorkerTask =
  | { type: 'prepare'; columns: ColumnSpec[]; store: ColumnStore; target: string; positiveLabel?: string }
  | {
      type: 'train';
      algorithm: Algorithm;
      table: FeatureTable;
      y: Uint8Array;
      train: Int32Array;
      params: ModelParams;
      port?: MessagePort;
    }
  | { type: 'merge-forest'; parts: unknown[] }
  | {
      type: 'evaluate';
      algorithm: Algorithm;
      model: unknown;
      table: FeatureTable;
      y: Uint8Array;
      train: Int32Array;
      test: Int32Array;
      port?: MessagePort;
    }
  | {
      type: 'explain';
      algorithm: Algorithm;
      model: unknown;
      table: FeatureTable;
      y: Uint8Array;
      test: Int32Array;
      labels: Record<string, string>;
      /** The features this part explains (the run splits them between the workers). */
      features: string[];
      port?: MessagePort;
    };

export default function run(task: WorkerTask) {
  switch (task.type) {
    case 'prepare': {
      // Shared-memory arrays: the table goes to every later task without a copy.
      const built = featureTableFromStore(task.store, task.columns, { target: task.target, positiveLabel: task.positiveLabel });
      return { table: built.table, y: built.y, rowIndex: built.rowIndex, dateReferences: built.dateReferences };
    }
    case 'train': {
      const started = performance.now();
      const model = trainModel(task.algorithm, takeRows(task.table, task.train), pick(task.y, task.train), task.params, (fraction) =>
        task.port?.postMessage(fraction),
      );
      return { model: model.toJSON(), fitSeconds: (performance.now() - started) / 1000 };
    }
    case 'merge-forest':
      return mergeForests(task.parts.map((p) => loadTreeModel(p as never))).toJSON();
    case 'evaluate': {
      const model = loadModel(task.algorithm, task.model);
      const yTest = pick(task.y, task.test);
      // The decision threshold is chosen on training rows (max F1), never on the test rows.
      const threshold = chooseThreshold(pick(task.y, task.train), model.predictProba(takeRows(task.table, task.train)));
      task.port?.postMessage(0.5);
      const testPredictions = model.predictProba(takeRows(task.table, task.test));
      return { metrics: evaluate(yTest, testPredictions, threshold), curves: curves(yTest, testPredictions) };
    }
    case 'explain': {
      const model = loadModel(task.algorithm, task.model);
      const testTable = takeRows(task.table, task.test);
      // Tree models re-walk only the paths a permuted feature touches (exact, see path-cached-predictor.ts).
      const predict =
        model instanceof CompiledForest ? pathCachedPredictor(model, testTable) : (table: FeatureTable) => model.predictProba(table);
      return computeExplanations(predict, testTable, pick(task.y, task.test), task.labels, task.features, (f) => task.port?.postMessage(f));
    }
  }
}

function pick(y: Uint8Array, rows: Int32Array): Uint8Array {
  const out = new Uint8Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = y[rows[i]];
  return out;
}
