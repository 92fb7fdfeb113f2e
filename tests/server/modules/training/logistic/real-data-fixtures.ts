/**
 * Shared by the real-data logistic tests: our fit and metrics on stratifiedSplit(testSize
 * 0.25, randomState 42), and scikit-learn's LogisticRegression (C=1, same preprocessing,
 * same test rows) from ../shared/bench/sklearn_reference.py, computed live when
 * /usr/bin/python3 has scikit-learn, else the stored figures below.
 */
import { takeRows } from '../../../../../server/src/modules/training/data/feature-table.js';
import { trainLogisticRegression } from '../../../../../server/src/modules/training/logistic/logistic-regression.js';
import { chooseThreshold } from '../../../../../server/src/modules/training/metrics/classification-metrics.js';
import { evaluate } from '../../../../../server/src/modules/training/metrics/evaluate.js';
import { stratifiedSplit } from '../../../../../server/src/modules/training/split.js';
import type { LoadedDataset } from '../../../../helpers/datasets.js';
import { runSklearnReference } from '../../../../helpers/sklearn.js';

/**
 * Test ROC AUC of scikit-learn 1.2.1 on our stratifiedSplit(testSize 0.25, randomState 42), from
 *   /usr/bin/python3 ../shared/bench/sklearn_reference.py --csv ../shared/datasets/ifood-marketing-campaign.csv \
 *     --target Response --test-rows <our test indices as JSON> --algorithms LOGISTIC_REGRESSION
 *   /usr/bin/python3 ../shared/bench/sklearn_reference.py --csv ../shared/datasets/bank-full.csv \
 *     --target y --drop duration --test-rows <our test indices as JSON> --algorithms LOGISTIC_REGRESSION
 */
export const STORED_SKLEARN = { ifood: 0.9082, bank: 0.7638 };

export function sklearnAuc(
  csv: string,
  { target, drop }: { target: string; drop?: string[] },
  testRows: Int32Array,
  stored: number,
): number {
  const live = runSklearnReference({ csv, target, drop, testRows, algorithms: ['LOGISTIC_REGRESSION'], timeoutMs: 60_000 });
  return live ? live.models.LOGISTIC_REGRESSION.rocAuc : stored;
}

export function fitAndEvaluate({ table, y }: LoadedDataset) {
  const { train, test } = stratifiedSplit(y, { testSize: 0.25, randomState: 42 });
  const yTrain = Uint8Array.from(train, (i) => y[i]);
  const yTest = Uint8Array.from(test, (i) => y[i]);
  const trainTable = takeRows(table, train);
  const model = trainLogisticRegression(trainTable, yTrain);
  const threshold = chooseThreshold(yTrain, model.predictProba(trainTable));
  return { test, model, metrics: evaluate(yTest, model.predictProba(takeRows(table, test)), threshold) };
}
