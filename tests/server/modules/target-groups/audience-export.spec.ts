import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell, neutraliseFormula } from '../../../../server/src/common/csv.js';
import { audienceCsvPages, audienceMatch } from '../../../../server/src/modules/target-groups/audience-export.js';
import {
  buildColumnStore,
  columnOf,
  textValues,
  type NumberColumn,
} from '../../../../server/src/modules/datasets/column-store/column-store.js';
import type { TargetGroupData } from '../../../../server/src/modules/target-groups/types.js';

const day = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);

describe('formula injection and quoting', () => {
  it.each([
    ['=HYPERLINK("http://x","click")', `"'=HYPERLINK(""http://x"",""click"")"`],
    ['+SUM(A1:A9)', "'+SUM(A1:A9)"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\tTAB', "'\tTAB"],
    ['\r=1', `"'\r=1"`],
  ])('neutralises %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('leaves plain values and plain numbers alone, and quotes separators', () => {
    expect(neutraliseFormula('-12.5')).toBe('-12.5');
    expect(neutraliseFormula('+3')).toBe('+3');
    expect(csvCell(-7)).toBe('-7');
    expect(csvCell('PhD')).toBe('PhD');
    expect(csvCell('Smith, Jane')).toBe('"Smith, Jane"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell(null)).toBe('');
    expect(csvCell(NaN)).toBe('');
  });
});

describe('audience export', () => {
  const store = buildColumnStore(
    [
      { name: 'ID', kind: 'IDENTIFIER' },
      { name: 'Recency', kind: 'NUMERIC' },
      { name: 'Education', kind: 'CATEGORICAL' },
      { name: 'Since', kind: 'DATE' },
    ],
    [
      ['A-1', '3', 'PhD', day(15_000)],
      ['-cmd', '40', 'PhD', day(15_001)],
      ['C 3', '10', '=1+1', day(15_002)],
      ['D4', null, 'PhD', day(15_003)],
      ['E5', '29', null, day(15_004)],
    ],
  );
  const kept = Int32Array.from([0, 1, 2, 3, 4]);
  const data: TargetGroupData = {
    rowCount: 5,
    columns: {
      Recency: { kind: 'NUMERIC', values: (columnOf(store, 'Recency') as NumberColumn).values },
      Education: { kind: 'CATEGORICAL', values: textValues(columnOf(store, 'Education')) },
      Since: { kind: 'DATE', values: (columnOf(store, 'Since') as NumberColumn).values },
    },
    target: Uint8Array.from([1, 0, 0, 1, 0]),
  };
  const predicted = Float64Array.from([0.91234, 0.1, 0.5, 0.7, 0.2]);
  const lines = (pages: Iterable<string>) => [...pages].join('\r\n').split('\r\n');

  it('yields a header and one line per matched customer, parseable and safe', () => {
    const conditions = [
      { feature: 'Recency', min: null, max: 29, levels: null },
      { feature: 'Education', min: null, max: null, levels: ['PhD', '=1+1'] },
    ];
    const match = audienceMatch(data, kept, conditions);
    expect(Array.from(match.rows)).toEqual([0, 2]);
    const out = lines(audienceCsvPages({ store, idColumn: 'ID', predicted }, conditions, match));
    expect(out[0]).toBe('ID,Recency,Education,predicted_probability');
    // Row 1 fails Recency, row 3 is missing Recency, row 4 is missing Education.
    const records = parse(out.join('\n'), { columns: true }) as Record<string, string>[];
    expect(records).toEqual([
      { ID: 'A-1', Recency: '3', Education: 'PhD', predicted_probability: '0.9123' },
      { ID: 'C 3', Recency: '10', Education: "'=1+1", predicted_probability: '0.5000' },
    ]);
  });

  it('is lazy, writes dates as ISO dates and numbers rows without an identifier', () => {
    const conditions = [{ feature: 'Since', min: 15_001, max: 15_002, levels: null }];
    const pages = audienceCsvPages({ store, idColumn: null, predicted: null }, conditions, audienceMatch(data, kept, conditions));
    expect(pages.next().value).toBe('row,Since');
    expect(lines(pages)).toEqual([`2,${day(15_001)}`, `3,${day(15_002)}`]);
    const noisy = [{ feature: 'Recency', min: 35, max: null, levels: null }];
    expect(lines(audienceCsvPages({ store, idColumn: 'ID', predicted }, noisy, audienceMatch(data, kept, noisy)))[1]).toBe(
      "'-cmd,40,0.1000",
    );
  });

  it('writes a large audience in pages of 5,000 lines', () => {
    const n = 12_001;
    const big = buildColumnStore(
      [{ name: 'Recency', kind: 'NUMERIC' }],
      Array.from({ length: n }, (_, i) => [String(i)]),
    );
    const all = Int32Array.from({ length: n }, (_, i) => i);
    const conditions = [{ feature: 'Recency', min: 1, max: null, levels: null }];
    const bigData: TargetGroupData = {
      rowCount: n,
      columns: { Recency: { kind: 'NUMERIC', values: (columnOf(big, 'Recency') as NumberColumn).values } },
      target: new Uint8Array(n),
    };
    const pages = [
      ...audienceCsvPages({ store: big, idColumn: null, predicted: null }, conditions, audienceMatch(bigData, all, conditions)),
    ];
    expect(pages.map((p) => p.split('\r\n').length)).toEqual([1, 5000, 5000, 2000]);
    expect(pages[3].split('\r\n').at(-1)).toBe('12001,12000');
  });
});
