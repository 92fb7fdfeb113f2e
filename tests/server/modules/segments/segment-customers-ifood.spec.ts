/**
 * Segments of the real iFood data: analyses of this dataset consistently report a group of
 * high spenders who accepted far more of the campaigns; our segmentation must show it too.
 */
import { describe, expect, it } from 'vitest';
import { IFOOD, loadIfood, reasonIfMissing } from '../../../helpers/datasets.js';
import type { NumericFeature } from '../../../../server/src/modules/training/data/feature-table.js';
import { takeRows } from '../../../../server/src/modules/training/data/feature-table.js';
import { segmentCustomers } from '../../../../server/src/modules/segments/segment-customers.js';
import { assignCustomers } from '../../../../server/src/modules/segments/segment-assign.js';

describe.skipIf(reasonIfMissing(IFOOD))('segmentCustomers on iFood', () => {
  const { table, y } = loadIfood();
  const accepted = table.features.filter((f): f is NumericFeature => /^AcceptedCmp\d$/.test(f.name));
  const campaigns = [...accepted.map((f) => ({ column: f.name, values: f.values })), { column: 'Response', values: Float64Array.from(y) }];
  const result = segmentCustomers(table, campaigns, { randomState: 0 });
  const monetary = (i: number) => {
    const p = result.segments[i].profile.features.find((f) => f.feature === 'Monetary')!;
    return p.kind === 'NUMERIC' ? p.mean : NaN;
  };
  const rate = (i: number, column: string) => result.segments[i].campaigns.find((c) => c.column === column)!.rate;
  const meanAccepted = (i: number) => accepted.reduce((s, f) => s + rate(i, f.name), 0) / accepted.length;

  it('segments on RFM built from Recency, the channel purchase counts and the Mnt* spend', () => {
    expect(result.features).toEqual(['Recency', 'Frequency', 'Monetary']);
    expect(result.model.rfm!.monetary).toHaveLength(6);
    expect(result.model.rfm!.frequency).toEqual(['NumWebPurchases', 'NumCatalogPurchases', 'NumStorePurchases']);
    expect(result.silhouette).toBeGreaterThan(0.3);
  });

  it('chooses at least 3 segments by default, one answering at 1.5x the base rate or more, and says why', () => {
    const base = y.reduce((a, b) => a + b, 0) / y.length;
    console.info(`iFood k-means: ${result.choiceReason}`);
    expect(result.k).toBeGreaterThanOrEqual(3);
    expect(Math.max(...result.segments.map((s) => rate(s.index, 'Response')))).toBeGreaterThanOrEqual(1.5 * base);
    expect(result.choiceReason).toMatch(new RegExp(`^k = ${result.k}: `));
    // The k-choice chart marks what could not be chosen, and why.
    expect(result.kChoice.find((c) => c.k === 2)?.leftOut).toMatch(/^Left out: fewer than 3 segments/);
    expect(result.kChoice.find((c) => c.k === result.k)?.leftOut).toBeNull();
    for (const c of result.kChoice.filter((x) => x.k >= 3)) expect(c.leftOut === null).toBe(c.smallestShare >= 0.05);
    expect(new Set(result.segments.map((s) => s.name)).size).toBe(result.k);
    // Named from their RFM position: a segment whose median last purchase is older than most customers' is never "loyal".
    for (const s of result.segments) {
      const r = s.profile.features.find((f) => f.feature === 'Recency')!;
      if (r.kind === 'NUMERIC' && r.median > r.overallMedian * 1.3) expect(s.name).not.toMatch(/loyal/i);
    }
  });

  it('the highest-spending segment accepted campaigns and responded clearly more than the lowest', () => {
    const order = result.segments.map((s) => s.index).sort((a, b) => monetary(b) - monetary(a));
    const top = order[0];
    const bottom = order.at(-1)!;
    console.info(
      `iFood: ${result.segments.map((s) => `${s.name} (${s.size}): Response ${(rate(s.index, 'Response') * 100).toFixed(1)}%, mean AcceptedCmp ${(meanAccepted(s.index) * 100).toFixed(1)}%`).join('; ')}`,
    );
    expect(rate(top, 'Response')).toBeGreaterThan(1.5 * rate(bottom, 'Response'));
    expect(meanAccepted(top)).toBeGreaterThan(3 * meanAccepted(bottom));
    expect(result.segments[top].name).toMatch(/big spenders/);
  });

  it('heatmap counts equal a recount from the loaded columns', () => {
    campaigns.forEach((c, j) => {
      const responded = new Array(result.k).fill(0);
      const total = new Array(result.k).fill(0);
      c.values.forEach((v, i) => {
        total[result.labels[i]]++;
        if (v === 1) responded[result.labels[i]]++;
      });
      result.segments.forEach((s) => expect(s.campaigns[j]).toMatchObject({ responded: responded[s.index], total: total[s.index] }));
    });
    const overallResponse = result.overallCampaigns.find((c) => c.column === 'Response')!;
    expect(overallResponse.responded).toBe(y.reduce((a, b) => a + b, 0));
  });

  it('new customers are placed with the scaling fitted on all customers', () => {
    // A batch of big spenders alone has very different statistics; refitting would move them.
    const rows = [...result.labels.keys()].filter((i) => result.labels[i] === result.segments.length - 1 || i % 7 === 0).slice(0, 150);
    const batch = takeRows(table, rows);
    const model = JSON.parse(JSON.stringify(result.model));
    expect([...assignCustomers(model, batch)]).toEqual(rows.map((r) => result.labels[r]));
  });
});

describe.skipIf(reasonIfMissing(IFOOD))('RFM scores on iFood', () => {
  const { table, y } = loadIfood();
  const result = segmentCustomers(table, [{ column: 'Response', values: Float64Array.from(y) }], { algorithm: 'RFM_SCORES' });

  it('puts every customer in exactly one named segment; the recent frequent buyers answer best', () => {
    const rate = (name: string) => result.segments.find((s) => s.name === name)?.campaigns[0].rate ?? NaN;
    const overall = y.reduce((a, b) => a + b, 0) / y.length;
    console.info(
      `iFood RFM scores (overall response ${(overall * 100).toFixed(1)} %): ` +
        result.segments
          .map((s) => `${s.name} ${s.size} (${(s.share * 100).toFixed(1)} %), response ${(s.campaigns[0].rate * 100).toFixed(1)} %`)
          .join('; '),
    );
    expect([...result.labels].every((l) => l >= 0)).toBe(true);
    expect(result.segments.reduce((s, x) => s + x.size, 0)).toBe(table.rowCount);
    expect(result.rfmGrid.reduce((s, c) => s + c.customers, 0)).toBe(table.rowCount);
    expect(rate('Champions')).toBeGreaterThan(1.5 * overall);
    expect(rate('Champions')).toBeGreaterThan(rate('Hibernating'));
  });
});
