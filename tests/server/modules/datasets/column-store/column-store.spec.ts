import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  appendStores,
  buildColumnStore,
  columnOf,
  ColumnStoreBuilder,
  textAt,
  textValues,
  type CodedColumn,
  type NumberColumn,
} from '../../../../../server/src/modules/datasets/column-store/column-store.js';
import { readColumnStore, writeColumnStore } from '../../../../../server/src/modules/datasets/column-store/column-store-file.js';
import { buildFeatureTable } from '../../../../../server/src/modules/training/pipeline/build-feature-table.js';
import { day, MIXED_COLUMNS } from '../../training/pipeline/mixed-columns.js';
import { featureTableFromStore } from '../../../../../server/src/modules/training/pipeline/store-feature-table.js';

const specs = MIXED_COLUMNS;
const rows: (string | null)[][] = [
  ['c1', '58138', 'Graduation', '4/9/2012', 'yes', 'F', '12', 'x', '1'],
  ['c2', null, 'PhD', '8/3/2014', 'no', 'M', '3', 'x', '0'],
  ['c3', '71613', null, null, null, null, '7', 'x', '1'],
  ['c4', '26646', 'Master', '10/2/2014', 'yes', 'f', '1', 'x', null],
  ['ç5 é', '1e3', 'Graduation', '21/8/2013', 'no', 'M', '9', 'x', '0'],
];

const dir = mkdtempSync(join(tmpdir(), 'column-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('column store', () => {
  const store = buildColumnStore(specs, rows, [10, 11, 12, 13, 14]);

  it('keeps numbers, day numbers, coded texts and identifiers, with missing values as NaN / -1 / null', () => {
    expect(store.rowCount).toBe(5);
    expect(Array.from(store.rowNumbers)).toEqual([10, 11, 12, 13, 14]);
    const income = columnOf(store, 'Income') as NumberColumn;
    expect(Array.from(income.values)).toEqual([58138, NaN, 71613, 26646, 1000]);
    const joined = columnOf(store, 'Joined') as NumberColumn;
    expect(Array.from(joined.values)).toEqual([day(2012, 9, 4), day(2014, 3, 8), NaN, day(2014, 2, 10), day(2013, 8, 21)]);
    const education = columnOf(store, 'Education') as CodedColumn;
    expect(education.levels).toEqual(['Graduation', 'Master', 'PhD']);
    expect(Array.from(education.codes)).toEqual([0, 2, -1, 1, 0]);
    expect(textValues(columnOf(store, 'ID'))).toEqual(['c1', 'c2', 'c3', 'c4', 'ç5 é']);
    expect(textValues(columnOf(store, 'Gender'), [3, 2])).toEqual(['f', null]);
    expect(textAt(joined, 0)).toBe('2012-09-04');
    expect(textAt(income, 1)).toBeNull();
  });

  it('lives in shared memory, so worker threads read it without a copy', () => {
    expect((columnOf(store, 'Income') as NumberColumn).values.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect((columnOf(store, 'Education') as CodedColumn).codes.buffer).toBeInstanceOf(SharedArrayBuffer);
  });

  it('round-trips through its file, missing identifiers included', async () => {
    const withMissingId = buildColumnStore(specs, [
      ...rows,
      [null, '1', 'PhD', '1/1/2015', 'no', 'M', '1', 'x', '1'],
      ['c7', '2', 'PhD', null, 'no', 'M', '1', 'x', '1'],
    ]);
    const path = join(dir, 'a', 'v1.cols');
    await writeColumnStore(path, withMissingId);
    const read = (await readColumnStore(path))!;
    expect(read.rowCount).toBe(7);
    expect(Array.from(read.rowNumbers)).toEqual(Array.from(withMissingId.rowNumbers));
    for (const column of withMissingId.columns) expect(textValues(columnOf(read, column.name))).toEqual(textValues(column));
    expect((columnOf(read, 'Joined') as NumberColumn).values.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(await readColumnStore(join(dir, 'missing.cols'))).toBeNull();
  });

  it('grows past its first capacity', () => {
    const builder = new ColumnStoreBuilder(specs, 2);
    rows.forEach((row, i) => builder.append(i + 1, row));
    const grown = builder.finish();
    for (const column of store.columns) expect(textValues(columnOf(grown, column.name))).toEqual(textValues(column));
  });

  it('gives the same feature table as the text rows', () => {
    const expected = buildFeatureTable(specs, rows, { target: 'Response' });
    const actual = featureTableFromStore(store, specs, { target: 'Response' });
    expect(Array.from(actual.y)).toEqual(Array.from(expected.y));
    expect(Array.from(actual.rowIndex)).toEqual(Array.from(expected.rowIndex));
    expect(actual.dateReferences).toEqual(expected.dateReferences);
    expect(actual.table.rowCount).toBe(expected.table.rowCount);
    expect(actual.table.features.map((f) => f.name)).toEqual(expected.table.features.map((f) => f.name));
    actual.table.features.forEach((feature, i) => {
      const other = expected.table.features[i];
      if (feature.kind === 'CATEGORICAL' && other.kind === 'CATEGORICAL') {
        expect(feature.levels).toEqual(other.levels);
        expect(Array.from(feature.codes)).toEqual(Array.from(other.codes));
      } else if (feature.kind !== 'CATEGORICAL' && other.kind !== 'CATEGORICAL')
        expect(Array.from(feature.values)).toEqual(Array.from(other.values));
      else throw new Error(`${feature.name}: kinds differ`);
    });
  });

  it('codes a new version with new category levels consistently, and drops levels only rows without a target have', () => {
    const next = buildColumnStore(specs, [
      ...rows,
      ['c8', '5', 'Basic', '1/1/2015', 'no', 'M', '1', 'x', null],
      ['c9', '6', 'Apprentice', '2/1/2015', 'yes', 'F', '1', 'x', '1'],
    ]);
    const education = columnOf(next, 'Education') as CodedColumn;
    expect(education.levels).toEqual(['Apprentice', 'Basic', 'Graduation', 'Master', 'PhD']);
    expect(textValues(education)).toEqual(['Graduation', 'PhD', null, 'Master', 'Graduation', 'Basic', 'Apprentice']);
    const built = featureTableFromStore(next, specs, { target: 'Response' });
    const feature = built.table.features.find((f) => f.name === 'Education')!;
    expect(feature.kind === 'CATEGORICAL' && feature.levels).toEqual(['Apprentice', 'Graduation', 'PhD']);
  });

  it('keeps every row when there is no target (segments)', () => {
    const built = featureTableFromStore(store, specs, { target: null });
    expect(built.table.rowCount).toBe(5);
    expect(built.table.features.map((f) => f.name)).toEqual(['Income', 'Education', 'Joined', 'Loan', 'Gender', 'Response']);
  });

  it('appends a store of new rows: the same texts as one store built from all rows, new levels re-coded', () => {
    const more: (string | null)[][] = [
      ['c6', '5', 'Basic', '1/1/2015', 'yes', 'M', '2', 'y', '1'],
      [null, null, null, null, null, null, null, null, null],
    ];
    const joined = appendStores(store, buildColumnStore(specs, more, [15, 16]));
    const whole = buildColumnStore(specs, [...rows, ...more], [10, 11, 12, 13, 14, 15, 16]);
    expect(Array.from(joined.rowNumbers)).toEqual([10, 11, 12, 13, 14, 15, 16]);
    for (const column of whole.columns) expect(textValues(columnOf(joined, column.name))).toEqual(textValues(column));
    expect((columnOf(joined, 'Education') as CodedColumn).levels).toEqual(['Basic', 'Graduation', 'Master', 'PhD']);
    expect(() => appendStores(store, buildColumnStore(specs.slice(1), []))).toThrow();
  });
});

describe('target-group data from the store', () => {
  it('equals the data made from the text rows', async () => {
    const { buildTargetGroupData } = await import('../../../../../server/src/modules/target-groups/target-group-input.js');
    const { targetGroupDataFromStore } = await import('../../../../../server/src/modules/target-groups/store-input.js');
    const columns = specs.map((s, position) => ({
      name: s.name,
      label: s.name,
      kind: s.kind,
      position,
      dateFormat: s.dateFormat ?? null,
      unit: null,
    }));
    const dataset = { targetColumn: 'Response', positiveLabel: null, idColumn: 'ID' };
    const store = buildColumnStore(specs, rows, [10, 11, 12, 13, 14]);
    const expected = buildTargetGroupData(columns, rows, store.rowNumbers, dataset, [11, 14]);
    const actual = targetGroupDataFromStore(columns, store, dataset, [11, 14]);
    expect(Array.from(actual.kept)).toEqual(Array.from(expected.kept));
    expect(Array.from(actual.data.target)).toEqual(Array.from(expected.data.target));
    expect(Array.from(actual.data.testMask ?? [])).toEqual(Array.from(expected.data.testMask ?? []));
    expect(actual.data.identifier?.values).toEqual(expected.data.identifier?.values);
    expect(Object.keys(actual.data.columns)).toEqual(Object.keys(expected.data.columns));
    for (const [name, column] of Object.entries(expected.data.columns)) {
      const mine = actual.data.columns[name];
      expect(mine.kind).toBe(column.kind);
      expect(Array.from(mine.values as ArrayLike<unknown>)).toEqual(Array.from(column.values as ArrayLike<unknown>));
    }
  });
});
