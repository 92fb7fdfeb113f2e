import { describe, expect, it } from 'vitest';
import { buildFeatureTable } from '../../../../../server/src/modules/training/pipeline/build-feature-table.js';
import { day, MIXED_COLUMNS } from './mixed-columns.js';
import type { CategoricalFeature, NumericFeature } from '../../../../../server/src/modules/training/data/feature-table.js';

describe('buildFeatureTable', () => {
  const columns = MIXED_COLUMNS;
  const rows: Array<Array<string | null>> = [
    ['1', '50000', 'PhD', '01/01/2014', 'yes', 'F', '120', 'x', 'yes'],
    ['2', null, 'Basic', '31/12/2013', 'no', 'M', '30', 'y', 'no'],
    ['3', '72000.5', null, '15/01/2014', 'YES', 'm', '50', 'z', null],
    ['4', '12', 'Basic', null, null, 'f', '10', 'w', 'No'],
  ];
  const built = buildFeatureTable(columns, rows, { target: 'Response' });
  const feature = (name: string) => built.table.features.find((f) => f.name === name)!;

  it('drops rows without a target and maps table rows back to stored rows', () => {
    expect(built.table.rowCount).toBe(3);
    expect(Array.from(built.rowIndex)).toEqual([0, 1, 3]);
    expect(Array.from(built.y)).toEqual([1, 0, 0]);
  });

  it('leaves out identifiers, ignored, after-contact and target columns', () => {
    expect(built.table.features.map((f) => f.name)).toEqual(['Income', 'Education', 'Joined', 'Loan', 'Gender']);
  });

  it('parses numbers with NaN for missing', () => {
    expect(Array.from((feature('Income') as NumericFeature).values)).toEqual([50000, NaN, 12]);
  });

  it('turns binaries into 0/1 by the default words or the column positive label', () => {
    expect(Array.from((feature('Loan') as NumericFeature).values)).toEqual([1, 0, NaN]);
    expect(Array.from((feature('Gender') as NumericFeature).values)).toEqual([1, 0, 1]);
  });

  it('codes categories over the sorted levels of the kept rows, -1 for missing', () => {
    const education = feature('Education') as CategoricalFeature;
    expect(education.levels).toEqual(['Basic', 'PhD']);
    expect(Array.from(education.codes)).toEqual([1, 0, 0]);
  });

  it('turns dates into days before the latest date of ALL rows (D/M/Y here)', () => {
    // The latest date, 15/01/2014, is on the row dropped for its missing target.
    expect(built.dateReferences.Joined).toBe(day(2014, 1, 15));
    expect(Array.from((feature('Joined') as NumericFeature).values)).toEqual([14, 15, NaN]);
    const mdy = buildFeatureTable(
      [
        { name: 'Dt', kind: 'DATE', dateFormat: 'MDY' },
        { name: 'y', kind: 'BINARY' },
      ],
      [
        ['6/16/2014', '1'],
        ['6/1/2014', '0'],
      ],
      { target: 'y' },
    );
    expect(Array.from((mdy.table.features[0] as NumericFeature).values)).toEqual([0, 15]);
    const iso = buildFeatureTable(
      [
        { name: 'Dt', kind: 'DATE' },
        { name: 'y', kind: 'BINARY' },
      ],
      [
        ['2014-06-16', '1'],
        ['2013-06-16', '0'],
      ],
      { target: 'y' },
    );
    expect(Array.from((iso.table.features[0] as NumericFeature).values)).toEqual([0, 365]);
  });

  it('uses the target positive label when given', () => {
    const custom = buildFeatureTable(
      [
        { name: 'x', kind: 'NUMERIC' },
        { name: 'outcome', kind: 'CATEGORICAL' },
      ],
      [
        ['1', 'bought'],
        ['2', 'ignored'],
        ['3', 'Bought'],
      ],
      {
        target: 'outcome',
        positiveLabel: 'bought',
      },
    );
    expect(Array.from(custom.y)).toEqual([1, 0, 1]);
  });

  it('rejects an unknown target, duplicate names and ragged rows', () => {
    expect(() => buildFeatureTable(columns, rows, { target: 'Nope' })).toThrow(/"Nope"/);
    expect(() =>
      buildFeatureTable(
        [
          { name: 'a', kind: 'NUMERIC' },
          { name: 'a', kind: 'BINARY' },
        ],
        [],
        { target: 'a' },
      ),
    ).toThrow(/twice/);
    expect(() => buildFeatureTable(columns, [['1']], { target: 'Response' })).toThrow(/Row 0 has 1 values/);
  });
});
