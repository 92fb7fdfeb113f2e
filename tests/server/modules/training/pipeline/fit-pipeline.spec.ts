import { describe, expect, it } from 'vitest';
import { takeRows, withFeature, type FeatureTable } from '../../../../../server/src/modules/training/data/feature-table.js';
import {
  columnsByFeature,
  fitPipeline,
  pipelineFromJSON,
  pipelineToJSON,
  transform,
  type EncodedMatrix,
} from '../../../../../server/src/modules/training/pipeline/fit-pipeline.js';
import { IFOOD, loadIfood, reasonIfMissing } from '../../../../helpers/datasets.js';

/** 200 training rows: Education 120 Graduation, 79 PhD, 1 Alone (0.5 % < 1 %); Income missing in 4 rows. */
function trainingTable(): FeatureTable {
  const n = 200;
  const education = Int32Array.from({ length: n }, (_, i) => (i < 120 ? 0 : i < 199 ? 1 : 2)); // 120 Graduation, 79 PhD, 1 Alone
  const income = Float64Array.from({ length: n }, (_, i) => (i % 50 === 0 ? NaN : i)); // 4 missing
  const age = Float64Array.from({ length: n }, (_, i) => 20 + (i % 10)); // never missing
  const loan = Float64Array.from({ length: n }, (_, i) => (i % 4 === 0 ? 1 : 0));
  return {
    rowCount: n,
    features: [
      { name: 'Education', kind: 'CATEGORICAL', levels: ['Graduation', 'PhD', 'Alone'], codes: education },
      { name: 'Income', kind: 'NUMERIC', values: income },
      { name: 'Age', kind: 'NUMERIC', values: age },
      { name: 'Loan', kind: 'BINARY', values: loan },
    ],
  };
}

const column = (m: EncodedMatrix, j: number) => Array.from({ length: m.rows }, (_, i) => m.data[i * m.cols + j]);
const row = (m: EncodedMatrix, i: number) => Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols));

describe('fitPipeline / transform', () => {
  const train = trainingTable();
  const pipeline = fitPipeline(train);

  it('names every encoded column and records its original feature', () => {
    expect(pipeline.columnNames).toEqual([
      'Education=Graduation',
      'Education=PhD',
      'Education=other',
      'Income',
      'Income (missing)',
      'Age',
      'Loan',
    ]);
    expect(pipeline.featureOf).toEqual([0, 0, 0, 1, 1, 2, 3]);
    expect(columnsByFeature(pipeline)).toEqual([[0, 1, 2], [3, 4], [5], [6]]);
  });

  it('standardises numbers with the training mean/std after median imputation', () => {
    const x = transform(pipeline, train);
    for (const j of [3, 5]) {
      const values = column(x, j);
      const mean = values.reduce((s, v) => s + v, 0) / values.length;
      const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
      expect(mean).toBeCloseTo(0, 10);
      expect(variance).toBeCloseTo(1, 10);
    }
    // Income present values are 1..199 without 50, 100, 150 -> 196 values, median = mean of 98th and 99th = (99 + 101) / 2.
    const income = pipeline.features[1];
    expect(income.kind === 'NUMERIC' && income.median).toBe(100);
    // Missing rows get the median (standardised) and indicator 1.
    expect(row(x, 0).slice(3, 5)).toEqual([expect.closeTo(income.kind === 'NUMERIC' ? (100 - income.mean) / income.std : NaN, 12), 1]);
    expect(column(x, 4).reduce((s, v) => s + v, 0)).toBe(4);
  });

  it('keeps binaries 0/1 and one-hot codes categories, pooling rare levels into other', () => {
    const x = transform(pipeline, train);
    expect(column(x, 6).slice(0, 4)).toEqual([1, 0, 0, 0]);
    expect(row(x, 0).slice(0, 3)).toEqual([1, 0, 0]);
    expect(row(x, 150).slice(0, 3)).toEqual([0, 1, 0]);
    expect(row(x, 199).slice(0, 3)).toEqual([0, 0, 1]); // Alone: 1 of 200 rows < 1 %
  });

  it('encodes new rows with TRAINING statistics, matching levels by text', () => {
    const test: FeatureTable = {
      rowCount: 4,
      features: [
        // Another level order, a level never seen in training (YOLO) and a missing value.
        { name: 'Loan', kind: 'BINARY', values: Float64Array.of(0, 1, NaN, 1) },
        { name: 'Education', kind: 'CATEGORICAL', levels: ['PhD', 'YOLO', 'Graduation'], codes: Int32Array.of(0, 1, 2, -1) },
        { name: 'Income', kind: 'NUMERIC', values: Float64Array.of(100, NaN, 1000, 5) },
        { name: 'Age', kind: 'NUMERIC', values: Float64Array.of(NaN, 20, 29, 25) },
      ],
    };
    const x = transform(pipeline, test);
    expect(x.cols).toBe(7);
    expect([row(x, 0), row(x, 1), row(x, 2), row(x, 3)].map((r) => r.slice(0, 3))).toEqual([
      [0, 1, 0],
      [0, 0, 1],
      [1, 0, 0],
      [0, 0, 1],
    ]);
    const age = pipeline.features[2];
    if (age.kind !== 'NUMERIC') throw new Error('Age should be numeric');
    // Age had no missing values in training: no indicator, a missing test value gets the training median.
    expect(row(x, 0)[5]).toBeCloseTo((age.median - age.mean) / age.std, 12);
    expect(row(x, 2)[5]).toBeCloseTo((29 - age.mean) / age.std, 12);
    expect(column(x, 4)).toEqual([0, 1, 0, 0]);
    expect(column(x, 6)[2]).toBe(0); // Loan's training median (0) for the missing value
  });

  it('sends unseen levels to all zeros when training had no rare levels', () => {
    const noRare = fitPipeline(train, { minFrequency: 0 });
    expect(noRare.columnNames.slice(0, 3)).toEqual(['Education=Graduation', 'Education=PhD', 'Education=Alone']);
    const test = withFeature(takeRows(train, [0]), 0, {
      name: 'Education',
      kind: 'CATEGORICAL',
      levels: ['YOLO'],
      codes: Int32Array.of(0),
    });
    expect(row(transform(noRare, test), 0).slice(0, 3)).toEqual([0, 0, 0]);
  });

  it('survives a JSON round trip with identical output', () => {
    const restored = pipelineFromJSON(JSON.parse(JSON.stringify(pipelineToJSON(pipeline))));
    expect(restored).toEqual(pipeline);
    expect(Array.from(transform(restored, train).data)).toEqual(Array.from(transform(pipeline, train).data));
    expect(() => pipelineFromJSON({ ...pipeline, columnNames: ['x'] })).toThrow(/Corrupt/);
    expect(() => pipelineFromJSON({ format: 'other' })).toThrow(/format/);
  });

  it('rejects a missing feature, a changed kind and bad options', () => {
    expect(() => transform(pipeline, { rowCount: 1, features: [] })).toThrow(/Unknown feature "Education"/);
    const changed = {
      ...train,
      features: train.features.map((f) =>
        f.name === 'Age' ? { name: 'Age', kind: 'CATEGORICAL' as const, levels: ['a'], codes: new Int32Array(200) } : f,
      ),
    };
    expect(() => transform(pipeline, changed)).toThrow(/was NUMERIC/);
    expect(() => fitPipeline(train, { minFrequency: 1 })).toThrow(/minFrequency/);
  });
});

describe.skipIf(reasonIfMissing(IFOOD))('fitPipeline on iFood', () => {
  it('produces the 35 columns scikit-learn reference pipeline produces', () => {
    // sklearn_reference.py: 23 numeric/binary/date + Income's indicator + Education (5) + Marital_Status (5 + infrequent).
    const pipeline = fitPipeline(loadIfood().table);
    expect(pipeline.columnNames).toHaveLength(35);
    expect(pipeline.columnNames).toContain('Marital_Status=other');
    expect(pipeline.columnNames).toContain('Income (missing)');
    expect(pipeline.columnNames.filter((c) => c.startsWith('Education='))).toHaveLength(5);
  });
});
