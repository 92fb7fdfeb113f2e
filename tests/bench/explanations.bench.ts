/**
 * Bench section "explanations": permutation importance (10 repeats, every feature, on the
 * held-out rows) and partial dependence (every feature, 30-point grid, 1,000-row sample) of
 * the 100-tree random forest on bank-full (without `duration`), next to scikit-learn's
 * `permutation_importance` / `partial_dependence` on the same test rows, n_jobs=1 both.
 * Target (from the issue, printed not asserted): ours faster. Also prints how far the two
 * importance rankings agree (top-5 overlap), a sanity check that both measure the same thing.
 */
import { existsSync } from 'node:fs';
import { partialDependence } from '../../server/src/modules/explanations/partial-dependence.js';
import { permutationImportance } from '../../server/src/modules/explanations/permutation-importance.js';
import { explainModel } from '../../server/src/modules/explanations/explain-model.js';
import { takeRows } from '../../server/src/modules/training/data/feature-table.js';
import { stratifiedSplit } from '../../server/src/modules/training/split.js';
import { pathCachedPredictor } from '../../server/src/modules/training/trees/path-cached-predictor.js';
import { trainRandomForest } from '../../server/src/modules/training/trees/random-forest.js';
import { BANK, loadBank } from '../helpers/datasets.js';
import { emitNote, emitRow, peakRssMb, ratio, skipSection, sklearnReference, timeIt } from './bench-kit.js';

const SEED = 42;
const TREES = 100;
const REPEATS = 10;
const GRID = 30;
const PDP_SAMPLE = 1000;

const fixed = (x: number | null, digits: number) => (x === null ? null : Number(x.toFixed(digits)));

function targetCells(ours: number, theirs: number | undefined) {
  if (theirs === undefined) return { target: 'faster than scikit-learn', 'met?': 'unknown (no sklearn)' };
  return { target: 'faster than scikit-learn', 'met?': ours < theirs ? 'yes' : 'no' };
}

async function main(): Promise<void> {
  if (!existsSync(BANK)) skipSection(`${BANK} is missing (the real datasets live in ../shared/datasets).`);
  console.error('[explanations] bank-full: loading, splitting, training the forest');
  const data = loadBank();
  const split = stratifiedSplit(data.y, { testSize: 0.25, randomState: SEED });
  const train = takeRows(data.table, split.train);
  const test = takeRows(data.table, split.test);
  const yTrain = Uint8Array.from(split.train, (i) => data.y[i]);
  const yTest = Uint8Array.from(split.test, (i) => data.y[i]);
  const forest = trainRandomForest(train, yTrain, { nEstimators: TREES, randomState: SEED });
  const predict = forest.predictProba.bind(forest);
  const features = test.features.map((f) => f.name);

  console.error('[explanations] scikit-learn permutation_importance + partial_dependence (n_jobs=1)');
  const sk = sklearnReference({
    csv: BANK,
    target: 'y',
    drop: ['duration'],
    testRows: split.test,
    algorithms: ['RANDOM_FOREST'],
    tasks: ['fit', 'importance', 'pdp'],
    jobs: 1,
    trees: TREES,
    extraArgs: ['--grid', String(GRID), '--pdp-sample', String(PDP_SAMPLE)],
  })?.models.RANDOM_FOREST;

  console.error(`[explanations] ours: permutation importance (${REPEATS} repeats, ${features.length} features, ${test.rowCount} rows)`);
  const plainImportance = await timeIt(() => permutationImportance(predict, test, yTest, { nRepeats: REPEATS, randomState: 0 }));
  emitRow({
    task: `permutation importance, plain prediction (${REPEATS} repeats × ${features.length} features, ${test.rowCount.toLocaleString('en-US')} rows)`,
    'ours (s)': fixed(plainImportance.seconds, 3),
    'scikit-learn (s)': sk?.importanceSeconds ?? null,
    'ours/sklearn': fixed(ratio(plainImportance.seconds, sk?.importanceSeconds), 2),
    'peak RSS MB': peakRssMb(),
    target: null,
    'met?': null,
  });
  // What the app runs: the cache of each held-out row's tree paths is built inside the timing.
  const importance = await timeIt(() =>
    permutationImportance(pathCachedPredictor(forest, test), test, yTest, { nRepeats: REPEATS, randomState: 0 }),
  );
  const identical = JSON.stringify(importance.result) === JSON.stringify(plainImportance.result);
  emitRow({
    task: `permutation importance, path-cached as in the app (same ${REPEATS} × ${features.length})`,
    'ours (s)': fixed(importance.seconds, 3),
    'scikit-learn (s)': sk?.importanceSeconds ?? null,
    'ours/sklearn': fixed(ratio(importance.seconds, sk?.importanceSeconds), 2),
    'peak RSS MB': peakRssMb(),
    ...targetCells(importance.seconds, sk?.importanceSeconds),
  });

  console.error(`[explanations] ours: partial dependence (${features.length} features, grid ${GRID}, ${PDP_SAMPLE} rows)`);
  const pdp = await timeIt(() =>
    features.map((f) => partialDependence(predict, test, f, { gridResolution: GRID, sampleSize: PDP_SAMPLE, randomState: 0, iceCount: 0 })),
  );
  emitRow({
    task: `partial dependence (${features.length} features, ${GRID}-point grid, ${PDP_SAMPLE.toLocaleString('en-US')} rows)`,
    'ours (s)': fixed(pdp.seconds, 3),
    'scikit-learn (s)': sk?.pdpSeconds ?? null,
    'ours/sklearn': fixed(ratio(pdp.seconds, sk?.pdpSeconds), 2),
    'peak RSS MB': peakRssMb(),
    ...targetCells(pdp.seconds, sk?.pdpSeconds),
  });

  console.error('[explanations] ours: everything the app stores (importance + PDP + ICE + ALE + regions)');
  const full = await timeIt(() => explainModel(pathCachedPredictor(forest, test), test, yTest, { randomState: 0 }));
  emitRow({
    task: 'all the app stores per model (importance, PDP, ICE, ALE, regions)',
    'ours (s)': fixed(full.seconds, 3),
    'scikit-learn (s)': null,
    'ours/sklearn': null,
    'peak RSS MB': peakRssMb(),
    target: null,
    'met?': null,
  });

  const ourTop = importance.result.features.slice(0, 5).map((f) => f.feature);
  const skImportance = sk?.importance as { feature: string }[] | undefined;
  if (skImportance) {
    const theirTop = skImportance.slice(0, 5).map((f) => f.feature);
    const overlap = ourTop.filter((f) => theirTop.includes(f)).length;
    emitNote(`top 5 by importance — ours: ${ourTop.join(', ')}; scikit-learn: ${theirTop.join(', ')} (overlap ${overlap}/5).`);
  } else emitNote(`top 5 by importance — ours: ${ourTop.join(', ')} (scikit-learn unavailable).`);
  emitNote(`Path-cached and plain permutation importance are ${identical ? 'identical' : 'DIFFERENT'}.`);
  emitNote(`Held-out ROC AUC before permutation: ${importance.result.baselineScore.toFixed(4)}. One thread on both sides.`);
}

void main();
