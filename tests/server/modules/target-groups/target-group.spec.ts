import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DemoRow } from '../../../../seeds/demo-dataset.js';
import { NOISE_FEATURES, TRUE_DRIVERS } from '../../../../seeds/ground-truth.js';
import { describeTargetGroup } from '../../../../server/src/modules/target-groups/target-group.js';
import type { GroupCondition, TargetDriver } from '../../../../server/src/modules/target-groups/types.js';
import { demoTargetData, trueDrivers, usDateToDays } from './demo-target-data.js';

const { rows, data } = demoTargetData(2000, 1);
const TRUE_FEATURES = new Set(TRUE_DRIVERS.map((d) => d.feature));

/** Reads a condition's column straight from the generated rows, independently of the columnar data. */
function rawValue(row: DemoRow, feature: string): number | string | null {
  if (feature === 'AcceptedCmpTotal') return row.AcceptedCmp1 + row.AcceptedCmp2 + row.AcceptedCmp3 + row.AcceptedCmp4 + row.AcceptedCmp5;
  if (feature === 'Dt_Customer') return usDateToDays(row.Dt_Customer);
  const value = row[feature as keyof DemoRow];
  return value === null ? null : value;
}

function recount(conditions: GroupCondition[], subset: (i: number) => boolean = () => true) {
  let matched = 0;
  let responders = 0;
  let total = 0;
  let positives = 0;
  rows.forEach((row, i) => {
    if (!subset(i)) return;
    total++;
    positives += row.Response;
    const ok = conditions.every((c) => {
      const v = rawValue(row, c.feature);
      if (v === null) return false;
      if (c.levels) return c.levels.includes(String(v));
      return (c.min === null || Number(v) >= c.min) && (c.max === null || Number(v) <= c.max);
    });
    if (ok) {
      matched++;
      responders += row.Response;
    }
  });
  return { matched, responders, total, positives };
}

describe('describeTargetGroup on the generated demo data with the true drivers', () => {
  const result = describeTargetGroup(trueDrivers(), data, {
    topN: 3,
    costPerContact: 3,
    valuePerResponse: 11,
    bootstrap: 10,
    randomState: 3,
  });

  it('names only true drivers, most important first, with a lift of at least 2', () => {
    expect(result.found).toBe(true);
    expect(result.conditions.length).toBeGreaterThanOrEqual(2);
    for (const c of result.conditions) expect(TRUE_FEATURES.has(c.feature)).toBe(true);
    const importance = (f: string) => trueDrivers().find((d) => d.feature === f)!.importance;
    const order = result.conditions.map((c) => importance(c.feature));
    expect(order).toEqual([...order].sort((a, b) => b - a));
    expect(result.lift).toBeGreaterThanOrEqual(2);
    expect(result.holdout.lift).toBeGreaterThanOrEqual(2);
    expect(result.share).toBeGreaterThanOrEqual(0.05);
  });

  it('reports counts equal to an independent recount, overall and on the held-out rows', () => {
    const all = recount(result.conditions);
    expect(result.matchedCustomers).toBe(all.matched);
    expect(result.responders).toBe(all.responders);
    expect(result.share).toBeCloseTo(all.matched / all.total, 12);
    expect(result.responseRate).toBeCloseTo(all.responders / all.matched, 12);
    expect(result.baseRate).toBeCloseTo(all.positives / all.total, 12);
    expect(result.lift).toBeCloseTo(all.responders / all.matched / (all.positives / all.total), 12);
    const held = recount(result.conditions, (i) => data.testMask![i] === 1);
    expect(result.holdout.matchedCustomers).toBe(held.matched);
    expect(result.holdout.responseRate).toBeCloseTo(held.responders / held.matched, 12);
    expect(result.holdout.baseRate).toBeCloseTo(held.positives / held.total, 12);
  });

  it('uses round bounds and gives each condition its own text', () => {
    for (const c of result.conditions) {
      expect(c.text.length).toBeGreaterThan(5);
      if (c.feature === 'Income' && c.min !== null) expect(c.min % 5000).toBe(0);
      if (c.min !== null) expect(Number.isInteger(c.min)).toBe(true);
      if (c.max !== null) expect(Number.isInteger(c.max)).toBe(true);
    }
    const recency = describeTargetGroup(trueDrivers(), data, { topN: 1, bootstrap: 0 }).conditions;
    expect(recency.map((c) => c.text)).toEqual(['have bought within the last 29 days']);
  });

  it('is plain JSON and reproducible for a random state', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    const again = describeTargetGroup(trueDrivers(), data, {
      topN: 3,
      costPerContact: 3,
      valuePerResponse: 11,
      bootstrap: 10,
      randomState: 3,
    });
    expect(again).toEqual(result);
    expect(result.description).not.toMatch(/NaN|null|undefined|Infinity|\b1 customers\b/);
  });

  it('reports stability, distinguishing features, the mean prediction and money figures', () => {
    expect(result.stability?.nResamples).toBe(10);
    expect(result.stability!.lift!.low).toBeLessThanOrEqual(result.lift);
    expect(result.stability!.lift!.high).toBeGreaterThanOrEqual(result.lift * 0.9);
    // Recency and income compete for the second place on resamples, but noise never comes in.
    for (const c of result.stability!.conditions) expect(c.reappeared).toBeGreaterThanOrEqual(5);
    for (const feature of Object.keys(result.stability!.featureCounts)) expect(TRUE_FEATURES.has(feature)).toBe(true);
    for (const f of result.distinguishingFeatures) expect(NOISE_FEATURES as readonly string[]).not.toContain(f.feature);
    expect(result.meanPredicted).toBeGreaterThan(result.baseRate);
    expect(result.profit!.groupProfit).toBe(11 * result.responders - 3 * result.matchedCustomers);
    expect(result.description).toContain('**How sure we are.**');
    expect(result.description).toContain('not causes');
  });

  it('with a capacity never picks a group larger than it', () => {
    const capped = describeTargetGroup(trueDrivers(), data, { topN: 4, capacity: 120, bootstrap: 0, minShare: 0.01 });
    expect(capped.found).toBe(true);
    expect(capped.matchedCustomers).toBeLessThanOrEqual(130); // searched on training rows, scaled to all rows
    expect(capped.lift).toBeGreaterThan(2);
  });

  it('says so when the models disagree on a driver in the group', () => {
    const drivers = trueDrivers().map((d) => (d.feature === 'Recency' ? { ...d, directionAgreed: false } : d));
    const result2 = describeTargetGroup(drivers, data, { topN: 2, bootstrap: 0 });
    expect(result2.disagreements).toEqual(['days since last purchase']);
    expect(result2.description).toContain('The models disagree on which way days since last purchase move the response');
  });

  it('handles a search that finds nothing better than the base rate', () => {
    const useless: TargetDriver[] = [
      {
        feature: 'Recency',
        label: 'days since last purchase',
        kind: 'NUMERIC',
        unit: 'days',
        importance: 1,
        regions: [{ min: 60, max: null, meanPrediction: 0.2 }],
      },
    ];
    const r = describeTargetGroup(useless, data, { topN: 1, bootstrap: 5 });
    expect(r.found).toBe(false);
    expect(r.conditions).toEqual([]);
    expect(r.matchedCustomers).toBe(2000);
    expect(r.description).toContain('there is no target group to recommend');
    expect(r.stability).toBeNull();
  });

  it('validates its options', () => {
    expect(() => describeTargetGroup(trueDrivers(), data, { topN: 0 })).toThrow(/topN/);
    expect(() => describeTargetGroup(trueDrivers(), data, { minShare: 2 })).toThrow(/minShare/);
    expect(() => describeTargetGroup(trueDrivers(), data, { costPerContact: 3 })).toThrow(/both/);
    expect(() => describeTargetGroup(trueDrivers(), data, { costPerContact: -1, valuePerResponse: 3 })).toThrow(/costPerContact/);
  });
});

describe('describeTargetGroup property: random drivers and N', () => {
  const FEATURES = [
    'Recency',
    'Income',
    'AcceptedCmpTotal',
    'MntWines',
    'Education',
    'FavouriteColour',
    'Complain',
    'Dt_Customer',
    'Kidhome',
  ];
  const small = demoTargetData(600, 9);
  const regionFor = (feature: string, a: number, b: number) => {
    const levelsOf: Record<string, string[]> = {
      Education: ['PhD', 'Master', 'Basic', 'Graduation'],
      FavouriteColour: ['Red', 'Blue', 'Green'],
      Complain: ['0', '1'],
    };
    if (levelsOf[feature])
      return { min: null, max: null, levels: levelsOf[feature].slice(0, 1 + (Math.floor(a * 10) % 3)), meanPrediction: 0.2 };
    const col = small.data.columns[feature];
    const values = (col.values as Float64Array).filter((v) => !Number.isNaN(v)).sort();
    const q = (p: number) => values[Math.floor(p * (values.length - 1))];
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    return { min: lo < 0.2 ? null : q(lo), max: hi > 0.8 ? null : q(hi) + 0.37, meanPrediction: 0.2 };
  };
  const kindOf = (f: string) =>
    (f === 'Dt_Customer'
      ? 'DATE'
      : f === 'Complain'
        ? 'BINARY'
        : ['Education', 'FavouriteColour'].includes(f)
          ? 'CATEGORICAL'
          : 'NUMERIC') as TargetDriver['kind'];

  it('uses only top-N features, at most once each, and every count is exact', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...FEATURES), { minLength: 1, maxLength: 6 }),
        fc.array(
          fc.tuple(
            fc.double({ min: 0, max: 1, noNaN: true }),
            fc.double({ min: 0, max: 1, noNaN: true }),
            fc.double({ min: 0.001, max: 1, noNaN: true }),
          ),
          { minLength: 6, maxLength: 6 },
        ),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom(0.01, 0.05, 0.2),
        (features, numbers, topN, minShare) => {
          const drivers: TargetDriver[] = features.map((feature, k) => ({
            feature,
            label: feature.toLowerCase(),
            kind: kindOf(feature),
            importance: numbers[k][2],
            regions: [regionFor(feature, numbers[k][0], numbers[k][1])],
          }));
          const result = describeTargetGroup(drivers, small.data, { topN, minShare, bootstrap: 0 });
          const top = [...drivers]
            .sort((a, b) => b.importance - a.importance || a.feature.localeCompare(b.feature))
            .slice(0, topN)
            .map((d) => d.feature);
          const used = result.conditions.map((c) => c.feature);
          expect(new Set(used).size).toBe(used.length);
          for (const f of used) expect(top).toContain(f);
          expect(used.length).toBeLessThanOrEqual(topN);
          let matched = 0;
          let responders = 0;
          small.rows.forEach((row, i) => {
            const ok = result.conditions.every((c) => {
              const col = small.data.columns[c.feature];
              const v = col.values[i];
              if (v === null || (typeof v === 'number' && Number.isNaN(v))) return false;
              if (c.levels) return c.levels.includes(String(v));
              return (c.min === null || Number(v) >= c.min) && (c.max === null || Number(v) <= c.max);
            });
            if (ok) {
              matched++;
              responders += row.Response;
            }
          });
          expect(result.matchedCustomers).toBe(matched);
          expect(result.responders).toBe(responders);
          if (result.found) expect(result.description).not.toMatch(/NaN|null|undefined/);
        },
      ),
      { numRuns: 40, seed: 42 },
    );
  });
});
