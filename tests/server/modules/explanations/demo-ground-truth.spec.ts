/**
 * The explanations must find the ground truth planted in the demo data (seeds/README.md):
 * response depends on Recency (a step below 30 days), Income, earlier acceptances and
 * Education, and not at all on the named noise features.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPTED_COLUMNS, NOISE_FEATURES, RECENCY_THRESHOLD } from '../../../../seeds/ground-truth.js';
import { writeDemoCsv } from '../../../../seeds/demo-dataset.js';
import { explainModel, type ModelExplanation } from '../../../../server/src/modules/explanations/explain-model.js';
import { takeRows } from '../../../../server/src/modules/training/data/feature-table.js';
import type { Algorithm } from '../../../../server/src/domain/algorithms.js';
import { trainModel, DEFAULT_PARAMS } from '../../../../server/src/modules/training/model-registry.js';
import { stratifiedSplit } from '../../../../server/src/modules/training/split.js';
import { loadCsv } from '../../../helpers/datasets.js';

const dir = mkdtempSync(join(tmpdir(), 'cp-demo-'));
const explanations: Partial<Record<Algorithm, ModelExplanation>> = {};

beforeAll(async () => {
  const file = join(dir, 'demo.csv');
  await writeDemoCsv(file, { rows: 20000, seed: 1 });
  const { table, y } = loadCsv(file, { target: 'Response' });
  const split = stratifiedSplit(y, { testSize: 0.25, randomState: 42 });
  const pick = (rows: Int32Array) => Uint8Array.from(rows, (i) => y[i]);
  for (const algorithm of ['RANDOM_FOREST', 'LOGISTIC_REGRESSION'] as const) {
    const model = trainModel(algorithm, takeRows(table, split.train), pick(split.train), DEFAULT_PARAMS[algorithm]);
    explanations[algorithm] = explainModel((t) => model.predictProba(t), takeRows(table, split.test), pick(split.test), {
      nRepeats: 10,
      randomState: 0,
    });
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(['RANDOM_FOREST', 'LOGISTIC_REGRESSION'] as const)('explanations of %s on the demo data', (algorithm) => {
  const importance = () => explanations[algorithm]!.importance;
  const rank = (feature: string) => importance().findIndex((f) => f.feature === feature);
  const bestAccepted = () => Math.min(...ACCEPTED_COLUMNS.map(rank));

  it('ranks every true driver above every noise feature', () => {
    const lowestDriver = Math.max(rank('Recency'), rank('Income'), rank('Education'), bestAccepted());
    const highestNoise = Math.min(...NOISE_FEATURES.map(rank));
    expect(NOISE_FEATURES.map(rank).every((r) => r >= 0)).toBe(true);
    expect(
      lowestDriver,
      importance()
        .map((f) => f.feature)
        .join(', '),
    ).toBeLessThan(highestNoise);
  });

  it('gives the noise features an importance within two standard deviations of zero', () => {
    for (const noise of NOISE_FEATURES) {
      const f = importance().find((i) => i.feature === noise)!;
      expect(Math.abs(f.importance), noise).toBeLessThanOrEqual(2 * f.stdDev + 1e-9);
    }
  });

  it(`shows the response falling across ${RECENCY_THRESHOLD} days of recency, with the region of interest below it`, () => {
    const curve = explanations[algorithm]!.dependence.Recency;
    const before = curve.points.filter((p) => p.numericValue! < RECENCY_THRESHOLD - 5).map((p) => p.meanPrediction);
    const after = curve.points.filter((p) => p.numericValue! > RECENCY_THRESHOLD + 5).map((p) => p.meanPrediction);
    const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
    expect(mean(before)).toBeGreaterThan(1.5 * mean(after));
    expect(curve.regions.length).toBeGreaterThan(0);
    const region = curve.regions[0];
    expect(region.min === null || region.min <= 5).toBe(true);
    expect(region.max).not.toBeNull();
    expect(Math.abs(region.max! - RECENCY_THRESHOLD)).toBeLessThanOrEqual(6);
  });

  it('finds the education levels that respond more (PhD, Master) above the baseline', () => {
    const curve = explanations[algorithm]!.dependence.Education;
    const levels = curve.regions.flatMap((r) => r.levels ?? []);
    expect(
      levels.every((l) => l === 'PhD' || l === 'Master'),
      levels.join(),
    ).toBe(true);
    const at = (level: string) => curve.points.find((p) => p.value === level)!.meanPrediction;
    expect(at('PhD')).toBeGreaterThan(at('Graduation'));
    expect(at('Master')).toBeGreaterThan(at('Basic'));
  });
});
