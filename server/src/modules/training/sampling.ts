/**
 * Time-boxing a training run by design, not by luck (issue 13):
 *
 * - Every learner fits on every training row up to `maxSampleRows` (MAX_TRAINING_SAMPLE_ROWS,
 *   200,000); above it, on a stated, stratified, seeded sample of that many rows. The forest (100
 *   trees) and boosting pass over the rows hundreds of times, and the logistic regression's
 *   one-hot design matrix alone would take ~800 MB at 750,000 rows: the cap keeps a run within
 *   the time and memory goals at any size. 200,000 rows are far more than a model of a few
 *   dozen features needs (the bench measures what sampling costs in ROC AUC at the same ratio).
 * - Except the decision tree: one tree is linear in rows (a pass per level over 1-byte bins)
 *   and its test ROC AUC dropped 0.018 when fitted on a sample at the 200,000 / 750,000 ratio
 *   (the forest's 0.008, boosting's and the logistic regression's less), so it fits on every
 *   training row. Its decision threshold, like the others', is chosen on the sampled rows.
 * - Test metrics are computed on EVERY held-out row, and target-group counts over every row.
 * - Permutation importance runs on a seeded, stratified sample of at most EXPLAIN_ROWS
 *   held-out rows: at a 15 % response rate that is 3,000 responders, so the held-out ROC AUC
 *   each permutation is compared with has a standard error of about 0.004, well below the
 *   importance of any real driver. (DALEX's default is 1,000 rows; 20,000 keeps every dataset
 *   we ship with, bank-full's 11,303 held-out rows included, explained on all of them.)
 * - Partial dependence, ICE and ALE use a seeded sample of DEPENDENCE_ROWS of those rows,
 *   DALEX's default, enough for a curve's mean prediction to be stable to about 0.01.
 */
import type { KeyedMessage } from '../phrasing/user-errors.js';
import type { Algorithm } from '../../domain/algorithms.js';
import type { ColumnSpec } from './pipeline/build-feature-table.js';

export const EXPLAIN_ROWS = 20_000;
/** Learners that fit on every training row whatever the cap (linear in rows, hurt most by sampling). */
export const FITS_ALL_ROWS: ReadonlySet<Algorithm> = new Set<Algorithm>(['DECISION_TREE']);
export const DEPENDENCE_ROWS = 1_000;

/** The sample sizes a model was fitted and explained on (stored with its explanations). */
export interface TrainingSamples {
  /** Rows of the training split. */
  trainRows: number;
  /** Rows the model was fitted on (= trainRows unless sampled). */
  fitRows: number;
  /** Held-out rows the metrics are computed on (all of them). */
  testRows: number;
  /** Held-out rows permutation importance was computed on. */
  explainRows: number;
  /** Rows of those the partial-dependence curves average over. */
  dependenceRows: number;
}

export interface MemoryEstimate {
  megabytes: number;
  parts: Record<string, number>;
}

const MB = 1024 * 1024;
/** The server, its worker threads and the libraries before any data (measured: ~250 MB). */
const BASE_MB = 300;

/**
 * Memory a training run of `rows` customers needs, estimated from the column settings
 * before anything is loaded: the column store, the shared feature table, and what the two
 * workers hold at once (each copies the rows it fits on and one-hot encodes them for the
 * logistic regression; the scoring predicts every training row).
 */
export function estimateTrainingMemory(
  rows: number,
  specs: ColumnSpec[],
  levelsByColumn: Record<string, number>,
  maxSampleRows: number,
): MemoryEstimate {
  const features = specs.filter((s) => s.kind !== 'IDENTIFIER' && s.kind !== 'IGNORED' && !s.knownAfterContact);
  const encoded = features.reduce(
    (sum, s) => sum + (s.kind === 'CATEGORICAL' ? Math.min(levelsByColumn[s.name] ?? 10, 30) : s.kind === 'NUMERIC' ? 2 : 1),
    0,
  );
  const trainRows = Math.ceil(rows * 0.75);
  const fitted = maxSampleRows > 0 ? Math.min(trainRows, maxSampleRows) : trainRows;
  const testRows = rows - trainRows;
  const parts = {
    columnStore: (rows * specs.length * 8) / MB,
    featureTable: (rows * features.length * 8) / MB,
    // Logistic regression: its rows copied, then encoded (8 bytes a cell) twice (X and the Newton step's weighted copy).
    logisticWorker: (fitted * (features.length * 8 + encoded * 8 * 2)) / MB,
    // The other worker: a tree learner's copy of its rows and their 1-byte bins (the decision
    // tree's: every training row), and the scoring's copies of the fitted and held-out rows.
    treeWorker: (trainRows * features.length * 9 + (fitted + testRows) * features.length * 8) / MB,
    base: BASE_MB,
  };
  const megabytes = Object.values(parts).reduce((a, b) => a + b, 0);
  return { megabytes, parts };
}

/** "2.1 GB" / "850 MB", as the memory message says it. */
export function formatMegabytes(mb: number): string {
  return mb >= 1024 ? `${(mb / 1024).toFixed(1)} GB` : `${Math.ceil(mb / 10) * 10} MB`;
}

/** Null when the run fits, else the message a user reads before any work starts. */
export function memoryRefusal(estimate: MemoryEstimate, maxMemoryMb: number): KeyedMessage | null {
  if (estimate.megabytes <= maxMemoryMb) return null;
  return { key: 'error.memory', params: { needed: formatMegabytes(estimate.megabytes), allowed: formatMegabytes(maxMemoryMb) } };
}
