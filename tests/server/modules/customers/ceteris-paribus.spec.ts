import { describe, expect, it } from 'vitest';
import type { FeatureTable } from '../../../../server/src/modules/training/data/feature-table.js';
import { ceterisParibus, quantileGrid } from '../../../../server/src/modules/customers/ceteris-paribus.js';

const background: FeatureTable = {
  rowCount: 6,
  features: [
    { name: 'recency', kind: 'NUMERIC', values: Float64Array.from([5, 10, 10, 40, NaN, 90]) },
    { name: 'channel', kind: 'CATEGORICAL', levels: ['web', 'store', 'phone'], codes: Int32Array.from([0, 0, 1, 0, -1, 1]) },
  ],
};
const customer: FeatureTable = {
  rowCount: 1,
  features: [
    { name: 'recency', kind: 'NUMERIC', values: Float64Array.from([40]) },
    { name: 'channel', kind: 'CATEGORICAL', levels: ['store'], codes: Int32Array.from([0]) },
  ],
};

/** A transparent model: falls with recency, higher in stores. */
const predict = (t: FeatureTable) => {
  const r = t.features[0] as { values: Float64Array };
  const c = t.features[1] as { levels: string[]; codes: Int32Array };
  return Float64Array.from({ length: t.rowCount }, (_, i) => 0.8 - r.values[i] / 200 + (c.levels[c.codes[i]] === 'store' ? 0.1 : 0));
};

describe('ceterisParibus', () => {
  it('moves a number over the seen values only, keeping the rest of the customer', () => {
    const curve = ceterisParibus(predict, customer, background, 'recency', 25);
    expect(curve.map((p) => p.value)).toEqual([5, 10, 40, 90]);
    expect(curve.map((p) => p.probability)).toEqual([
      0.8 - 5 / 200 + 0.1,
      0.8 - 10 / 200 + 0.1,
      0.8 - 40 / 200 + 0.1,
      0.8 - 90 / 200 + 0.1,
    ]);
  });

  it('moves a category over the seen levels, most frequent first', () => {
    const curve = ceterisParibus(predict, customer, background, 'channel');
    expect(curve.map((p) => p.value)).toEqual(['web', 'store']);
    expect(curve[1].probability - curve[0].probability).toBeCloseTo(0.1, 12);
  });

  it('quantileGrid: distinct quantiles of the present values', () => {
    expect(quantileGrid(Float64Array.from([3, 1, NaN, 2, 2]), 3)).toEqual([1, 2, 3]);
    expect(quantileGrid(Float64Array.from([NaN]), 5)).toEqual([]);
  });
});
