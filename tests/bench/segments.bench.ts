/**
 * Bench section "segments": k-means with k chosen automatically from 2..10 by silhouette on
 * bank-full's 33,908 training rows (every column, scaled and one-hot encoded), ours next to
 * scikit-learn's KMeans (sklearn_reference.py --tasks kmeans: n_init=10 per k on all rows,
 * silhouette on a 5,000-row sample), single-threaded. Ours twice: the same work as
 * scikit-learn, and the product's settings (k chosen on a 5,000-row sample with 4 restarts,
 * the winner refined on every row). Plus the whole segmentation (RFM from pdays/previous/
 * balance, profiles, heatmap, PCA) of all 45,211 customers. Target (the issue, printed not
 * asserted): ours within 2x of scikit-learn.
 */
import { loadavg } from 'node:os';
import { takeRows } from '../../server/src/modules/training/data/feature-table.js';
import { stratifiedSplit } from '../../server/src/modules/training/split.js';
import { fitKMeans, kmeansSegments } from '../../server/src/modules/segments/kmeans.js';
import { fitScaler, transform } from '../../server/src/modules/segments/scaling.js';
import { segmentCustomers } from '../../server/src/modules/segments/segment-customers.js';
import { silhouetteScore } from '../../server/src/modules/segments/silhouette.js';
import { BANK, hasDataset, loadBank } from '../helpers/datasets.js';
import { emitNote, emitRow, ratio, skipSection, sklearnReference, timeIt } from './bench-kit.js';

if (!hasDataset(BANK)) skipSection(`${BANK} is not present (../shared/datasets beside the project).`);

const SEED = 42;
const K_MIN = 2;
const K_MAX = 10;
const SAMPLE = 5000;

const data = loadBank();
const split = stratifiedSplit(data.y, { testSize: 0.25, randomState: SEED });
const train = takeRows(data.table, Array.from(split.train));
const names = train.features.map((f) => f.name);
const X = transform(fitScaler(train, names, { method: 'standard', logSkewed: false }), train);
console.error(`segments bench: ${X.rows} rows x ${X.cols} columns, load ${loadavg()[0].toFixed(2)}`);

const sk = sklearnReference({ csv: BANK, target: 'y', testRows: split.test, tasks: ['kmeans'], algorithms: ['DECISION_TREE'] });
const skKmeans = sk?.kmeans ?? null;
if (sk && sk.dataset.trainRows !== X.rows) emitNote(`warning: scikit-learn clustered ${sk.dataset.trainRows} rows, ours ${X.rows}.`);

// The same work as scikit-learn: every k fitted on all rows with 10 restarts, silhouette on a sample.
const same = await timeIt(() => {
  const scores: { k: number; silhouette: number }[] = [];
  for (let k = K_MIN; k <= K_MAX; k++) {
    const fit = fitKMeans(X, k, { nInit: 10, randomState: k });
    scores.push({ k, silhouette: silhouetteScore(X, fit.labels, { sampleSize: SAMPLE, randomState: 0 }) });
  }
  return scores.reduce((a, b) => (b.silhouette > a.silhouette ? b : a));
});

// What the product runs: k chosen on a sample, the winner refined on all rows.
const product = await timeIt(() => kmeansSegments(X, { kMin: K_MIN, kMax: K_MAX, sampleSize: SAMPLE, randomState: 0 }), { runs: 3 });

// The whole segmentation the Segments page starts, on every customer.
const campaigns = [{ column: 'y', values: Float64Array.from(data.y) }];
const whole = await timeIt(() => segmentCustomers(data.table, campaigns, { randomState: 0 }), { runs: 3 });

const target = 'within 2x of sklearn';
const met = (r: number | null) => (r === null ? null : r <= 2 ? 'yes' : 'no');
const skBestSilhouette = skKmeans ? skKmeans.silhouette[String(skKmeans.bestK)] : null;
emitRow({
  run: 'scikit-learn KMeans (n_init=10 per k, all rows)',
  rows: X.rows,
  seconds: skKmeans?.seconds ?? null,
  'best k': skKmeans?.bestK ?? null,
  silhouette: skBestSilhouette,
  'ours / sklearn': null,
  target: null,
  'met?': null,
});
const rSame = ratio(same.seconds, skKmeans?.seconds);
emitRow({
  run: 'ours, same work (nInit 10 per k, all rows)',
  rows: X.rows,
  seconds: same.seconds,
  'best k': same.result.k,
  silhouette: same.result.silhouette,
  'ours / sklearn': rSame,
  target,
  'met?': met(rSame),
});
const rProduct = ratio(product.seconds, skKmeans?.seconds);
const productSilhouette = product.result.choice!.choices.find((c) => c.k === product.result.fit.k)!.silhouette;
emitRow({
  run: 'ours, product (k on 5,000-row sample, refined on all)',
  rows: X.rows,
  seconds: product.seconds,
  'best k': product.result.fit.k,
  silhouette: productSilhouette,
  'ours / sklearn': rProduct,
  target,
  'met?': met(rProduct),
});
emitRow({
  run: 'ours, whole segmentation (RFM, profiles, heatmap, PCA)',
  rows: data.table.rowCount,
  seconds: whole.seconds,
  'best k': whole.result.k,
  silhouette: whole.result.silhouette,
  'ours / sklearn': null,
  target: null,
  'met?': null,
});
emitNote(
  `Matrices: ours ${X.cols} columns (standardised numeric, one-hot levels); scikit-learn's from its own pipeline (median imputation with indicators, standardisation, one-hot with levels under 1 % pooled).`,
);
emitNote(
  `Product runs (median of 3): [${product.runsSeconds.map((x) => x.toFixed(2)).join(', ')}] s. The like-for-like row spends its time in ml-kmeans's Lloyd iterations over arrays of arrays (scikit-learn: Cython on contiguous memory); the product never runs that, it fits every k on a sample and refines once.`,
);
emitNote(`Load average at the start: ${loadavg()[0].toFixed(2)} (2 cores).`);
