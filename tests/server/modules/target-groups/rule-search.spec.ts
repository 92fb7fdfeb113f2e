import { describe, expect, it } from 'vitest';
import { candidateConditions, niceStep, numericScale } from '../../../../server/src/modules/target-groups/conditions.js';
import {
  distinguishingFeatures,
  matchMask,
  MIN_LEVEL_CUSTOMERS,
  statsFor,
} from '../../../../server/src/modules/target-groups/group-stats.js';
import { searchRules } from '../../../../server/src/modules/target-groups/rule-search.js';
import { groupStability } from '../../../../server/src/modules/target-groups/stability.js';
import type { TargetDriver, TargetGroupData } from '../../../../server/src/modules/target-groups/types.js';
import { NOISE_FEATURES } from '../../../../seeds/ground-truth.js';
import { demoTargetData, trueDrivers } from './demo-target-data.js';

const { data } = demoTargetData(2000, 1);

describe('candidate conditions', () => {
  it('rounds bounds to human-friendly numbers and adds widened/narrowed variants', () => {
    expect(niceStep(3400)).toBe(5000);
    expect(niceStep(4.5)).toBe(5);
    expect(niceStep(0.013)).toBe(0.02);
    expect(numericScale(data.columns.Income.values as Float64Array).step).toBe(5000);
    const drivers = trueDrivers();
    const income = candidateConditions([drivers[2]], data);
    const mins = new Set(income.map((c) => c.min));
    expect(mins).toEqual(new Set([60_000, 55_000, 65_000, null].filter((m) => m !== null)));
    expect(income.every((c) => c.max === null)).toBe(true);
    const recency = candidateConditions([drivers[0]], data);
    const maxes = recency.map((c) => c.max);
    expect(maxes).toContain(29);
    expect(maxes).toContain(30);
    expect(recency.every((c) => c.max === null || Number.isInteger(c.max))).toBe(true);
  });

  it('offers categorical level sets narrowed by observed response rate', () => {
    const education = candidateConditions([trueDrivers()[3]], data);
    expect(education.map((c) => c.levels?.length)).toEqual([1, 2]);
    expect(education[1].levels).toEqual(expect.arrayContaining(['PhD', 'Master']));
  });
});

describe('searchRules', () => {
  it('respects the minimum size and prefers bigger groups as sizeExponent grows', () => {
    const strict = searchRules(trueDrivers(), data, { topN: 3, minShare: 0.2 });
    expect(strict.matched).toBeGreaterThanOrEqual(0.2 * 2000);
    const wracc = searchRules(trueDrivers(), data, { topN: 3, minShare: 0.01, sizeExponent: 1 });
    const focused = searchRules(trueDrivers(), data, { topN: 3, minShare: 0.01, sizeExponent: 0.2 });
    expect(wracc.matched).toBeGreaterThan(focused.matched);
    expect(focused.positives / focused.matched).toBeGreaterThan(wracc.positives / wracc.matched);
  });

  it('searches only the given rows', () => {
    const rows = Uint8Array.from({ length: 2000 }, (_, i) => (i < 1000 ? 1 : 0));
    const result = searchRules(trueDrivers(), data, { topN: 2, rows });
    expect(result.searchedRows).toBe(1000);
    const mask = matchMask(result.conditions, data);
    expect(statsFor(mask, data.target, rows).matchedCustomers).toBe(result.matched);
  });

  it('rejects bad options with clear messages', () => {
    expect(() => searchRules(trueDrivers(), data, { beamWidth: 0 })).toThrow(/beamWidth/);
    expect(() => searchRules(trueDrivers(), data, { capacity: 0 })).toThrow(/capacity/);
    const missing: TargetDriver = { ...trueDrivers()[0], feature: 'Nope' };
    expect(() => searchRules([missing], data, { topN: 1 })).toThrow(/"Nope" has no column/);
  });
});

describe('group stats', () => {
  const tiny: TargetGroupData = {
    rowCount: 4,
    columns: {
      Income: { kind: 'NUMERIC', values: Float64Array.from([10, NaN, 30, 40]) },
      Education: { kind: 'CATEGORICAL', values: ['PhD', 'PhD', null, 'Basic'] },
    },
    target: Uint8Array.from([1, 0, 1, 0]),
  };

  it('lets a missing value satisfy no condition', () => {
    expect([...matchMask([{ feature: 'Income', min: null, max: null, levels: null }], tiny)]).toEqual([1, 0, 1, 1]);
    expect([...matchMask([{ feature: 'Income', min: 5, max: 35, levels: null }], tiny)]).toEqual([1, 0, 1, 0]);
    expect([...matchMask([{ feature: 'Education', min: null, max: null, levels: ['PhD', 'Basic'] }], tiny)]).toEqual([1, 1, 0, 1]);
  });

  it('computes rates, lift and holdout figures', () => {
    const mask = Uint8Array.from([1, 0, 1, 0]);
    expect(statsFor(mask, tiny.target)).toEqual({
      matchedCustomers: 2,
      responders: 2,
      share: 0.5,
      responseRate: 1,
      baseRate: 0.5,
      lift: 2,
    });
    expect(statsFor(mask, tiny.target, Uint8Array.from([0, 1, 1, 0]))).toMatchObject({
      matchedCustomers: 1,
      responseRate: 1,
      baseRate: 0.5,
      lift: 2,
    });
    expect(statsFor(new Uint8Array(4), tiny.target)).toMatchObject({ matchedCustomers: 0, responseRate: 0, lift: 0 });
  });

  it('finds what sets a rich group apart (spend), never the noise features', () => {
    const mask = matchMask([{ feature: 'Income', min: 80_000, max: null, levels: null }], data);
    const apart = distinguishingFeatures(mask, data, ['Income']);
    expect(apart.length).toBe(3);
    expect(apart.every((f) => f.direction === 'higher' || f.feature === 'NumWebVisitsMonth' || f.feature === 'Kidhome')).toBe(true);
    expect(apart.map((f) => f.feature).some((f) => f.startsWith('Mnt') || f === 'NumCatalogPurchases')).toBe(true);
    for (const f of apart) expect(NOISE_FEATURES as readonly string[]).not.toContain(f.feature);
    const wine = distinguishingFeatures(mask, data, ['Income'], 30, 0).find((f) => f.feature === 'MntWines')!;
    expect(wine.groupMedian!).toBeGreaterThan(3 * wine.restMedian!);
  });
});

describe('distinguishing levels', () => {
  it('never names a level too few customers have, however concentrated in the group', () => {
    // iFood's marital status "YOLO": 2 customers, both in the group (1.1 % vs 0 %).
    const n = 400;
    const mask = Uint8Array.from({ length: n }, (_, i) => (i < 100 ? 1 : 0));
    const status = Array.from({ length: n }, (_, i) => (i < 2 ? 'YOLO' : i % 2 ? 'Married' : 'Single'));
    const level = (values: (string | null)[]): TargetGroupData => ({
      rowCount: n,
      target: new Uint8Array(n),
      columns: { Marital_Status: { kind: 'CATEGORICAL', label: 'marital status', values } },
    });
    expect(distinguishingFeatures(mask, level(status), [], 3, 0).find((f) => f.level === 'YOLO')).toBeUndefined();
    // The same concentration in a level enough customers have is named.
    const common = status.map((v, i) => (i < MIN_LEVEL_CUSTOMERS ? 'YOLO' : v));
    expect(distinguishingFeatures(mask, level(common), [], 3, 0)[0]).toMatchObject({ level: 'YOLO', direction: 'higher' });
  });
});

describe('groupStability', () => {
  it('flags a group built on noise as unstable, and is reproducible', () => {
    const noise: TargetDriver[] = [
      {
        feature: 'FavouriteColour',
        label: 'favourite colour',
        kind: 'CATEGORICAL',
        importance: 0.2,
        regions: [{ min: null, max: null, levels: ['Red', 'Blue', 'Green'], meanPrediction: 0.2 }],
      },
      {
        feature: 'LoyaltyCardDigit',
        label: 'loyalty card digit',
        kind: 'NUMERIC',
        importance: 0.1,
        regions: [{ min: 2, max: 6, meanPrediction: 0.2 }],
      },
    ];
    const found = searchRules(noise, data, { topN: 2 });
    const mask = matchMask(found.conditions, data);
    const conditions = found.conditions.map((c) => ({ ...c, label: noise.find((d) => d.feature === c.feature)!.label }));
    const stability = groupStability(noise, data, { conditions, mask }, { topN: 2, nResamples: 12, randomState: 5 });
    expect(stability.unstable).toBe(true);
    expect(stability.reasons.length).toBeGreaterThan(0);
    expect(groupStability(noise, data, { conditions, mask }, { topN: 2, nResamples: 12, randomState: 5 })).toEqual(stability);
  });

  it('keeps the true recency condition across resamples', () => {
    const drivers = trueDrivers();
    const found = searchRules(drivers, data, { topN: 1 });
    const mask = matchMask(found.conditions, data);
    const stability = groupStability(drivers, data, { conditions: found.conditions, mask }, { topN: 1, nResamples: 12, randomState: 2 });
    expect(stability.conditions).toEqual([expect.objectContaining({ feature: 'Recency', reappeared: 12 })]);
    expect(stability.unstable).toBe(false);
    expect(stability.lift!.low).toBeGreaterThan(1.5);
    expect(stability.lift!.low).toBeLessThan(stability.lift!.high);
  });
});
