import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell, neutraliseFormula } from '../../../../server/src/common/csv.js';
import { audienceCsvLines } from '../../../../server/src/modules/target-groups/audience-export.js';
import type { TargetGroupData } from '../../../../server/src/modules/target-groups/types.js';

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

describe('audienceCsvLines', () => {
  const data: TargetGroupData = {
    rowCount: 5,
    columns: {
      Recency: { kind: 'NUMERIC', values: Float64Array.from([3, 40, 10, NaN, 29]) },
      Education: { kind: 'CATEGORICAL', values: ['PhD', 'PhD', '=1+1', 'PhD', null] },
      Since: { kind: 'DATE', values: Float64Array.from([15_000, 15_001, 15_002, 15_003, 15_004]) },
    },
    target: Uint8Array.from([1, 0, 0, 1, 0]),
    predicted: Float64Array.from([0.91234, 0.1, 0.5, 0.7, 0.2]),
    identifier: { name: 'ID', values: ['A-1', '-cmd', 'C 3', 'D4', 'E5'] },
  };

  it('yields a header and one line per matched customer, parseable and safe', () => {
    const lines = [
      ...audienceCsvLines(data, [
        { feature: 'Recency', min: null, max: 29, levels: null },
        { feature: 'Education', min: null, max: null, levels: ['PhD', '=1+1'] },
      ]),
    ];
    expect(lines[0]).toBe('ID,Recency,Education,predicted_probability');
    // Row 1 fails Recency, row 3 is missing Recency, row 4 is missing Education.
    const records = parse(lines.join('\n'), { columns: true }) as Record<string, string>[];
    expect(records).toEqual([
      { ID: 'A-1', Recency: '3', Education: 'PhD', predicted_probability: '0.9123' },
      { ID: 'C 3', Recency: '10', Education: "'=1+1", predicted_probability: '0.5000' },
    ]);
  });

  it('is lazy, writes dates as ISO dates and numbers rows without an identifier', () => {
    const { identifier: _ignored, predicted: _p, ...plain } = data;
    const lines = audienceCsvLines(plain, [{ feature: 'Since', min: 15_001, max: 15_002, levels: null }]);
    expect(lines.next().value).toBe('row,Since');
    expect(lines.next().value).toBe(`2,${new Date(15_001 * 86_400_000).toISOString().slice(0, 10)}`);
    expect([...lines]).toEqual([`3,${new Date(15_002 * 86_400_000).toISOString().slice(0, 10)}`]);
    const noisy = [...audienceCsvLines(data, [{ feature: 'Recency', min: 35, max: null, levels: null }])];
    expect(noisy[1]).toBe("'-cmd,40,0.1000");
  });
});
