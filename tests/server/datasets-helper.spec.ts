import { describe, expect, it } from 'vitest';
import { BANK, IFOOD, loadBank, loadIfood, reasonIfMissing } from '../helpers/datasets.js';

describe.skipIf(reasonIfMissing(IFOOD))('test loader on iFood', () => {
  it('reads 2,240 customers with a 14.9 % response rate and drops ID and Z_ columns', () => {
    const { table, y, kinds } = loadIfood();
    expect(table.rowCount).toBe(2240);
    expect(y.reduce((a, b) => a + b, 0)).toBe(334);
    expect(kinds.ID).toBe('identifier');
    expect(kinds.Z_CostContact).toBe('ignored');
    expect(kinds.Dt_Customer).toBe('date');
    expect(kinds.Education).toBe('categorical');
    expect(kinds.AcceptedCmp1).toBe('binary');
  });
});

describe.skipIf(reasonIfMissing(BANK))('test loader on bank-full', () => {
  it('reads 45,211 rows, 11.7 % yes, without duration', () => {
    const { table, y, kinds } = loadBank();
    expect(table.rowCount).toBe(45211);
    expect(y.reduce((a, b) => a + b, 0) / y.length).toBeCloseTo(0.117, 3);
    expect(kinds.duration).toBe('ignored');
    expect(kinds.default).toBe('binary');
    expect(kinds.job).toBe('categorical');
  });
});
