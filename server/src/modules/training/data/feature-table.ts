/**
 * The in-memory, column-oriented form of a dataset that every piece of ML code works on
 * (training, explanations, target groups, segments). It holds *original features* as the
 * user knows them (e.g. `Education`), never encoded columns: encoders live inside each
 * model, so permuting or varying a feature here treats all of its encoded columns as one
 * block, exactly like scikit-learn's inspection tools with the encoder inside a Pipeline.
 *
 * Free of GraphQL, TypeORM and I/O so it can cross into worker threads (typed arrays are
 * structured-cloneable) and be unit-tested fast.
 */

/**
 * NUMERIC, BINARY (0/1) and DATE (days before the dataset's latest date) features.
 * Missing values are NaN.
 */
export interface NumericFeature {
  name: string;
  kind: 'NUMERIC' | 'BINARY' | 'DATE';
  values: Float64Array;
}

/** CATEGORICAL features as integer codes into `levels`; -1 is missing. */
export interface CategoricalFeature {
  name: string;
  kind: 'CATEGORICAL';
  levels: string[];
  codes: Int32Array;
}

export type Feature = NumericFeature | CategoricalFeature;

export interface FeatureTable {
  rowCount: number;
  features: Feature[];
}

/** A binary target: 1 = responded (the positive label), 0 = did not. */
export type Target = Uint8Array;

/** Anything that turns a feature table into response probabilities, one per row. */
export type PredictProba = (table: FeatureTable) => Float64Array;

export function isCategorical(feature: Feature): feature is CategoricalFeature {
  return feature.kind === 'CATEGORICAL';
}

/** The rows `indices` of a table, in that order (a new table; the source is untouched). */
export function takeRows(table: FeatureTable, indices: ArrayLike<number>): FeatureTable {
  const n = indices.length;
  const features = table.features.map((feature): Feature => {
    if (isCategorical(feature)) {
      const codes = new Int32Array(n);
      for (let i = 0; i < n; i++) codes[i] = feature.codes[indices[i]];
      return { ...feature, codes };
    }
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) values[i] = feature.values[indices[i]];
    return { ...feature, values };
  });
  return { rowCount: n, features };
}

/** A shallow copy whose feature `index` is replaced (for permutation and partial dependence). */
export function withFeature(table: FeatureTable, index: number, feature: Feature): FeatureTable {
  const features = table.features.slice();
  features[index] = feature;
  return { rowCount: table.rowCount, features };
}

export function featureIndex(table: FeatureTable, name: string): number {
  const index = table.features.findIndex((f) => f.name === name);
  if (index < 0) throw new Error(`Unknown feature "${name}".`);
  return index;
}
