import { describe, expect, it } from 'vitest';
import { createRng, randomNormal } from '../../../../server/src/common/random.js';
import type { Feature, FeatureTable, NumericFeature } from '../../../../server/src/modules/training/data/feature-table.js';
import { takeRows } from '../../../../server/src/modules/training/data/feature-table.js';
import { segmentCustomers } from '../../../../server/src/modules/segments/segment-customers.js';
import { assignCustomers } from '../../../../server/src/modules/segments/segment-assign.js';
import type { SegmentationModel } from '../../../../server/src/modules/segments/segment-customers.types.js';
import { adjustedRandIndex } from './cluster-fixtures.js';

/** Four planted customer groups with known RFM positions and campaign response rates. */
function plantedCustomers(perGroup: number, seed = 7) {
  const rng = createRng(seed);
  const groups = [
    { recency: 8, purchases: 22, wine: 1200, meat: 300, web: 0.7, accept: 0.5 }, // recent big spenders, web
    { recency: 88, purchases: 1, wine: 8, meat: 10, web: 0.2, accept: 0.02 }, // lapsed one-time buyers
    { recency: 45, purchases: 26, wine: 150, meat: 150, web: 0.3, accept: 0.15 }, // loyal mid spenders
    { recency: 80, purchases: 12, wine: 900, meat: 200, web: 0.5, accept: 0.3 }, // lapsed big spenders
  ];
  const n = groups.length * perGroup;
  const cols: Record<string, number[]> = {
    Recency: [],
    MntWines: [],
    MntMeatProducts: [],
    NumWebPurchases: [],
    NumStorePurchases: [],
    AcceptedCmp1: [],
    Response: [],
  };
  const truth: number[] = [];
  for (let i = 0; i < n; i++) {
    const g = i % groups.length;
    const G = groups[g];
    truth.push(g);
    const purchases = g === 1 ? 1 : Math.max(2, Math.round(G.purchases * (1 + 0.12 * randomNormal(rng))));
    const web = Math.round(purchases * G.web);
    cols.Recency.push(Math.max(0, Math.round(G.recency + 4 * randomNormal(rng))));
    cols.MntWines.push(Math.max(0, Math.round(G.wine * (1 + 0.15 * randomNormal(rng)))));
    cols.MntMeatProducts.push(Math.max(0, Math.round(G.meat * (1 + 0.15 * randomNormal(rng)))));
    cols.NumWebPurchases.push(web);
    cols.NumStorePurchases.push(purchases - web);
    cols.AcceptedCmp1.push(rng() < G.accept ? 1 : 0);
    cols.Response.push(rng() < G.accept ? 1 : 0);
  }
  const features: Feature[] = Object.entries(cols)
    .filter(([name]) => name !== 'Response')
    .map(([name, values]) => ({ name, kind: name.startsWith('Accepted') ? 'BINARY' : 'NUMERIC', values: Float64Array.from(values) }));
  features.push({
    name: 'Education',
    kind: 'CATEGORICAL',
    levels: ['Basic', 'PhD'],
    codes: Int32Array.from(truth, (g) => (g === 0 ? 1 : 0)),
  });
  const table: FeatureTable = { rowCount: n, features };
  const campaigns = [
    { column: 'AcceptedCmp1', values: Float64Array.from(cols.AcceptedCmp1) },
    { column: 'Response', values: Float64Array.from(cols.Response) },
  ];
  return { table, campaigns, truth: Int32Array.from(truth) };
}

describe('segmentCustomers', () => {
  const { table, campaigns, truth } = plantedCustomers(150);
  const result = segmentCustomers(table, campaigns, { randomState: 1 });

  it('finds the four planted RFM groups with k chosen by silhouette', () => {
    expect(result.features).toEqual(['Recency', 'Frequency', 'Monetary']);
    expect(result.k).toBe(4);
    expect(result.kChoice.find((c) => c.k === 4)!.silhouette).toBe(Math.max(...result.kChoice.map((c) => c.silhouette)));
    expect(adjustedRandIndex(result.labels, truth)).toBeGreaterThanOrEqual(0.9);
    expect(result.segments.map((s) => s.size).reduce((a, b) => a + b, 0)).toBe(600);
    expect(result.segments[0].share).toBeCloseTo(result.segments[0].size / 600, 12);
  });

  it('names segments from their RFM position, uniquely', () => {
    const nameOfGroup = (g: number) => {
      const rows = [...truth.keys()].filter((i) => truth[i] === g);
      return result.segments[result.labels[rows[0]]].name;
    };
    expect(nameOfGroup(0)).toMatch(/^Recent .*big spenders/);
    expect(nameOfGroup(1)).toBe('Lapsed one-time buyers');
    expect(nameOfGroup(2)).toMatch(/^Loyal .*mid spenders|^Loyal/);
    expect(nameOfGroup(3)).toMatch(/Lapsed.*big spenders/);
    expect(new Set(result.segments.map((s) => s.name)).size).toBe(result.segments.length);
  });

  it('heatmap numbers equal an independent recount', () => {
    for (const segment of result.segments) {
      campaigns.forEach((c, j) => {
        let responded = 0;
        let total = 0;
        for (let i = 0; i < table.rowCount; i++) {
          if (result.labels[i] !== segment.index) continue;
          total++;
          responded += c.values[i];
        }
        expect(segment.campaigns[j]).toEqual({ column: c.column, responded, total, rate: responded / total });
      });
    }
  });

  it('profiles and briefs reflect what was planted', () => {
    const recentBig = result.segments[result.labels[0]];
    const wines = recentBig.profile.features.find((f) => f.feature === 'MntWines')!;
    expect(wines.kind === 'NUMERIC' && wines.standardisedDifference).toBeGreaterThan(1);
    const education = recentBig.profile.features.find((f) => f.feature === 'Education')!;
    expect(education.kind === 'CATEGORICAL' && education.level).toBe('PhD');
    // Wines are most of everyone's spend, so the brief says they buy like most customers.
    expect(recentBig.brief).toMatch(/Products: like most customers, mostly wines/);
    expect(recentBig.brief).toMatch(/mostly via web/);
    expect(recentBig.brief).toMatch(/AcceptedCmp1|Response/);
    const oneTime = result.segments[result.labels[1]];
    expect(oneTime.brief).toMatch(/via store/);
    expect(oneTime.description).toMatch(/^150 customers \(25\.0%\)/);
  });

  it('writes descriptions, names and briefs with the column labels', () => {
    const labels = {
      Recency: 'Days since last purchase',
      MntWines: 'Amount spent on wines',
      MntMeatProducts: 'Amount spent on meat',
      NumWebPurchases: 'Purchases on the website',
      NumStorePurchases: 'Purchases in stores',
      AcceptedCmp1: 'Accepted campaign 1',
      Response: 'Accepted the last campaign',
      Education: 'Education',
    };
    const labelled = segmentCustomers(table, campaigns, { randomState: 1, labels, units: { MntWines: 'currency' } });
    expect([...labelled.labels]).toEqual([...result.labels]);
    const texts = labelled.segments.map((s) => `${s.name}\n${s.description}\n${s.brief}`).join('\n');
    for (const raw of ['MntWines', 'MntMeatProducts', 'NumWebPurchases', 'NumStorePurchases', 'AcceptedCmp1', 'Response', ' sd)'])
      expect(texts).not.toContain(raw);
    const recentBig = labelled.segments[labelled.labels[0]];
    expect(recentBig.description).toMatch(/Compared with all customers, they .*spent far more on wines \(median [\d,]+ vs [\d,]+\)/);
    expect(recentBig.description).toMatch(/have a PhD far more often \(100% vs 25\.0%\)/);
    expect(recentBig.brief).toMatch(/Products: like most customers, mostly wines \(\d+% of their spend\)/);
    expect(recentBig.brief).toMatch(/Channel: they buy mostly on the website \(\d+% of their purchases\)/);
    expect(recentBig.brief).toMatch(
      /Offer: reuse what worked for them: (campaign 1|the last campaign) \(\d+\.\d% accepted vs \d+\.\d% overall\)/,
    );
    expect(labelled.segments[labelled.labels[1]].brief).toMatch(/mostly in stores/);
    expect(recentBig.brief).not.toMatch(/Target group/);
    expect(recentBig.targetGroupCustomers).toBeUndefined();
  });

  it('counts each segment’s customers in the target group and says so in the brief', () => {
    // A group of the planted recent big spenders with high wine spend, plus a few others.
    const wines = (table.features.find((f) => f.name === 'MntWines') as NumericFeature).values;
    const mask = Uint8Array.from(wines, (w, i) => (w >= 1100 || i % 50 === 1 ? 1 : 0));
    const conditions = [
      { feature: 'MntWines', label: 'Amount spent on wines', kind: 'NUMERIC' as const, min: 1100, max: null, levels: null },
    ];
    const description = 'customers who spent at least 1,100 on wines';
    const grouped = segmentCustomers(table, campaigns, { randomState: 1, targetGroup: { mask, conditions } });
    for (const s of grouped.segments) {
      let inGroup = 0;
      for (let i = 0; i < table.rowCount; i++) if (grouped.labels[i] === s.index && mask[i] === 1) inGroup++;
      expect(s.targetGroupCustomers).toBe(inGroup);
      expect(s.targetGroupShare).toBeCloseTo(inGroup / s.size, 12);
      const line = s.brief.split('\n').find((l) => l.startsWith('Target group:'))!;
      const where = `in the target group described on the Target group page (${description})`;
      const share = `${Math.round((100 * inGroup) / s.size)}%`;
      if (inGroup === 0) expect(line).toBe(`Target group: none of them are ${where}; the next campaign's offer is not aimed at them.`);
      else if (inGroup === s.size)
        expect(line).toBe(`Target group: all ${inGroup} of them are ${where}: lead with the next campaign's offer.`);
      else if (inGroup >= s.size / 2)
        expect(line).toBe(`Target group: ${inGroup} of them (${share}) are ${where}: lead with the next campaign's offer.`);
      else
        expect(line).toBe(
          `Target group: ${inGroup} of them (${share}) are ${where}: lead with the next campaign's offer for those ${inGroup}; keep the message above for the rest.`,
        );
    }
    const big = grouped.segments[grouped.labels[0]];
    expect(big.targetGroupShare).toBeGreaterThan(0.5);
    expect(grouped.segments.some((s) => s.targetGroupCustomers! > 0 && s.targetGroupShare! < 0.5)).toBe(true);
    expect(() => segmentCustomers(table, campaigns, { targetGroup: { mask: [1, 0], conditions } })).toThrow(
      /target group has 2 entries for 600/,
    );
  });

  it('gives a 2-D projection and a JSON-serialisable model that places new customers with the same scaling', () => {
    expect(result.pca.points.length).toBe(600);
    expect(result.pca.explained[0]).toBeGreaterThan(result.pca.explained[1]);
    const stored: SegmentationModel = JSON.parse(JSON.stringify(result.model));
    expect([...assignCustomers(stored, table)]).toEqual([...result.labels]);
    // New customers: a reordered subset arrives as a new table; each lands in its old segment.
    const rows = [5, 400, 17, 333, 2];
    const fresh = takeRows(table, rows);
    expect([...assignCustomers(stored, fresh)]).toEqual(rows.map((r) => result.labels[r]));
    // A big spender with missing meat spend is imputed and still lands with the recent big spenders.
    const oneCustomer = takeRows(table, [0]);
    (oneCustomer.features.find((f) => f.name === 'MntMeatProducts') as NumericFeature).values[0] = NaN;
    expect(assignCustomers(stored, oneCustomer)[0]).toBe(result.labels[0]);
  });

  it('reports mean predicted probability per segment and honours a fixed k', () => {
    const predicted = Float64Array.from(truth, (g) => g / 10);
    const fixed = segmentCustomers(table, campaigns, { k: 2, predicted, randomState: 2 });
    expect(fixed.k).toBe(2);
    expect(fixed.kChoice).toEqual([]);
    expect(fixed.silhouette).toBeGreaterThan(0);
    for (const s of fixed.segments) {
      const rows = [...fixed.labels.keys()].filter((i) => fixed.labels[i] === s.index);
      expect(s.meanPredicted).toBeCloseTo(rows.reduce((a, i) => a + predicted[i], 0) / rows.length, 12);
    }
  });

  it('runs DBSCAN and CUSTOM features, with noise kept out of segments', () => {
    const db = segmentCustomers(table, campaigns, {
      algorithm: 'DBSCAN',
      featureSet: 'CUSTOM',
      features: ['Recency', 'MntWines', 'Education'],
      randomState: 3,
    });
    expect(db.features).toEqual(['Recency', 'MntWines', 'Education']);
    expect(db.k).toBeGreaterThanOrEqual(2);
    expect(db.noiseCustomers).toBe([...db.labels].filter((l) => l === -1).length);
    expect(db.segments.reduce((a, s) => a + s.size, 0) + db.noiseCustomers).toBe(600);
    expect([...assignCustomers(JSON.parse(JSON.stringify(db.model)), table)].filter((l, i) => l === db.labels[i]).length).toBeGreaterThan(
      570,
    );
  });

  it('rejects bad options with clear messages and reports progress', () => {
    expect(() => segmentCustomers(table, campaigns, { featureSet: 'TOP_DRIVERS' })).toThrow(/driver feature names/);
    expect(() => segmentCustomers(table, campaigns, { algorithm: 'DBSCAN', k: 3 })).toThrow(/DBSCAN finds the number/);
    expect(() => segmentCustomers(table, [{ column: 'x', values: [1] }], {})).toThrow(/has 1 values for 600/);
    const stages: number[] = [];
    segmentCustomers(table, campaigns, { k: 3 }, (f) => stages.push(f));
    expect(stages[0]).toBe(0);
    expect(stages.at(-1)).toBe(1);
    expect([...stages].sort((a, b) => a - b)).toEqual(stages);
  });
});
