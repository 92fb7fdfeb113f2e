/**
 * The explanations on the real iFood table with a cheap hand-written model whose drivers are
 * known (Recency below 30 days, Income, Education = PhD). Times are printed, not asserted.
 */
import { describe, expect, it } from 'vitest';
import type { FeatureTable } from '../../../../server/src/modules/training/data/feature-table.js';
import { accumulatedLocalEffects } from '../../../../server/src/modules/explanations/ale.js';
import { partialDependence } from '../../../../server/src/modules/explanations/partial-dependence.js';
import { permutationImportance } from '../../../../server/src/modules/explanations/permutation-importance.js';
import { regionsOfInterest } from '../../../../server/src/modules/explanations/regions.js';
import { IFOOD, hasDataset, loadIfood, reasonIfMissing } from '../../../helpers/datasets.js';
import { column, drawLabels, sigmoid } from './synthetic-data.js';

const missing = reasonIfMissing(IFOOD);

describe.skipIf(missing || !hasDataset(IFOOD))('explanations on iFood (known synthetic model)', () => {
  const { table } = loadIfood();
  const phd = table.features.find((f) => f.name === 'Education');
  const phdCode = phd && phd.kind === 'CATEGORICAL' ? phd.levels.indexOf('PhD') : -1;
  const predict = (t: FeatureTable) => {
    const r = column(t, 'Recency');
    const inc = column(t, 'Income');
    const e = column(t, 'Education');
    return Float64Array.from({ length: t.rowCount }, (_, i) =>
      sigmoid(-4 + 2 * (r[i] < 30 ? 1 : 0) + 0.00004 * (Number.isNaN(inc[i]) ? 50_000 : inc[i]) + (e[i] === phdCode ? 1 : 0)),
    );
  };
  const y = drawLabels(predict(table), 3);

  it('ranks the known drivers first; the ignored features score exactly 0', () => {
    const start = performance.now();
    const result = permutationImportance(predict, table, y, { nRepeats: 10 });
    const seconds = (performance.now() - start) / 1000;
    console.log(
      `permutationImportance iFood: ${table.rowCount} rows x ${table.features.length} features x 10 repeats: ${seconds.toFixed(2)} s`,
    );
    expect(new Set(result.features.slice(0, 3).map((f) => f.feature))).toEqual(new Set(['Recency', 'Income', 'Education']));
    expect(result.features.slice(3).every((f) => f.importanceMean === 0)).toBe(true);
  });

  it('draws PDP (and ALE) for every feature; the Recency region lies below 30', () => {
    let start = performance.now();
    const curves = table.features.map((f) => partialDependence(predict, table, f.name));
    const pdpSeconds = (performance.now() - start) / 1000;
    start = performance.now();
    const numeric = table.features.filter((f) => f.kind === 'NUMERIC' || f.kind === 'DATE');
    for (const f of numeric) accumulatedLocalEffects(predict, table, f.name);
    const aleSeconds = (performance.now() - start) / 1000;
    console.log(
      `partialDependence iFood: ${table.features.length} features, sample 1000, grid 30: ${pdpSeconds.toFixed(2)} s; ALE for ${numeric.length} numeric: ${aleSeconds.toFixed(2)} s`,
    );
    const recency = curves.find((c) => c.feature === 'Recency')!;
    const regions = regionsOfInterest(recency, { baseRate: y.reduce((a, b) => a + b, 0) / y.length });
    expect(regions).toHaveLength(1);
    expect(regions[0].min).toBeNull();
    expect(regions[0].max).toBeGreaterThanOrEqual(26);
    expect(regions[0].max).toBeLessThanOrEqual(31);
    const education = regionsOfInterest(curves.find((c) => c.feature === 'Education')!);
    expect(education.map((r) => r.levels)).toEqual([['PhD']]);
  });
});
