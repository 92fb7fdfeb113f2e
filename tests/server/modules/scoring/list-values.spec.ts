import { describe, expect, it } from 'vitest';
import { listRowValues, ReplacedValues, type ListValueColumn } from '../../../../server/src/modules/scoring/list-values.js';

const column = (c: Partial<ListValueColumn> & Pick<ListValueColumn, 'name' | 'kind'>): ListValueColumn => ({
  label: c.name,
  decimalComma: false,
  dateFormat: null,
  levels: null,
  trainedLevels: null,
  ...c,
});

const columns: ListValueColumn[] = [
  column({ name: 'Income', kind: 'NUMERIC' }),
  column({ name: 'Education', kind: 'CATEGORICAL', trainedLevels: new Set(['Basic', 'PhD']) }),
  column({ name: 'Joined', kind: 'DATE', dateFormat: 'MDY' }),
  column({ name: 'Complain', kind: 'BINARY', levels: ['No', 'Yes'] }),
  column({ name: 'ID', kind: 'IDENTIFIER' }),
];
const all = [0, 1, 2, 3, 4];

describe('listRowValues', () => {
  it('stores values as the importer does: canonical numbers, dates as written, yes/no in the dataset spelling', () => {
    expect(listRowValues(['1,234', ' PhD ', '9/4/2012', 'YES', ' 17 '], columns, all)).toEqual(['1234', 'PhD', '9/4/2012', 'Yes', '17']);
  });

  it('reads the other decimal mark than the dataset, and missing tokens as unknown', () => {
    expect(listRowValues(['1,5', 'NA', '', 'n/a', ''], columns, all)).toEqual(['1.5', null, null, null, null]);
  });

  it('makes values of the wrong kind unknown and counts them; keeps unseen categories and counts them', () => {
    const replaced = new ReplacedValues(columns);
    expect(listRowValues(['lots', 'Astronaut', '31/31/2020', 'maybe', 'x'], columns, all, replaced)).toEqual([
      null,
      'Astronaut',
      null,
      null,
      'x',
    ]);
    listRowValues(['lots', 'Basic', '1/2/2020', 'No', 'y'], columns, all, replaced);
    expect(replaced.records()).toEqual([
      { column: 'Income', label: 'Income', wrongKind: 2, unseen: 0, examples: ['lots'] },
      { column: 'Education', label: 'Education', wrongKind: 0, unseen: 1, examples: ['Astronaut'] },
      { column: 'Joined', label: 'Joined', wrongKind: 1, unseen: 0, examples: ['31/31/2020'] },
      { column: 'Complain', label: 'Complain', wrongKind: 1, unseen: 0, examples: ['maybe'] },
    ]);
  });

  it('leaves columns the file does not have unknown', () => {
    expect(listRowValues(['7'], columns, [0, -1, -1, -1, -1])).toEqual(['7', null, null, null, null]);
  });
});
