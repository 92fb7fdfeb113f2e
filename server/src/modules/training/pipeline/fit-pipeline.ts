/**
 * The encoder in front of logistic regression (trees bin features natively and skip it),
 * fitted on TRAINING rows only so nothing about the test rows leaks into the model:
 *
 * - NUMERIC / DATE: median imputation, then standardised with the training mean and
 *   (population) std, so one L2 penalty treats every feature alike; plus a 0/1
 *   missing-indicator column when the feature had missing values in training (a blank
 *   income may itself predict response).
 * - BINARY: kept 0/1 (its coefficient reads as "yes vs no"), median-imputed, with a
 *   missing indicator like numbers.
 * - CATEGORICAL: one-hot over the training levels; levels held by fewer than
 *   minFrequency (1 %) of training rows are pooled into `other` (scikit-learn's
 *   min_frequency / handle_unknown='infrequent_if_exist'); a level not seen in training
 *   goes to `other`, or to all zeros if there is no `other`. A missing value is a level
 *   of its own, `(missing)`, subject to the same pooling.
 *
 * Levels are matched by TEXT, not by code, so a table built later (other rows, other
 * level list) encodes the same way. The fitted pipeline is a plain JSON-safe object.
 */
import { featureIndex, type Feature, type FeatureTable } from '../data/feature-table.js';

export const MISSING_LEVEL = '(missing)';
export const OTHER_LEVEL = 'other';

export interface PipelineOptions {
  /** Levels under this share of training rows are pooled into `other`; default 0.01. */
  minFrequency?: number;
}

export type EncodedFeature =
  | { name: string; kind: 'NUMERIC' | 'DATE'; median: number; mean: number; std: number; missingIndicator: boolean }
  | { name: string; kind: 'BINARY'; median: number; missingIndicator: boolean }
  /** `levels` get one column each, in order (null = missing), then `other` if `hasOther`. */
  | { name: string; kind: 'CATEGORICAL'; levels: Array<string | null>; hasOther: boolean };

export interface FittedPipeline {
  format: 'campaign-profiler/pipeline';
  version: 1;
  features: EncodedFeature[];
  /** Readable name of each encoded column: `Income`, `Income (missing)`, `Education=PhD`, `Education=other`. */
  columnNames: string[];
  /** featureOf[column] = index into `features` of the original feature the column encodes. */
  featureOf: number[];
}

/** Row-major dense matrix: value (row i, column j) is data[i * cols + j]. */
export interface EncodedMatrix {
  rows: number;
  cols: number;
  data: Float64Array;
}

export function fitPipeline(table: FeatureTable, options: PipelineOptions = {}): FittedPipeline {
  const minFrequency = options.minFrequency ?? 0.01;
  if (!(minFrequency >= 0 && minFrequency < 1)) throw new Error(`minFrequency must be in [0, 1) (got ${minFrequency}).`);
  if (table.rowCount < 1) throw new Error('fitPipeline needs at least one training row.');
  const features = table.features.map((feature) => fitFeature(feature, table.rowCount, minFrequency));
  const columnNames: string[] = [];
  const featureOf: number[] = [];
  features.forEach((feature, f) => {
    for (const name of encodedNames(feature)) {
      columnNames.push(name);
      featureOf.push(f);
    }
  });
  return { format: 'campaign-profiler/pipeline', version: 1, features, columnNames, featureOf };
}

export function transform(pipeline: FittedPipeline, table: FeatureTable): EncodedMatrix {
  const rows = table.rowCount;
  const cols = pipeline.columnNames.length;
  const data = new Float64Array(rows * cols);
  let offset = 0;
  for (const encoded of pipeline.features) {
    const feature = table.features[featureIndex(table, encoded.name)];
    if ((encoded.kind === 'CATEGORICAL') !== (feature.kind === 'CATEGORICAL')) {
      throw new Error(`Feature "${encoded.name}" was ${encoded.kind} when the model was trained but is ${feature.kind} now.`);
    }
    if (encoded.kind === 'CATEGORICAL' && feature.kind === 'CATEGORICAL') {
      const columnOfLevel = new Map(encoded.levels.map((level, k) => [level, offset + k]));
      const fallback = encoded.hasOther ? offset + encoded.levels.length : -1;
      const columnOfCode = feature.levels.map((level) => columnOfLevel.get(level) ?? fallback);
      const missingColumn = columnOfLevel.get(null) ?? fallback;
      for (let i = 0; i < rows; i++) {
        const code = feature.codes[i];
        const column = code < 0 ? missingColumn : columnOfCode[code];
        if (column >= 0) data[i * cols + column] = 1;
      }
    } else if (feature.kind !== 'CATEGORICAL' && encoded.kind !== 'CATEGORICAL') {
      const [shift, scale] = encoded.kind === 'BINARY' ? [0, 1] : [encoded.mean, encoded.std];
      for (let i = 0; i < rows; i++) {
        const value = feature.values[i];
        const missing = Number.isNaN(value);
        data[i * cols + offset] = ((missing ? encoded.median : value) - shift) / scale;
        if (encoded.missingIndicator) data[i * cols + offset + 1] = missing ? 1 : 0;
      }
    }
    offset += encodedNames(encoded).length;
  }
  return { rows, cols, data };
}

/** Plain-object copy for storage (the pipeline is already JSON-safe; this detaches it). */
export function pipelineToJSON(pipeline: FittedPipeline): FittedPipeline {
  return JSON.parse(JSON.stringify(pipeline)) as FittedPipeline;
}

/** Checks a stored pipeline's shape before use, so a corrupt model fails loudly. */
export function pipelineFromJSON(json: unknown): FittedPipeline {
  const p = json as Partial<FittedPipeline> | null;
  if (!p || p.format !== 'campaign-profiler/pipeline' || p.version !== 1)
    throw new Error('Not a campaign-profiler pipeline (format/version mismatch).');
  if (!Array.isArray(p.features) || !Array.isArray(p.columnNames) || !Array.isArray(p.featureOf))
    throw new Error('Corrupt pipeline: missing arrays.');
  const expected = p.features.flatMap((feature) => encodedNames(feature));
  if (expected.length !== p.columnNames.length || expected.some((name, k) => name !== p.columnNames![k])) {
    throw new Error('Corrupt pipeline: column names do not match its features.');
  }
  return pipelineToJSON(p as FittedPipeline);
}

/** Indices of the encoded columns of each original feature (for grouping coefficients). */
export function columnsByFeature(pipeline: FittedPipeline): number[][] {
  const groups: number[][] = pipeline.features.map(() => []);
  pipeline.featureOf.forEach((f, column) => groups[f].push(column));
  return groups;
}

function encodedNames(feature: EncodedFeature): string[] {
  if (feature.kind === 'CATEGORICAL') {
    const names = feature.levels.map((level) => `${feature.name}=${level ?? MISSING_LEVEL}`);
    if (feature.hasOther) names.push(`${feature.name}=${OTHER_LEVEL}`);
    return names;
  }
  return feature.missingIndicator ? [feature.name, `${feature.name} ${MISSING_LEVEL}`] : [feature.name];
}

function fitFeature(feature: Feature, n: number, minFrequency: number): EncodedFeature {
  if (feature.kind === 'CATEGORICAL') {
    const counts = new Float64Array(feature.levels.length + 1); // last slot: missing
    for (let i = 0; i < n; i++) counts[feature.codes[i] < 0 ? feature.levels.length : feature.codes[i]]++;
    const minCount = minFrequency * n;
    const levels: Array<string | null> = [];
    let hasOther = false;
    counts.forEach((count, k) => {
      if (count === 0) return; // not seen in training: handled like any unseen level
      if (count < minCount) hasOther = true;
      else levels.push(k < feature.levels.length ? feature.levels[k] : null);
    });
    return { name: feature.name, kind: 'CATEGORICAL', levels, hasOther };
  }
  const present: number[] = [];
  for (let i = 0; i < n; i++) if (!Number.isNaN(feature.values[i])) present.push(feature.values[i]);
  // An all-missing feature carries no information; 0 keeps the matrix finite.
  const median = present.length === 0 ? 0 : medianOf(present);
  const missingIndicator = present.length < n;
  if (feature.kind === 'BINARY') return { name: feature.name, kind: 'BINARY', median, missingIndicator };
  let sum = 0;
  for (const v of present) sum += v;
  const mean = (sum + (n - present.length) * median) / n;
  let squares = 0;
  for (const v of present) squares += (v - mean) ** 2;
  squares += (n - present.length) * (median - mean) ** 2;
  const std = Math.sqrt(squares / n);
  // A constant column stays constant (0) instead of dividing by zero, as StandardScaler does.
  return { name: feature.name, kind: feature.kind, median, mean, std: std > 0 ? std : 1, missingIndicator };
}

function medianOf(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
