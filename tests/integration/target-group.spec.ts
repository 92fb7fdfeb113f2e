import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOISE_FEATURES } from '../../seeds/ground-truth.js';
import { IFOOD, reasonIfMissing } from '../helpers/datasets.js';
import { describeEachDatabase } from '../helpers/databases.js';
import { uploadFile, waitForImport } from '../helpers/imports.js';
import { signedInTestServer, type TestServer } from '../helpers/test-server.js';
import { startTraining, waitForRun } from '../helpers/training.js';

const TG = `topN description matchedCustomers share responseRate baseRate lift found responders meanPredicted
  conditions { feature label min max levels text }
  holdout { matchedCustomers responseRate baseRate lift }
  distinguishingFeatures { feature label direction groupMedian restMedian }
  stability { resamples unstable reasons liftLow liftHigh conditions { feature share } }
  money { costPerContact valuePerResponse groupProfit everyoneProfit best { k contacted profit } curve { k profit } }`;

interface Group {
  topN: number;
  description: string;
  matchedCustomers: number;
  share: number;
  responseRate: number;
  baseRate: number;
  lift: number;
  conditions: { feature: string; min: number | null; max: number | null; levels: string[] | null; text: string }[];
  holdout: { matchedCustomers: number };
  money: { costPerContact: number; valuePerResponse: number; groupProfit: number } | null;
}

/** Applies conditions to the raw CSV rows, independently of the app (a missing value matches nothing). */
function recount(file: string, target: string, conditions: Group['conditions']) {
  const records: Record<string, string>[] = parse(readFileSync(file, 'utf8'), {
    columns: (h: string[]) => h.map((x) => x.trim()),
    skip_empty_lines: true,
  });
  const rows = records.filter((r) => Object.values(r).some((v) => v.trim() !== ''));
  const dayOf = (text: string) => {
    const [m, d, y] = text.split('/').map(Number);
    return Date.UTC(y, m - 1, d) / 86_400_000;
  };
  const matches = (row: Record<string, string>) =>
    conditions.every((c) => {
      const raw = row[c.feature]?.trim() ?? '';
      if (raw === '' || /^(na|n\/a|null|\?)$/i.test(raw)) return false;
      if (c.levels) return c.levels.includes(raw);
      const value = raw.includes('/') ? dayOf(raw) : Number(raw);
      return (c.min === null || value >= c.min) && (c.max === null || value <= c.max);
    });
  const matched = rows.filter(matches);
  const responded = matched.filter((r) => r[target] === '1').length;
  return { total: rows.length, matched: matched.length, responded, base: rows.filter((r) => r[target] === '1').length / rows.length };
}

describeEachDatabase('target groups', (kind) => {
  let t: TestServer, token: string;
  beforeAll(async () => ({ t, token } = await signedInTestServer(kind, { SEED_DEMO: 'true' })));
  afterAll(() => t?.stop());

  const featuredGroup = async (datasetId: string, topN: number) => {
    const res = await t.gql<{ dataset: { activeModel: { id: string; targetGroup: Group } } }>(
      `query($id: ID!, $n: Int!) { dataset(id: $id) { activeModel { id targetGroup(topN: $n) { ${TG} } } } }`,
      { id: datasetId, n: topN },
      token,
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.dataset.activeModel;
  };

  it('describes a group on the demo data that names true drivers and at least doubles the response', async () => {
    const datasets = await t.gql<{ datasets: { id: string }[] }>('{ datasets { id } }', {}, token);
    const demo = datasets.data!.datasets[0].id;
    expect((await waitForRun(t, token, (await startTraining(t, token, demo)).id)).status).toBe('SUCCEEDED');
    const { targetGroup } = await featuredGroup(demo, 3);
    expect(targetGroup.conditions.length).toBeGreaterThan(0);
    expect(targetGroup.conditions.length).toBeLessThanOrEqual(3);
    const truth = ['Recency', 'Income', 'Education', 'AcceptedCmp1', 'AcceptedCmp2', 'AcceptedCmp3', 'AcceptedCmp4', 'AcceptedCmp5'];
    for (const c of targetGroup.conditions) {
      expect(truth, c.feature).toContain(c.feature);
      expect(NOISE_FEATURES as readonly string[]).not.toContain(c.feature);
    }
    expect(targetGroup.lift).toBeGreaterThanOrEqual(2);
    expect(targetGroup.description).toMatch(/associations/);
    expect(targetGroup.description).not.toMatch(/\bnull\b|NaN|undefined|\b1 customers\b/);
  });

  describe.skipIf(reasonIfMissing(IFOOD))('on the iFood data', () => {
    let datasetId: string;
    beforeAll(async () => {
      const imported = await uploadFile(t, token, IFOOD, '/api/datasets?name=iFood');
      datasetId = imported.body.datasetId!;
      await waitForImport(t, token, imported.body.importId!);
      expect((await waitForRun(t, token, (await startTraining(t, token, datasetId)).id)).status).toBe('SUCCEEDED');
    });

    for (const topN of [3, 5]) {
      it(`N=${topN}: uses only the top-${topN} drivers and its counts equal a recount from the raw file`, async () => {
        const { id, targetGroup } = await featuredGroup(datasetId, topN);
        const importance = await t.gql<{ model: { featureImportance: { feature: string }[] } }>(
          'query($id: ID!) { model(id: $id) { featureImportance { feature } } }',
          { id },
          token,
        );
        const top = importance.data!.model.featureImportance.slice(0, topN).map((f) => f.feature);
        for (const c of targetGroup.conditions) expect(top).toContain(c.feature);
        const counted = recount(IFOOD, 'Response', targetGroup.conditions);
        expect(targetGroup.matchedCustomers).toBe(counted.matched);
        expect(targetGroup.share).toBeCloseTo(counted.matched / counted.total, 10);
        expect(targetGroup.responseRate).toBeCloseTo(counted.responded / counted.matched, 10);
        expect(targetGroup.baseRate).toBeCloseTo(counted.base, 10);
        expect(targetGroup.lift).toBeCloseTo(counted.responded / counted.matched / counted.base, 10);
        // iFood states its own campaign economics in constant columns: 3 per contact, 11 per response.
        expect(targetGroup.money).toMatchObject({ costPerContact: 3, valuePerResponse: 11 });
        expect(targetGroup.money!.groupProfit).toBeCloseTo(counted.responded * 11 - counted.matched * 3, 6);
        console.log(`iFood N=${topN}: ${targetGroup.description}`);
      });
    }

    it('recounts edited conditions exactly and exports the audience with formulas neutralised', async () => {
      const { id, targetGroup } = await featuredGroup(datasetId, 3);
      const edited = targetGroup.conditions.slice(0, 1).map(({ feature, min, max, levels }) => ({ feature, min, max, levels }));
      const res = await t.gql<{
        evaluateTargetGroup: { matchedCustomers: number; who: string; description: string; conditions: { text: string }[] };
      }>(
        'query($m: ID!, $c: [ConditionInput!]!) { evaluateTargetGroup(modelId: $m, conditions: $c) { matchedCustomers responseRate who description conditions { text } } }',
        { m: id, c: edited },
        token,
      );
      expect(res.data!.evaluateTargetGroup.matchedCustomers).toBe(recount(IFOOD, 'Response', edited as Group['conditions']).matched);
      // The edited group's brief is the server's, from the recounted figures: who they are, then how many.
      const brief = res.data!.evaluateTargetGroup.description;
      expect(brief.startsWith(`**Who to contact next time.** ${res.data!.evaluateTargetGroup.who}`)).toBe(true);
      expect(brief).toContain(`**How many.** ${res.data!.evaluateTargetGroup.matchedCustomers.toLocaleString('en-US')} customers`);
      const csv = await fetch(`${t.url}/api/models/${id}/audience.csv?conditions=${encodeURIComponent(JSON.stringify(edited))}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(csv.status).toBe(200);
      const lines = (await csv.text()).trim().split('\r\n');
      expect(lines[0].split(',')[0]).toBe('ID');
      expect(lines).toHaveLength(res.data!.evaluateTargetGroup.matchedCustomers + 1);
      const anonymous = await fetch(`${t.url}/api/models/${id}/audience.csv?topN=3`);
      expect(anonymous.status).toBe(401);
    });
  });
});
