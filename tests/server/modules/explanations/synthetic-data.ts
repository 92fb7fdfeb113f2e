/**
 * Synthetic customers with KNOWN structure for the explanation tests: the predict functions
 * below are the ground truth, so what the explanations should say is known in advance.
 */
import { createRng, randomNormal } from '../../../../server/src/common/random.js';
import type { CategoricalFeature, FeatureTable, NumericFeature } from '../../../../server/src/modules/training/data/feature-table.js';

export const EDUCATION = ['Basic', 'Graduation', 'Master', 'PhD'];

export function syntheticCustomers(n: number, seed = 1): FeatureTable {
  const rng = createRng(seed);
  const num = (name: string, f: () => number, kind: NumericFeature['kind'] = 'NUMERIC'): NumericFeature => ({
    name,
    kind,
    values: Float64Array.from({ length: n }, f),
  });
  const cat = (name: string, levels: string[], weights: number[]): CategoricalFeature => ({
    name,
    kind: 'CATEGORICAL',
    levels,
    codes: Int32Array.from({ length: n }, () => {
      let u = rng() * weights.reduce((a, b) => a + b, 0);
      for (let k = 0; k < weights.length; k++) if ((u -= weights[k]) < 0) return k;
      return weights.length - 1;
    }),
  });
  return {
    rowCount: n,
    features: [
      num('recency', () => Math.floor(rng() * 100)),
      num('income', () => Math.max(1000, 50_000 + 20_000 * randomNormal(rng))),
      cat('education', EDUCATION, [0.1, 0.5, 0.25, 0.15]),
      num('kids', () => Math.floor(rng() * 3)),
      num('complained', () => (rng() < 0.2 ? 1 : 0), 'BINARY'),
      num('noise1', () => randomNormal(rng)),
      num('noise2', () => Math.floor(rng() * 1000)),
      cat('noiseCat', ['a', 'b', 'c'], [1, 1, 1]),
    ],
  };
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function column(table: FeatureTable, name: string): Float64Array | Int32Array {
  const f = table.features.find((x) => x.name === name);
  if (!f) throw new Error(`no feature ${name}`);
  return f.kind === 'CATEGORICAL' ? f.codes : f.values;
}

/** p = sigmoid(-4 + 2[recency < 30] + 0.00005 income + [PhD]); ignores every other feature. */
export function truePredict(table: FeatureTable): Float64Array {
  const r = column(table, 'recency');
  const inc = column(table, 'income');
  const edu = column(table, 'education');
  return Float64Array.from({ length: table.rowCount }, (_, i) =>
    sigmoid(-4 + 2 * (r[i] < 30 ? 1 : 0) + 0.00005 * inc[i] + (edu[i] === 3 ? 1 : 0)),
  );
}

/** Labels drawn from truePredict with a seeded RNG. */
export function drawLabels(p: Float64Array, seed = 2): Uint8Array {
  const rng = createRng(seed);
  return Uint8Array.from(p, (q) => (rng() < q ? 1 : 0));
}
