import { describe, expect, it } from 'vitest';
import { ColumnProfiler, KIND_PRECEDENCE } from '../../../../../server/src/modules/datasets/import/column-inference.js';
import type { ProfilerOptions } from '../../../../../server/src/modules/datasets/import/column-profile.js';

function profile(names: string[], rows: string[][], options: ProfilerOptions = {}) {
  const profiler = new ColumnProfiler(names, options);
  for (const row of rows) profiler.addRow(row);
  return profiler.finalize();
}
const col = (rows: string[], name = 'x', options: ProfilerOptions = {}) =>
  profile(
    [name],
    rows.map((v) => [v]),
    options,
  ).columns[0];

describe('ColumnProfiler kinds', () => {
  it('exports the precedence of kinds, constant columns first and text last', () => {
    expect(KIND_PRECEDENCE[0]).toBe('IGNORED');
    expect(KIND_PRECEDENCE.at(-1)).toBe('CATEGORICAL');
    expect(new Set(KIND_PRECEDENCE).size).toBe(6);
  });

  it('reads every binary spelling in any case, with the positive label', () => {
    for (const [a, b, pos] of [
      ['0', '1', '1'],
      ['No', 'YES', 'YES'],
      ['false', 'True', 'True'],
      ['n', 'Y', 'Y'],
      ['F', 't', 't'],
    ]) {
      const c = col([a, b, a, b, a], 'flag');
      expect(c.kind, `${a}/${b}`).toBe('BINARY');
      expect(c.positiveLabel).toBe(pos);
    }
    expect(col(['M', 'F', 'M']).kind).toBe('CATEGORICAL');
  });

  it('marks constant and all-missing columns IGNORED, treating NA tokens as missing', () => {
    expect(col(['3', '3', '3'], 'Z_CostContact')).toMatchObject({ kind: 'IGNORED', distinct: 1 });
    expect(col(['NA', 'n/a', 'NULL', '?', ''])).toMatchObject({ kind: 'IGNORED', missing: 5 });
  });

  it('resolves D/M vs M/D from the whole column, and keeps ambiguous dates as text', () => {
    const early = Array.from({ length: 50 }, (_, i) => `0${(i % 9) + 1}/0${(i % 8) + 1}/2020`);
    expect(col([...early, '13/01/2020'])).toMatchObject({ kind: 'DATE', dateFormat: 'DMY' });
    expect(col([...early, '01/13/2020'])).toMatchObject({ kind: 'DATE', dateFormat: 'MDY', datePattern: 'M/D/YYYY' });
    const ambiguous = col(early);
    expect(ambiguous.kind).toBe('CATEGORICAL');
    expect(ambiguous.reason).toContain('ambiguous between D/M/YYYY and M/D/YYYY');
    expect(col(['1-2-2020', '25-12-2020'])).toMatchObject({ kind: 'DATE', dateFormat: 'DMY', datePattern: 'D-M-YYYY' });
  });

  it('gives date ranges as ISO dates', () => {
    expect(col(['2020-01-31', '2019-12-01', '2021-02-28'])).toMatchObject({ minDate: '2019-12-01', maxDate: '2021-02-28' });
  });

  it('accepts decimal commas only when the delimiter is not a comma', () => {
    expect(col(['1,5', '2', '0,25'], 'p', { decimalCommaAllowed: true })).toMatchObject({
      kind: 'NUMERIC',
      decimalComma: true,
      min: 0.25,
      max: 2,
    });
    expect(col(['1,5', '2', '0,25'], 'p', { decimalCommaAllowed: false }).kind).toBe('CATEGORICAL');
    expect(col(['1,500', '2,250', '12'], 'p', { decimalCommaAllowed: false })).toMatchObject({ kind: 'NUMERIC', max: 2250 });
    expect(col(['1.5', '1,5'], 'p', { decimalCommaAllowed: true }).reason).toContain('mix decimal points');
  });

  it('finds identifiers by uniqueness plus name, or unique text in larger files', () => {
    const ids = Array.from({ length: 30 }, (_, i) => String(1000 + i));
    expect(col(ids, 'CustomerID').kind).toBe('IDENTIFIER');
    expect(col(ids, 'amount').kind).toBe('NUMERIC');
    expect(
      col(
        ids.map((i) => `user${i}@x.org`),
        'email',
      ).kind,
    ).toBe('IDENTIFIER');
    expect(col([...ids.slice(1), ids[0]].concat(ids[0]), 'ID').kind).toBe('NUMERIC');
  });

  it('checks uniqueness beyond the distinct-value cap with bounded memory', () => {
    const n = 5000;
    const unique = col(
      Array.from({ length: n }, (_, i) => `k${i}`),
      'key',
      { maxLevels: 100 },
    );
    expect(unique).toMatchObject({ kind: 'IDENTIFIER', distinct: n, distinctCapped: false });
    const repeated = Array.from({ length: n }, (_, i) => `k${i}`);
    repeated[n - 1] = 'k4000';
    const dup = col(repeated, 'key', { maxLevels: 100 });
    expect(dup.kind).toBe('CATEGORICAL');
    expect(dup.distinctCapped).toBe(true);
    expect(dup.distinct).toBeGreaterThanOrEqual(100);
    expect(dup.topLevels.length).toBeLessThanOrEqual(10);
  });

  it('reports uniqueness as unknown (not an identifier by text) when the hash budget runs out', () => {
    const values = Array.from({ length: 3000 }, (_, i) => `v${i}`);
    const c = col(values, 'comment', { maxLevels: 100, hashBudget: 500 });
    expect(c.kind).toBe('CATEGORICAL');
    expect(c.distinctCapped).toBe(true);
  });
});

describe('ColumnProfiler target and campaigns', () => {
  const names = ['ID', 'AcceptedCmp1', 'poutcome', 'Response'];
  const rows = [
    ['1', '0', 'success', '1'],
    ['2', '1', 'failure', '0'],
    ['3', '0', 'unknown', '0'],
    ['4', '0', 'other', '1'],
  ];

  it('infers the target from its name and marks earlier campaigns with their rates', () => {
    const result = profile(names, rows);
    expect(result).toMatchObject({ targetColumn: 'Response', positiveLabel: '1', positiveRate: 0.5, idColumn: 'ID' });
    const [, cmp1, pout, response] = result.columns;
    expect(cmp1).toMatchObject({ isPastCampaign: true, isTarget: false, campaign: { responded: 1, total: 4 } });
    expect(pout).toMatchObject({
      kind: 'CATEGORICAL',
      isPastCampaign: true,
      positiveLabel: 'success',
      campaign: { responded: 1, total: 3 },
    });
    expect(response).toMatchObject({ isTarget: true, isPastCampaign: false });
  });

  it('takes a given target and positive label, and rejects impossible ones', () => {
    const result = profile(names, rows, { target: 'acceptedcmp1', positive: '0' });
    expect(result).toMatchObject({ targetColumn: 'AcceptedCmp1', positiveLabel: '0', positiveRate: 0.75 });
    expect(() => profile(names, rows, { target: 'poutcome' })).toThrow('must have exactly two values');
    expect(() => profile(names, rows, { target: 'Response', positive: 'maybe' })).toThrow('not "maybe"');
    expect(() => profile(names, rows, { target: 'nothing' })).toThrow('There is no column "nothing"');
  });

  it('picks the rarer value as positive for an unknown pair, with a warning', () => {
    const result = profile(['grp'], [['A'], ['B'], ['B'], ['B']], { target: 'grp' });
    expect(result.positiveLabel).toBe('A');
    expect(result.warnings[0]).toContain('"A" (the rarer one)');
  });

  it('has no target when no binary column has a target name', () => {
    expect(profile(['flag'], [['yes'], ['no']]).targetColumn).toBeNull();
  });
});
