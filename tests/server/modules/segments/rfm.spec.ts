import { describe, expect, it } from 'vitest';
import type { Feature, FeatureTable } from '../../../../server/src/modules/training/data/feature-table.js';
import { buildRfmFeatures, detectRfmColumns } from '../../../../server/src/modules/segments/rfm.js';

const num = (name: string, values: number[]): Feature => ({ name, kind: 'NUMERIC', values: Float64Array.from(values) });
const table = (...features: Feature[]): FeatureTable => ({ rowCount: (features[0] as { values: Float64Array }).values.length, features });

const ifoodLike = table(
  num('Income', [50, 60, 70]),
  num('Recency', [10, 50, 90]),
  num('MntWines', [100, 0, NaN]),
  num('MntMeatProducts', [50, 5, NaN]),
  num('NumDealsPurchases', [1, 2, 3]),
  num('NumWebPurchases', [4, 1, 0]),
  num('NumStorePurchases', [6, 2, NaN]),
  num('NumWebVisitsMonth', [7, 7, 7]),
  { name: 'AcceptedCmp1', kind: 'BINARY', values: Float64Array.from([1, 0, 0]) },
);

describe('RFM', () => {
  it('detects iFood-style columns: deals and web visits are not purchases counted twice', () => {
    expect(detectRfmColumns(ifoodLike)).toEqual({
      recency: 'Recency',
      frequency: ['NumWebPurchases', 'NumStorePurchases'],
      monetary: ['MntWines', 'MntMeatProducts'],
      recencyForNever: null,
    });
  });

  it('builds Recency, Frequency and Monetary as row sums that skip missing parts', () => {
    const { table: rfm, featureNames } = buildRfmFeatures(ifoodLike);
    expect(featureNames).toEqual(['Recency', 'Frequency', 'Monetary']);
    const values = (i: number) => [...(rfm.features[i] as { values: Float64Array }).values];
    expect(values(0)).toEqual([10, 50, 90]);
    expect(values(1)).toEqual([10, 3, 0]);
    expect(values(2)[0]).toBe(150);
    expect(values(2)[1]).toBe(5);
    expect(values(2)[2]).toBeNaN();
  });

  it('detects bank-style columns, treating pdays = -1 ("never") as the least recent', () => {
    const bank = table(
      num('age', [30, 40, 50]),
      num('balance', [100, -20, 3000]),
      num('pdays', [-1, 5, 300]),
      num('previous', [0, 2, 7]),
      num('campaign', [1, 1, 2]),
    );
    const built = buildRfmFeatures(bank);
    expect(built.sources).toMatchObject({ recency: 'pdays', frequency: ['previous'], monetary: ['balance'] });
    expect([...(built.table.features[0] as { values: Float64Array }).values]).toEqual([301, 5, 300]);
    // New customers reuse the fitted replacement, whatever their own maximum.
    const fresh = buildRfmFeatures(
      table(num('age', [1]), num('balance', [1]), num('pdays', [-1]), num('previous', [0]), num('campaign', [1])),
      {
        ...built.sources,
        recencyForNever: built.sources.recencyForNever!,
      },
    );
    expect((fresh.table.features[0] as { values: Float64Array }).values[0]).toBe(301);
  });

  it('lets every part be configured, including switching one off', () => {
    const built = buildRfmFeatures(ifoodLike, { recency: null, frequency: ['NumDealsPurchases'], monetary: ['Income'] });
    expect(built.featureNames).toEqual(['Frequency', 'Monetary']);
    expect([...(built.table.features[0] as { values: Float64Array }).values]).toEqual([1, 2, 3]);
    expect(() => buildRfmFeatures(ifoodLike, { recency: 'Nope' })).toThrow(/"Nope" is not in the dataset/);
  });

  it('explains what to do when no RFM column can be found', () => {
    const none = table(num('age', [1, 2]), num('height', [3, 4]));
    expect(() => buildRfmFeatures(none)).toThrow(/No RFM columns found.*(CUSTOM|top drivers)/s);
  });
});
