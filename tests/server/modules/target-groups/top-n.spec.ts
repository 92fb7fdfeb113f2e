import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchMask, statsFor } from '../../../../server/src/modules/target-groups/group-stats.js';
import { searchRules, searchRulesByTopN } from '../../../../server/src/modules/target-groups/rule-search.js';
import { describeTargetGroup, sameGroupRange, suggestedTopN } from '../../../../server/src/modules/target-groups/target-group.js';
import type { ColumnData, TargetDriver, TargetGroupData } from '../../../../server/src/modules/target-groups/types.js';
import { createRng } from '../../../../server/src/common/random.js';
import { demoTargetData, trueDrivers } from './demo-target-data.js';

const LEVELS = ['a', 'b', 'c', 'd'];

/** A random dataset and random "model" drivers over it: importances and regions drawn at random. */
function randomProblem(seed: number, rowCount: number, featureCount: number): { data: TargetGroupData; drivers: TargetDriver[] } {
  const rng = createRng(seed);
  const columns: Record<string, ColumnData> = {};
  const drivers: TargetDriver[] = [];
  const score = new Float64Array(rowCount);
  for (let f = 0; f < featureCount; f++) {
    const feature = `f${f}`;
    const weight = rng() * 2 - 1;
    const kind = f % 3 === 0 ? 'CATEGORICAL' : f % 3 === 1 ? 'BINARY' : 'NUMERIC';
    if (kind === 'NUMERIC') {
      const values = Float64Array.from({ length: rowCount }, () => (rng() < 0.05 ? NaN : Math.round(rng() * 100)));
      values.forEach((v, i) => (score[i] += Number.isNaN(v) ? 0 : (weight * v) / 50));
      columns[feature] = { kind, values };
      const a = Math.round(rng() * 100);
      const b = Math.round(rng() * 100);
      const regions = [{ min: rng() < 0.3 ? null : Math.min(a, b), max: rng() < 0.3 ? null : Math.max(a, b) + 1, meanPrediction: 0.3 }];
      drivers.push({ feature, label: feature, kind, importance: rng(), regions });
    } else {
      const levels = kind === 'BINARY' ? ['0', '1'] : LEVELS;
      const values = Array.from({ length: rowCount }, () => (rng() < 0.05 ? null : levels[Math.floor(rng() * levels.length)]));
      values.forEach((v, i) => (score[i] += v === levels[0] ? weight : 0));
      columns[feature] = { kind, values };
      const chosen = levels.filter(() => rng() < 0.5);
      drivers.push({
        feature,
        label: feature,
        kind,
        importance: rng(),
        regions: [{ min: null, max: null, levels: chosen.length ? chosen : [levels[0]], meanPrediction: 0.3 }],
      });
    }
  }
  const target = Uint8Array.from(score, (s) => (rng() < 1 / (1 + Math.exp(-(s - 1))) ? 1 : 0));
  return { data: { rowCount, columns, target }, drivers };
}

describe('top-N search that only sharpens', () => {
  it('never gives a lower quality for more drivers, on random models and datasets (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 80, max: 400 }),
        fc.integer({ min: 2, max: 8 }),
        fc.constantFrom(0.02, 0.05, 0.2),
        fc.constantFrom(1, 2, 5),
        (seed, rowCount, featureCount, minShare, beamWidth) => {
          const { data, drivers } = randomProblem(seed, rowCount, featureCount);
          const steps = searchRulesByTopN(drivers, data, { minShare, beamWidth }, featureCount + 1);
          for (let n = 1; n < steps.length; n++) expect(steps[n].quality).toBeGreaterThanOrEqual(steps[n - 1].quality);
          for (const step of steps) {
            expect(step.conditions.length).toBeLessThanOrEqual(step.topN);
            if (!step.found) continue;
            // The stated quality is the objective of the stated conditions, recounted.
            const s = statsFor(matchMask(step.conditions, data), data.target);
            expect(s.matchedCustomers).toBe(step.matched);
            expect(step.quality).toBeCloseTo(Math.sqrt(s.share) * (s.responseRate - s.baseRate), 9);
            expect(step.matched).toBeGreaterThanOrEqual(Math.ceil(minShare * rowCount));
          }
        },
      ),
      { numRuns: 60, seed: 12 },
    );
  });

  it('answers N the same way whatever N it was asked up to, and never worse than the unseeded search', () => {
    const { data } = demoTargetData(2000, 3);
    const drivers = trueDrivers();
    const long = searchRulesByTopN(drivers, data, {}, drivers.length);
    const short = searchRulesByTopN(drivers, data, {}, 2);
    expect(short.map((s) => s.conditions)).toEqual(long.slice(0, 2).map((s) => s.conditions));
    for (const step of long) expect(step.quality).toBeGreaterThanOrEqual(searchRules(drivers, data, { topN: step.topN }).quality - 1e-12);
  });

  it('says which N describe the same group and suggests the smallest N near the best quality', () => {
    const step = (quality: number, feature: string) => ({ quality, conditions: [{ feature, min: 1, max: null, levels: null }] }) as never;
    const steps = [step(0.1, 'a'), step(0.2, 'b'), step(0.3, 'c'), step(0.3, 'c'), step(0.3, 'c')];
    expect(sameGroupRange(steps, 4)).toEqual({ sameGroupFrom: 3, sameGroupTo: 5 });
    expect(sameGroupRange(steps, 1)).toEqual({ sameGroupFrom: 1, sameGroupTo: 1 });
    expect(suggestedTopN([{ quality: 0.1 }, { quality: 0.29 }, { quality: 0.3 }])).toBe(2);
    expect(suggestedTopN([{ quality: 0 }, { quality: 0 }])).toBe(1);
  });

  it('exposes the quality, the quality per N and the suggested N with the described group', () => {
    const { data } = demoTargetData(1500, 4);
    const drivers = trueDrivers();
    const results = [1, 2, 3].map((topN) => describeTargetGroup(drivers, data, { topN, bootstrap: 0 }));
    for (const r of results) {
      expect(r.qualityByTopN[r.topN - 1]).toBe(r.quality);
      expect(r.qualityByTopN).toEqual(results[0].qualityByTopN);
      expect(r.suggestedTopN).toBe(results[0].suggestedTopN);
      expect(r.sameGroupFrom).toBeLessThanOrEqual(r.topN);
      expect(r.sameGroupTo).toBeGreaterThanOrEqual(r.topN);
    }
    expect(results[1].quality).toBeGreaterThanOrEqual(results[0].quality);
    expect(results[2].quality).toBeGreaterThanOrEqual(results[1].quality);
  });
});
