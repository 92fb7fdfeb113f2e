import { describe, expect, it } from 'vitest';
import { campaignProfit, profitCurve } from '../../../../server/src/modules/target-groups/profit.js';

describe('profitCurve', () => {
  // 10 customers; probabilities descending with the row number, responders at rows 0, 1 and 5.
  const predicted = Float64Array.from([0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05]);
  const target = Uint8Array.from([1, 1, 0, 0, 0, 1, 0, 0, 0, 0]);

  it('counts contacts and responders of the top k % and their profit', () => {
    const curve = profitCurve(predicted, target, { costPerContact: 2, valuePerResponse: 10 });
    expect(curve.points).toHaveLength(100);
    const at = (k: number) => curve.points[k - 1];
    // ceil(k % of 10) customers contacted.
    expect(at(1)).toMatchObject({ contacted: 1, responders: 1, profit: 10 - 2 });
    expect(at(20)).toMatchObject({ contacted: 2, responders: 2, profit: 20 - 4 });
    expect(at(50)).toMatchObject({ contacted: 5, responders: 2, profit: 20 - 10 });
    expect(at(60)).toMatchObject({ contacted: 6, responders: 3, profit: 30 - 12 });
    expect(at(100)).toMatchObject({ contacted: 10, responders: 3, profit: 30 - 20 });
    expect(curve.everyone).toEqual({ contacted: 10, responders: 3, profit: 10 });
    // The first k reaching the highest profit: 6 contacts, 3 responders.
    expect(curve.best).toMatchObject({ k: 51, contacted: 6, profit: 18 });
  });

  it('never picks a best k above the capacity', () => {
    const curve = profitCurve(predicted, target, { costPerContact: 1, valuePerResponse: 10, capacity: 1 });
    expect(curve.best).toMatchObject({ contacted: 1, profit: 9 });
    expect(curve.points.filter((p) => p.withinCapacity).every((p) => p.contacted <= 1)).toBe(true);
  });

  it('uses only the given rows and orders ties by row', () => {
    const rows = Uint8Array.from([0, 0, 1, 1, 1, 1, 1, 1, 1, 1]);
    const curve = profitCurve(predicted, target, { costPerContact: 1, valuePerResponse: 5, rows });
    expect(curve.rowsUsed).toBe(8);
    expect(curve.everyone).toEqual({ contacted: 8, responders: 1, profit: 5 - 8 });
    const tied = profitCurve(new Float64Array(4).fill(0.5), Uint8Array.from([0, 1, 0, 0]), { costPerContact: 1, valuePerResponse: 5 });
    expect(tied.points[24]).toMatchObject({ contacted: 1, responders: 0 });
    expect(tied.points[49]).toMatchObject({ contacted: 2, responders: 1 });
  });

  it('validates money figures', () => {
    expect(() => profitCurve(predicted, target, { costPerContact: -1, valuePerResponse: 1 })).toThrow(/costPerContact/);
    expect(() => profitCurve(predicted, target, { costPerContact: 1, valuePerResponse: Infinity })).toThrow(/valuePerResponse/);
    expect(() => profitCurve(predicted.slice(1), target, { costPerContact: 1, valuePerResponse: 1 })).toThrow(/predictions/);
    expect(campaignProfit(100, 64, 3, 11)).toBe(404);
  });
});
