/** Small synthetic tables for the tree tests (seeded, so every run sees the same data). */
import { createRng } from '../../../../../server/src/common/random.js';
import type { Feature, FeatureTable } from '../../../../../server/src/modules/training/data/feature-table.js';

export const numeric = (name: string, values: ArrayLike<number>): Feature => ({ name, kind: 'NUMERIC', values: Float64Array.from(values) });

export const categorical = (name: string, levels: string[], codes: ArrayLike<number>): Feature => ({
  name,
  kind: 'CATEGORICAL',
  levels,
  codes: Int32Array.from(codes),
});

export const table = (...features: Feature[]): FeatureTable => ({
  rowCount: features[0].kind === 'CATEGORICAL' ? features[0].codes.length : features[0].values.length,
  features,
});

/**
 * A mixed table with missing values, a many-level categorical and a noisy logistic target,
 * for checks that must hold on any data (compiled = binned predictions, round trips).
 */
export function mixedData(n: number, seed: number): { table: FeatureTable; y: Uint8Array } {
  const rng = createRng(seed);
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  const c = new Int32Array(n);
  const d = new Float64Array(n);
  const y = new Uint8Array(n);
  const levels = ['north', 'south', 'east', 'west', 'centre', 'islands', 'abroad'];
  const effect = [1.2, -0.8, 0.9, -1.1, 0.1, 1.5, -0.3];
  for (let i = 0; i < n; i++) {
    a[i] = rng() < 0.1 ? NaN : Math.round(rng() * 1000) / 10;
    b[i] = Math.floor(rng() * 600); // more distinct values than bins
    c[i] = rng() < 0.05 ? -1 : Math.floor(rng() * levels.length);
    d[i] = rng() < 0.5 ? 1 : 0;
    const score = (Number.isNaN(a[i]) ? 1 : (a[i] - 50) / 25) + (c[i] < 0 ? 0 : effect[c[i]]) + (b[i] > 300 ? 0.7 : -0.7) + 0.5 * d[i];
    y[i] = rng() < 1 / (1 + Math.exp(-score)) ? 1 : 0;
  }
  return {
    table: {
      rowCount: n,
      features: [numeric('a', a), numeric('b', b), categorical('region', levels, c), { name: 'flag', kind: 'BINARY', values: d }],
    },
    y,
  };
}
