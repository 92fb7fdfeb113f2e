/**
 * The contributions behind a scored list's reasons, batch by batch. Tree models (forest, tree,
 * boosting) are explained by exact TreeSHAP spread over worker threads (explain.worker.ts: each
 * batch cut into one part per thread), so the job's thread keeps reading, wording and writing
 * rows meanwhile; logistic regression (linear Shapley values, microseconds a row) and small
 * batches stay on this thread. The same numbers either way: the same code on the same inputs as
 * the customer page's explainer (customers/explain-rows.ts).
 */
import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { createWorkerPool, type WorkerPool } from '../../common/worker-pool.js';
import { explainRows } from '../customers/explain-rows.js';
import type { ShapExplainer, ShapScale } from '../customers/shap-explainer.js';
import { nodeCovers } from '../customers/tree-shap.js';
import { takeRows, type FeatureTable } from '../training/data/feature-table.js';
import type { TrainedModel } from '../training/model-registry.js';
import { CompiledForest, type ForestArrays } from '../training/trees/compiled-forest.js';
import type { ExplainAnswer, ExplainTask } from './explain.worker.js';

export interface ExplainedBatch {
  scale: ShapScale;
  /** Features per row. */
  width: number;
  /** rowCount x width, row-major. */
  phi: Float64Array;
  output: Float64Array;
}

export interface ListExplainer {
  readonly threads: number;
  explain(table: FeatureTable, signal?: AbortSignal): Promise<ExplainedBatch>;
}

/** Below this many rows a batch is explained here: a worker round trip costs more than it saves. */
const PARALLEL_MIN_ROWS = 64;
/** Tree rows explained here between two turns of the event loop (a forest takes about a millisecond a row). */
const SLICE = 25;
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

let shared: { pool: WorkerPool; threads: number } | null = null;

/** One pool for every scoring in this process (`SCORING_THREADS`, default: the cores, at most 4). */
function pool(): { pool: WorkerPool; threads: number } {
  if (!shared) {
    const threads = Math.max(1, Math.min(4, Number(process.env.SCORING_THREADS) || availableParallelism()));
    shared = { pool: createWorkerPool(new URL('./', import.meta.url).href, 'explain.worker', { maxThreads: threads }), threads };
  }
  return shared;
}

/** Per model: its key, covers and arrays in shared memory (posted to the threads with every task, never copied). */
const sharedOf = new WeakMap<object, { key: string; covers: Float64Array; arrays: ForestArrays }>();

function inSharedMemory<T extends Float64Array | Int32Array | Uint32Array | Uint8Array>(array: T): T {
  const copy = new (array.constructor as new (buffer: SharedArrayBuffer) => T)(new SharedArrayBuffer(Math.max(8, array.byteLength)));
  const view = copy.subarray(0, array.length) as T;
  view.set(array);
  return view;
}

export function listExplainer(prepared: { model: TrainedModel; explainer: ShapExplainer; background: FeatureTable }): ListExplainer {
  const { model, explainer, background } = prepared;
  const width = explainer.features.length;
  const here = async (table: FeatureTable): Promise<ExplainedBatch> => {
    const n = table.rowCount;
    const phi = new Float64Array(n * width);
    const output = new Float64Array(n);
    const step = model instanceof CompiledForest ? SLICE : n;
    for (let start = 0; start < n; start += step) {
      const rows = Int32Array.from({ length: Math.min(step, n - start) }, (_, i) => start + i);
      const r = explainRows(explainer, table, rows);
      phi.set(r.phi.subarray(0, rows.length * width), start * width);
      output.set(r.output.subarray(0, rows.length), start);
      if (step < n) await turn();
    }
    return { scale: explainer.scale, width, phi, output };
  };
  if (!(model instanceof CompiledForest)) return { threads: 1, explain: here };
  const { pool: workers, threads } = pool();
  if (threads < 2) return { threads: 1, explain: here };
  let known = sharedOf.get(model);
  if (!known) {
    // Every node array (typed arrays all), copied once into shared memory.
    const arrays = Object.fromEntries(Object.entries(model.arrays).map(([name, array]) => [name, inSharedMemory(array)])) as ForestArrays;
    sharedOf.set(model, (known = { key: randomUUID(), covers: inSharedMemory(nodeCovers(model, background)), arrays }));
  }
  const { key, covers, arrays } = known;
  const header = {
    algorithm: model.algorithm,
    aggregation: model.aggregation,
    baseScore: model.baseScore,
    firstTree: model.firstTree,
    features: model.features,
  };
  return {
    threads,
    async explain(table, signal) {
      const n = table.rowCount;
      if (n < PARALLEL_MIN_ROWS) return here(table);
      const size = Math.ceil(n / threads);
      const parts: Promise<ExplainAnswer>[] = [];
      for (let start = 0; start < n; start += size) {
        const rows = Int32Array.from({ length: Math.min(size, n - start) }, (_, i) => start + i);
        const task: ExplainTask = { key, header, arrays, covers, table: takeRows(table, rows) };
        parts.push(workers.run<ExplainAnswer>(task, { signal }));
      }
      const answers = await Promise.all(parts);
      const phi = new Float64Array(n * width);
      const output = new Float64Array(n);
      let at = 0;
      for (const answer of answers) {
        phi.set(answer.phi, at * width);
        output.set(answer.output, at);
        at += answer.output.length;
      }
      return { scale: explainer.scale, width, phi, output };
    },
  };
}
