/**
 * Feature table -> clustering matrix, with every fitted parameter kept in a plain JSON
 * object so new customers are placed with exactly the same imputation, log transform,
 * scaling and one-hot levels as the customers the segments were found on.
 */
import { isCategorical, type FeatureTable } from '../training/data/feature-table.js';
import { createMatrix, type DenseMatrix } from './dense-matrix.js';
import { message } from '../phrasing/catalogue.js';

export type ScalingMethod = 'standard' | 'robust';

export interface ScalerOptions {
  /** 'standard': (x - mean) / sd; 'robust': (x - median) / IQR, which outliers barely move. */
  method?: ScalingMethod;
  /** log1p non-negative numeric columns whose skewness exceeds `skewThreshold` (spend is typically skewed). */
  logSkewed?: boolean;
  skewThreshold?: number;
}

export interface NumericScaling {
  kind: 'numeric';
  name: string;
  /** Imputed for missing values, on the original scale. */
  median: number;
  log1p: boolean;
  center: number;
  scale: number;
}

export interface CategoricalScaling {
  kind: 'categorical';
  name: string;
  /** One 0/1 column per level, matched by level text so a new table's codes may differ. */
  levels: string[];
}

export type ColumnScaling = NumericScaling | CategoricalScaling;

export interface FittedScaler {
  method: ScalingMethod;
  columns: ColumnScaling[];
  /** Names of the matrix columns (`Education=PhD` for one-hot levels). */
  outputNames: string[];
}

export function median(sorted: ArrayLike<number>): number {
  return quantile(sorted, 0.5);
}

/** Linear-interpolated quantile of an ascending array (numpy's default). */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const pos = (n - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export function presentSorted(values: ArrayLike<number>): Float64Array {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) out.push(values[i]);
  return Float64Array.from(out).sort();
}

/** Sample skewness (Fisher-Pearson, biased like scipy.stats.skew's default). */
export function skewness(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 3) return 0;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i];
  mean /= n;
  let m2 = 0;
  let m3 = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i] - mean;
    m2 += d * d;
    m3 += d * d * d;
  }
  m2 /= n;
  m3 /= n;
  return m2 === 0 ? 0 : m3 / Math.pow(m2, 1.5);
}

function fitNumeric(
  name: string,
  values: Float64Array,
  binary: boolean,
  method: ScalingMethod,
  logSkewed: boolean,
  threshold: number,
): NumericScaling {
  const sorted = presentSorted(values);
  if (sorted.length === 0) throw new Error(message('error.segmentation.noValues', { column: name }));
  const med = median(sorted);
  const log1p = !binary && logSkewed && sorted[0] >= 0 && skewness(sorted) > threshold;
  const t = log1p ? sorted.map(Math.log1p) : sorted;
  let center: number;
  let scale: number;
  let mean = 0;
  for (const x of t) mean += x;
  mean /= t.length;
  let variance = 0;
  for (const x of t) variance += (x - mean) * (x - mean);
  const sd = Math.sqrt(variance / t.length);
  if (method === 'robust') {
    center = median(t);
    scale = quantile(t, 0.75) - quantile(t, 0.25);
    // A column that is mostly one value has IQR 0; fall back to the sd rather than blowing up.
    if (!(scale > 0)) scale = sd;
  } else {
    center = mean;
    scale = sd;
  }
  if (!(scale > 0)) scale = 1;
  return { kind: 'numeric', name, median: med, log1p, center, scale };
}

export function fitScaler(table: FeatureTable, featureNames: string[], options: ScalerOptions = {}): FittedScaler {
  const method = options.method ?? 'standard';
  if (method !== 'standard' && method !== 'robust')
    throw new Error(`Unknown scaling method "${String(method)}"; use "standard" or "robust".`);
  const threshold = options.skewThreshold ?? 1;
  if (featureNames.length === 0) throw new Error('Choose at least one feature to segment on.');
  const columns = featureNames.map((name): ColumnScaling => {
    const feature = table.features.find((f) => f.name === name);
    if (!feature) throw new Error(`Unknown feature "${name}".`);
    if (isCategorical(feature)) {
      const used = new Set<number>();
      for (const c of feature.codes) if (c >= 0) used.add(c);
      return { kind: 'categorical', name, levels: [...used].sort((a, b) => a - b).map((c) => feature.levels[c]) };
    }
    return fitNumeric(name, feature.values, feature.kind === 'BINARY', method, options.logSkewed ?? true, threshold);
  });
  const outputNames = columns.flatMap((c) => (c.kind === 'numeric' ? [c.name] : c.levels.map((l) => `${c.name}=${l}`)));
  return { method, columns, outputNames };
}

export function transform(scaler: FittedScaler, table: FeatureTable): DenseMatrix {
  const m = createMatrix(table.rowCount, scaler.outputNames.length);
  const { data, cols } = m;
  let offset = 0;
  for (const column of scaler.columns) {
    const feature = table.features.find((f) => f.name === column.name);
    if (!feature) throw new Error(`The customers lack the column "${column.name}" the segments were built on.`);
    if (column.kind === 'numeric') {
      if (isCategorical(feature))
        throw new Error(`Column "${column.name}" was numeric when the segments were built; it is categorical now.`);
      const { median: med, log1p, center, scale } = column;
      for (let i = 0; i < table.rowCount; i++) {
        let x = feature.values[i];
        if (Number.isNaN(x)) x = med;
        // Negative values in a log1p column are new customers outside the fitted range; clamp at 0.
        if (log1p) x = Math.log1p(Math.max(0, x));
        data[i * cols + offset] = (x - center) / scale;
      }
      offset += 1;
    } else {
      if (!isCategorical(feature))
        throw new Error(`Column "${column.name}" was categorical when the segments were built; it is numeric now.`);
      const position = new Map(column.levels.map((l, j) => [l, j]));
      const codeToColumn = feature.levels.map((l) => position.get(l) ?? -1);
      for (let i = 0; i < table.rowCount; i++) {
        const code = feature.codes[i];
        const j = code >= 0 ? codeToColumn[code] : -1;
        // Missing and unseen levels stay all-zero: no level is claimed for them.
        if (j >= 0) data[i * cols + offset + j] = 1;
      }
      offset += column.levels.length;
    }
  }
  return m;
}
