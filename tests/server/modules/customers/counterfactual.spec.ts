import { describe, expect, it } from 'vitest';
import { smallestChange } from '../../../../server/src/modules/customers/counterfactual.js';
import type { FeatureTable } from '../../../../server/src/modules/training/data/feature-table.js';

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Background: recency 0..99, web purchases 0..19, children 0..2, channel A/B/C (C is the best). */
function background(): FeatureTable {
  const n = 2000;
  return {
    rowCount: n,
    features: [
      { name: 'Recency', kind: 'NUMERIC', values: Float64Array.from({ length: n }, (_, i) => i % 100) },
      { name: 'Web', kind: 'NUMERIC', values: Float64Array.from({ length: n }, (_, i) => (i * 7) % 20) },
      { name: 'Kids', kind: 'NUMERIC', values: Float64Array.from({ length: n }, (_, i) => i % 3) },
      { name: 'Channel', kind: 'CATEGORICAL', levels: ['A', 'B', 'C'], codes: Int32Array.from({ length: n }, (_, i) => i % 3) },
    ],
  };
}

/** A model that likes recent buyers, web purchases, no children and channel C. */
function model(table: FeatureTable): Float64Array {
  const [r, w, k, c] = table.features;
  return Float64Array.from({ length: table.rowCount }, (_, i) => {
    const channel = c.kind === 'CATEGORICAL' && c.codes[i] >= 0 && c.levels[c.codes[i]] === 'C' ? 1 : 0;
    const z =
      -2 -
      0.04 * (r.kind !== 'CATEGORICAL' ? r.values[i] : 0) +
      0.15 * (w.kind !== 'CATEGORICAL' ? w.values[i] : 0) -
      3 * (k.kind !== 'CATEGORICAL' ? k.values[i] : 0) +
      channel;
    return sigmoid(z);
  });
}

function customer(recency: number, web: number, kids: number, channel: string): FeatureTable {
  return {
    rowCount: 1,
    features: [
      { name: 'Recency', kind: 'NUMERIC', values: Float64Array.of(recency) },
      { name: 'Web', kind: 'NUMERIC', values: Float64Array.of(web) },
      { name: 'Kids', kind: 'NUMERIC', values: Float64Array.of(kids) },
      { name: 'Channel', kind: 'CATEGORICAL', levels: [channel], codes: Int32Array.of(0) },
    ],
  };
}

describe('smallestChange', () => {
  const bg = background();
  const seen = new Set(Array.from((bg.features[0] as { values: Float64Array }).values));

  it('finds the single smallest change that crosses the threshold, among actionable features only', () => {
    // Recency 60, 5 web purchases, no kids, channel A: p = sigmoid(-2 - 2.4 + 0.75) = 2.5%.
    const cf = smallestChange(model, customer(60, 5, 0, 'A'), bg, { threshold: 0.2, actionable: ['Recency'] })!;
    expect(cf.reached).toBe(true);
    expect(cf.changes).toHaveLength(1);
    expect(cf.changes[0].feature).toBe('Recency');
    expect(cf.changes[0].from).toBe(60);
    expect(seen.has(cf.changes[0].to as number)).toBe(true);
    expect(cf.after).toBeGreaterThanOrEqual(0.2);
    expect(cf.before).toBeCloseTo(model(customer(60, 5, 0, 'A'))[0], 12);
    // The smallest: the least recent value that still crosses (any later value in the grid stays below).
    const to = cf.changes[0].to as number;
    for (const later of [...seen].filter((v) => v > to && v < 60)) {
      const p = model(customer(later, 5, 0, 'A'))[0];
      if (p >= 0.2) expect(Math.abs(later - 60)).toBeLessThan(Math.abs(to - 60) + 5); // within one grid step
    }
  });

  it('never moves a feature that is not actionable, and uses two changes only when one is not enough', () => {
    const cf = smallestChange(model, customer(90, 2, 1, 'A'), bg, { threshold: 0.5, actionable: ['Recency', 'Web', 'Channel'] })!;
    expect(cf.changes.every((c) => c.feature !== 'Kids')).toBe(true);
    if (cf.reached) {
      expect(cf.changes.length).toBeGreaterThan(1);
      // No single change crosses.
      const single = smallestChange(model, customer(90, 2, 1, 'A'), bg, {
        threshold: 0.5,
        actionable: ['Recency', 'Web', 'Channel'],
        maxChanges: 1,
      })!;
      expect(single.reached).toBe(false);
    }
  });

  it('agrees with a brute-force search over every candidate value: the cheapest single change that crosses', () => {
    const row = customer(70, 3, 0, 'B');
    const threshold = 0.1;
    const cf = smallestChange(model, row, bg, { threshold, actionable: ['Recency', 'Web'] })!;
    // Brute force: every value at the 0th..100th percentiles (step 5) of each feature, cost = percentile distance.
    let best = { cost: Infinity, feature: '', to: NaN };
    for (const [j, name, current] of [
      [0, 'Recency', 70],
      [1, 'Web', 3],
    ] as const) {
      const sorted = Float64Array.from((bg.features[j] as { values: Float64Array }).values).sort();
      const pct = (v: number) => sorted.filter((x) => x <= v).length / sorted.length;
      for (let k = 0; k <= 20; k++) {
        const v = sorted[Math.round((k / 20) * (sorted.length - 1))];
        if (v === current) continue;
        const changed = name === 'Recency' ? customer(v, 3, 0, 'B') : customer(70, v, 0, 'B');
        const cost = Math.abs(pct(v) - pct(current));
        if (model(changed)[0] >= threshold && cost < best.cost) best = { cost, feature: name, to: v };
      }
    }
    expect(cf.changes).toHaveLength(1);
    expect(cf.cost).toBeCloseTo(best.cost, 12);
    expect(cf.changes[0]).toMatchObject({ feature: best.feature, to: best.to });
  });

  it('says when no set of changes reaches the threshold, with the closest it found; already likely needs none', () => {
    const cf = smallestChange(model, customer(99, 0, 2, 'A'), bg, { threshold: 0.9, actionable: ['Recency'] })!;
    expect(cf.reached).toBe(false);
    expect(cf.after).toBeGreaterThan(cf.before);
    const likely = smallestChange(model, customer(0, 19, 0, 'C'), bg, { threshold: 0.5, actionable: ['Recency'] })!;
    expect(likely).toMatchObject({ reached: true, changes: [] });
    expect(smallestChange(model, customer(50, 5, 0, 'A'), bg, { threshold: 0.5, actionable: [] })).toBeNull();
  });
});
