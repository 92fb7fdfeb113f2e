/**
 * Section `customers`: exact per-customer contributions on the models as the app trains them
 * on iFood: one customer's explanation for the 100-tree forest (goal <= 5 ms) and a batch of
 * 10,000 customers through explainRows (goal <= 5 s, one thread), by the app's linear-time
 * TreeSHAP (O(T N Q) per row, Q <= D/2 + 1 quadrature points) beside the published Algorithm 2
 * (O(T L D^2)), measured on 1,000 of the rows and scaled to 10,000.
 */
import { takeRows } from '../../server/src/modules/training/data/feature-table.js';
import type { Algorithm } from '../../server/src/domain/algorithms.js';
import { DEFAULT_PARAMS, trainModel } from '../../server/src/modules/training/model-registry.js';
import { stratifiedSplit } from '../../server/src/modules/training/split.js';
import { CompiledForest } from '../../server/src/modules/training/trees/compiled-forest.js';
import { shapExplainer } from '../../server/src/modules/customers/shap-explainer.js';
import { explainRows } from '../../server/src/modules/customers/explain-rows.js';
import { nodeCovers, treeExplainer } from '../../server/src/modules/customers/tree-shap.js';
import { pathTreeShap } from '../../server/src/modules/customers/tree-shap-paths.js';
import { ceterisParibus } from '../../server/src/modules/customers/ceteris-paribus.js';
import { smallestChange } from '../../server/src/modules/customers/counterfactual.js';
import { KeyIndex } from '../../server/src/modules/customers/key-index.js';
import { IFOOD, hasDataset, loadIfood } from '../helpers/datasets.js';
import { emitNote, emitRow, skipSection } from './bench-kit.js';
import { forestShape } from './forest-shape.js';

if (!hasDataset(IFOOD)) skipSection(`${IFOOD} is not present (../shared/datasets beside the project).`);

const { table, y } = loadIfood();
const { train } = stratifiedSplit(y, { testSize: 0.25, randomState: 42 });
const trainTable = takeRows(table, train);
const yTrain = Uint8Array.from(train, (i) => y[i]);
const BATCH = 10_000;
const batchRows = Int32Array.from({ length: BATCH }, (_, i) => i % table.rowCount);

const whatIf: { algorithm: Algorithm; explainer: ReturnType<typeof shapExplainer>; predict: (t: typeof table) => Float64Array }[] = [];
const algorithms: Algorithm[] = ['RANDOM_FOREST', 'GRADIENT_BOOSTING', 'DECISION_TREE', 'LOGISTIC_REGRESSION'];
for (const algorithm of algorithms) {
  const model = trainModel(algorithm, trainTable, yTrain, DEFAULT_PARAMS[algorithm]);
  const explainer = shapExplainer(model, trainTable);
  // One customer at a time as explainCustomer does: a one-row table (warm-up first; median of 200).
  const customers = Array.from({ length: 200 }, (_, i) => takeRows(table, [(i * 7) % table.rowCount]));
  for (let i = 0; i < 20; i++) explainer.explain(customers[i]);
  const times: number[] = [];
  const cpuStart = process.cpuUsage();
  for (const customer of customers) {
    const start = performance.now();
    explainer.explain(customer);
    times.push(performance.now() - start);
  }
  const oneCpuMs = process.cpuUsage(cpuStart).user / 1000 / customers.length;
  times.sort((a, b) => a - b);
  const oneMs = times[times.length >> 1];
  const batchCpu = process.cpuUsage();
  const start = performance.now();
  explainRows(explainer, table, batchRows);
  const batchSeconds = (performance.now() - start) / 1000;
  const batchCpuSeconds = process.cpuUsage(batchCpu).user / 1e6;
  const s = model instanceof CompiledForest ? forestShape(model) : null;
  const ops = s ? s.sumDepthSquared : null;
  let pathsCpuSeconds: number | null = null;
  let pointSteps: number | null = null;
  if (model instanceof CompiledForest) {
    const ex = treeExplainer(model, nodeCovers(model, trainTable));
    const { treeRoots } = model.arrays;
    pointSteps = 0;
    for (let t = 0; t < treeRoots.length; t++)
      pointSteps += ((t + 1 < treeRoots.length ? treeRoots[t + 1] : model.nodeCount) - treeRoots[t]) * ex.tables.points[t];
    const part = batchRows.subarray(0, BATCH / 10);
    const pathsCpu = process.cpuUsage();
    pathTreeShap(ex, table, part);
    pathsCpuSeconds = (process.cpuUsage(pathsCpu).user / 1e6) * 10;
  }
  whatIf.push({ algorithm, explainer, predict: (t) => model.predictProba(t) });
  emitRow({
    model: algorithm,
    trees: model instanceof CompiledForest ? model.treeCount : '—',
    'leaves (all trees)': s ? s.leaves : '—',
    'depth mean / max': s ? `${s.meanDepth.toFixed(1)} / ${s.maxDepth}` : '—',
    'sum L·D² (Algorithm 2 path steps)': ops,
    'sum N·Q (linear-time point steps)': pointSteps,
    'one customer ms (goal <= 5 for the forest)': oneMs,
    'one customer CPU ms': oneCpuMs,
    [`${BATCH.toLocaleString('en-US')} customers s (goal <= 5)`]: batchSeconds,
    [`${BATCH.toLocaleString('en-US')} customers CPU s`]: batchCpuSeconds,
    [`Algorithm 2, ${BATCH.toLocaleString('en-US')} customers CPU s`]: pathsCpuSeconds,
    'speed-up over Algorithm 2': pathsCpuSeconds ? pathsCpuSeconds / batchCpuSeconds : null,
    'CPU ns per point step (batch)': pointSteps ? (batchCpuSeconds * 1e9) / BATCH / pointSteps : null,
  });
}
emitNote(
  'Published cost of exact TreeSHAP (Algorithm 2): O(T L D^2) per customer (T trees, L leaves, D depth); "sum L·D²" adds depth² over every leaf of every tree. ' +
    'The app computes the same values in O(T N Q): N nodes per tree, Q = ceil(most unique features on a path / 2) Gauss-Legendre points per tree, ' +
    'four customers side by side per tree ("sum N·Q" is the work per customer). Algorithm 2 is timed on 1,000 of the rows and scaled by 10. ' +
    "CPU columns count this process's own CPU time (process.cpuUsage), less distorted than wall time on a shared machine. Logistic regression is linear: O(columns) per customer.",
);

// What-if: the server's work per change of a value (explainCustomer: score + exact contributions
// for one edited customer; goal <= 50 ms), and beside it the ICE curve of one feature and the
// smallest-change search, which the page asks for after the same (debounced) change.
const ACTIONABLE = trainTable.features.map((f) => f.name).filter((n) => /^(Recency|Mnt|Num)/.test(n));
for (const { algorithm, explainer, predict } of whatIf) {
  const rows = Array.from({ length: 40 }, (_, i) => takeRows(table, [(i * 53) % table.rowCount]));
  const median = (run: (row: typeof table) => unknown) => {
    run(rows[0]);
    const ms = rows.map((row) => {
      const start = performance.now();
      run(row);
      return performance.now() - start;
    });
    return ms.sort((a, b) => a - b)[ms.length >> 1];
  };
  const cpu = (run: (row: typeof table) => unknown) => {
    const start = process.cpuUsage();
    for (const row of rows) run(row);
    return process.cpuUsage(start).user / 1000 / rows.length;
  };
  const explainOne = (row: typeof table) => explainer.explain(row);
  const curve = (row: typeof table) => ceterisParibus(predict, row, trainTable, 'Recency');
  const search = (row: typeof table) => smallestChange(predict, row, trainTable, { threshold: 0.5, actionable: ACTIONABLE });
  emitRow({
    model: algorithm,
    'what-if change ms (explain, goal <= 50)': median(explainOne),
    'what-if change CPU ms': cpu(explainOne),
    'ICE curve ms': median(curve),
    'smallest change ms': median(search),
    'smallest change CPU ms': cpu(search),
  });
}

// The search box's key index at 200,000 customers: build once per dataset version, then each
// keystroke's suggestions (goal: well under 1 ms however many keys match).
const KEYS = 200_000;
const keys = Array.from({ length: KEYS }, (_, i) => String(100_000 + ((i * 7_919) % 900_000)));
const buildCpu = process.cpuUsage();
const index = new KeyIndex(keys);
const buildMs = process.cpuUsage(buildCpu).user / 1000;
for (const prefix of ['1', '12', '123', '1234', '99999', 'x']) {
  index.startingWith(prefix, 8);
  const start = process.cpuUsage();
  const rounds = 2000;
  for (let i = 0; i < rounds; i++) index.startingWith(prefix, 8);
  emitRow({
    keys: KEYS,
    prefix,
    'matching keys': keys.filter((k) => k.startsWith(prefix)).length,
    'build CPU ms (once per version)': buildMs,
    'suggestions CPU µs per keystroke': (process.cpuUsage(start).user / rounds) * 1,
  });
}
