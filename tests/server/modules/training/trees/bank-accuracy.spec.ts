/**
 * The tree learners on bank-full (45,211 rows, `duration` left out as a leak) against the
 * stored scikit-learn figures: running the reference live would take longer than this
 * whole file, so these come from
 *   /usr/bin/python3 ../shared/bench/sklearn_reference.py --csv ../shared/datasets/bank-full.csv --target y \
 *     --drop duration --test-rows <stratifiedSplit(testSize 0.25, randomState 42) test indices as JSON> \
 *     --algorithms RANDOM_FOREST,DECISION_TREE,GRADIENT_BOOSTING
 * (scikit-learn 1.2.1). Our forest uses 30 trees here to keep the file fast.
 */
import { describe, expect, it } from 'vitest';
import { BANK, loadBank, reasonIfMissing } from '../../../../helpers/datasets.js';
import { takeRows } from '../../../../../server/src/modules/training/data/feature-table.js';
import { rocAuc } from '../../../../../server/src/modules/training/metrics/roc-auc.js';
import { stratifiedSplit } from '../../../../../server/src/modules/training/split.js';
import { trainDecisionTree } from '../../../../../server/src/modules/training/trees/decision-tree.js';
import { trainGradientBoosting } from '../../../../../server/src/modules/training/trees/gradient-boosting.js';
import { trainRandomForest } from '../../../../../server/src/modules/training/trees/random-forest.js';

const STORED_SKLEARN = { RANDOM_FOREST: 0.7879, DECISION_TREE: 0.7427, GRADIENT_BOOSTING: 0.7977 };

describe.skipIf(reasonIfMissing(BANK))('tree learners on bank-full', () => {
  const { table, y } = loadBank();
  const { train, test } = stratifiedSplit(y, { testSize: 0.25, randomState: 42 });
  const trainTable = takeRows(table, train);
  const testTable = takeRows(table, test);
  const yTrain = Uint8Array.from(train, (i) => y[i]);
  const yTest = Uint8Array.from(test, (i) => y[i]);

  it.each([
    ['DECISION_TREE', () => trainDecisionTree(trainTable, yTrain)],
    ['RANDOM_FOREST', () => trainRandomForest(trainTable, yTrain, { nEstimators: 30 })],
    ['GRADIENT_BOOSTING', () => trainGradientBoosting(trainTable, yTrain)],
  ] as const)('%s test ROC AUC is within 0.02 of scikit-learn', (algorithm, fit) => {
    const auc = rocAuc(yTest, fit().predictProba(testTable));
    console.info(`bank-full ${algorithm}: AUC ${auc.toFixed(4)} (scikit-learn ${STORED_SKLEARN[algorithm]})`);
    expect(auc).toBeGreaterThanOrEqual(STORED_SKLEARN[algorithm] - 0.02);
  });
});
