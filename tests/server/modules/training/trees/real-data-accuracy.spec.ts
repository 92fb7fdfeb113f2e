/**
 * Accuracy of the tree learners on the real iFood data against scikit-learn on the same
 * split (computed live when /usr/bin/python3 has scikit-learn, else the stored figures),
 * and against ml-random-forest (the library these learners replace) as an oracle.
 */
import { RandomForestClassifier } from 'ml-random-forest';
import { describe, expect, it } from 'vitest';
import { IFOOD, loadIfood, reasonIfMissing } from '../../../../helpers/datasets.js';
import { runSklearnReference } from '../../../../helpers/sklearn.js';
import { takeRows, type FeatureTable } from '../../../../../server/src/modules/training/data/feature-table.js';
import { rocAuc } from '../../../../../server/src/modules/training/metrics/roc-auc.js';
import { stratifiedSplit } from '../../../../../server/src/modules/training/split.js';
import { trainDecisionTree } from '../../../../../server/src/modules/training/trees/decision-tree.js';
import { trainGradientBoosting } from '../../../../../server/src/modules/training/trees/gradient-boosting.js';
import { trainRandomForest } from '../../../../../server/src/modules/training/trees/random-forest.js';

type Algorithm = 'DECISION_TREE' | 'RANDOM_FOREST' | 'GRADIENT_BOOSTING';

/**
 * Test ROC AUC of scikit-learn 1.2.1 on this split, produced by
 *   /usr/bin/python3 ../shared/bench/sklearn_reference.py --csv ../shared/datasets/ifood-marketing-campaign.csv \
 *     --target Response --test-rows <our test indices as JSON> --algorithms RANDOM_FOREST,DECISION_TREE,GRADIENT_BOOSTING
 */
const STORED_SKLEARN: Record<Algorithm, number> = { RANDOM_FOREST: 0.8974, DECISION_TREE: 0.7903, GRADIENT_BOOSTING: 0.9115 };

function sklearnAucs(testRows: Int32Array): Record<Algorithm, number> {
  const models = runSklearnReference({
    csv: IFOOD,
    target: 'Response',
    testRows,
    algorithms: ['RANDOM_FOREST', 'DECISION_TREE', 'GRADIENT_BOOSTING'],
  })?.models;
  if (!models) return STORED_SKLEARN;
  return {
    RANDOM_FOREST: models.RANDOM_FOREST.rocAuc,
    DECISION_TREE: models.DECISION_TREE.rocAuc,
    GRADIENT_BOOSTING: models.GRADIENT_BOOSTING.rocAuc,
  };
}

/** ml-random-forest needs a dense matrix: medians for missing numbers, level codes for categories. */
function toMatrix(table: FeatureTable, medians?: number[]): { x: number[][]; medians: number[] } {
  const fills =
    medians ??
    table.features.map((f) => {
      if (f.kind === 'CATEGORICAL') return -1;
      const present = Array.from(f.values)
        .filter((v) => !Number.isNaN(v))
        .sort((a, b) => a - b);
      return present[Math.floor(present.length / 2)] ?? 0;
    });
  const x = Array.from({ length: table.rowCount }, (_, i) =>
    table.features.map((f, j) => {
      const v = f.kind === 'CATEGORICAL' ? f.codes[i] : f.values[i];
      return Number.isNaN(v) ? fills[j] : v;
    }),
  );
  return { x, medians: fills };
}

describe.skipIf(reasonIfMissing(IFOOD))('tree learners on iFood', () => {
  const { table, y } = loadIfood();
  const { train, test } = stratifiedSplit(y, { testSize: 0.25, randomState: 42 });
  const trainTable = takeRows(table, train);
  const testTable = takeRows(table, test);
  const yTrain = Uint8Array.from(train, (i) => y[i]);
  const yTest = Uint8Array.from(test, (i) => y[i]);
  const reference = sklearnAucs(test);

  it.each([
    ['DECISION_TREE', () => trainDecisionTree(trainTable, yTrain)],
    ['RANDOM_FOREST', () => trainRandomForest(trainTable, yTrain)],
    ['GRADIENT_BOOSTING', () => trainGradientBoosting(trainTable, yTrain)],
  ] as const)('%s test ROC AUC is within 0.02 of scikit-learn', (algorithm, fit) => {
    const auc = rocAuc(yTest, fit().predictProba(testTable));
    console.info(`iFood ${algorithm}: AUC ${auc.toFixed(4)} (scikit-learn ${reference[algorithm]})`);
    expect(auc).toBeGreaterThanOrEqual(reference[algorithm] - 0.02);
  });

  it('random forest ranks at least as well as ml-random-forest on a 600-row subset', () => {
    const subset = stratifiedSplit(y, { testSize: 600 / y.length, randomState: 7 }).test;
    const ySub = Uint8Array.from(subset, (i) => y[i]);
    const inner = stratifiedSplit(ySub, { testSize: 0.3, randomState: 7 });
    const fitRows = Int32Array.from(inner.train, (k) => subset[k]);
    const holdRows = Int32Array.from(inner.test, (k) => subset[k]);
    const yFit = Uint8Array.from(fitRows, (i) => y[i]);
    const yHold = Uint8Array.from(holdRows, (i) => y[i]);
    const fitTable = takeRows(table, fitRows);
    const holdTable = takeRows(table, holdRows);

    const ours = rocAuc(yHold, trainRandomForest(fitTable, yFit, { nEstimators: 20, randomState: 1 }).predictProba(holdTable));
    const fitMatrix = toMatrix(fitTable);
    const oracle = new RandomForestClassifier({ nEstimators: 20, seed: 1 });
    oracle.train(fitMatrix.x, Array.from(yFit));
    const theirs = rocAuc(yHold, oracle.predictProbability(toMatrix(holdTable, fitMatrix.medians).x, 1));
    console.info(`600-row iFood subset, 20 trees: ours AUC ${ours.toFixed(4)}, ml-random-forest ${theirs.toFixed(4)}`);
    expect(ours).toBeGreaterThanOrEqual(theirs);
  });
});
