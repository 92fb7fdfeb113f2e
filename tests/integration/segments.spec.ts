import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCsvHeader, demoCsvLine, generateDemoRows, writeDemoCsv } from '../../seeds/demo-dataset.js';
import { RFM_SEGMENT_NAMES } from '../../server/src/modules/segments/rfm-scores.js';
import { IFOOD, reasonIfMissing } from '../helpers/datasets.js';
import { describeEachDatabase } from '../helpers/databases.js';
import { upload, uploadFile, waitForImport } from '../helpers/imports.js';
import { fakeLlmServer, readCsvRecords, runSegmentation, startSegmentation, type SegmentationView } from '../helpers/segments.js';
import { DEMO_CAMPAIGNS, expectHeatmapRecounted, expectTargetGroupRecounted } from '../helpers/segment-recounts.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { startTraining, waitForRun } from '../helpers/training.js';

/** The texts a manager reads use the column labels, never the raw names or "sd" figures. */
function expectLabelledTexts(s: SegmentationView) {
  for (const x of s.segments)
    expect(`${x.name} ${x.description} ${x.brief}`).not.toMatch(/Kidhome|Income\b|Mnt[A-Z]|Num[A-Z]|AcceptedCmp|Response|\bsd\)/);
}

function expectWellFormed(s: SegmentationView, rowCount: number) {
  expect(s.status, s.error ?? '').toBe('SUCCEEDED');
  expect(s.k).toBeGreaterThanOrEqual(2);
  expect(s.k).toBeLessThanOrEqual(10);
  expect(s.segments).toHaveLength(s.k!);
  expect(s.segments.reduce((sum, x) => sum + x.size, 0)).toBe(rowCount - s.noiseCustomers);
  expect(s.projection.length).toBeGreaterThan(100);
  for (const x of s.segments) {
    expect(x.name).not.toMatch(/undefined|NaN|null/);
    expect(x.brief.length).toBeGreaterThan(20);
    expect(x.distinctive.length).toBeGreaterThan(0);
  }
}

describeEachDatabase('customer segments', (kind) => {
  let t: TestServer;
  const tokens: Record<string, string> = {};
  let demo: string;
  let demoFile: string;
  let dir: string;
  let llm: Awaited<ReturnType<typeof fakeLlmServer>>;

  beforeAll(async () => {
    llm = await fakeLlmServer((body) => `Rewritten: ${body.messages.at(-1)!.content.split('\n')[0]}`);
    t = await startTestServer(kind, { SEED_DEMO: 'true', LLM_API_URL: llm.url, LLM_API_KEY: 'test-key', LLM_MODEL: 'fake-model' });
    tokens.ADMIN = await t.login();
    for (const role of ['VIEWER', 'ANALYST']) {
      const email = `${role.toLowerCase()}@test.local`;
      await t.gql(
        'mutation($e: String!, $r: Role!) { createUser(email: $e, password: "password-123", role: $r) { id } }',
        { e: email, r: role },
        tokens.ADMIN,
      );
      tokens[role] = await t.login(email, 'password-123');
    }
    demo = (await t.gql<{ datasets: { id: string }[] }>('{ datasets { id } }', {}, tokens.ADMIN)).data!.datasets[0].id;
    dir = mkdtempSync(join(tmpdir(), 'cp-segments-'));
    // The same generator and seed the server loaded the demo data from: the raw file to recount.
    demoFile = join(dir, 'demo.csv');
    await writeDemoCsv(demoFile);
  });
  afterAll(async () => {
    await t?.stop();
    await llm?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('lets viewers read but not run; TOP_DRIVERS without a trained model fails with a readable reason', async () => {
    const viewer = await startSegmentation(t, tokens.VIEWER, demo);
    expect(viewer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const defaults = await t.gql<{ segmentationDefaults: Record<string, unknown> }>(
      'query($d: ID!) { segmentationDefaults(datasetId: $d) { recency frequency monetary numericColumns aiRewriteAvailable } }',
      { d: demo },
      tokens.VIEWER,
    );
    expect(defaults.data!.segmentationDefaults).toMatchObject({
      recency: 'Recency',
      frequency: ['NumWebPurchases', 'NumCatalogPurchases', 'NumStorePurchases'],
      aiRewriteAvailable: true,
    });
    expect(defaults.data!.segmentationDefaults.monetary).toHaveLength(6);
    const drivers = await runSegmentation(t, tokens.ANALYST, demo, { featureSet: 'TOP_DRIVERS' });
    expect(drivers.status).toBe('FAILED');
    expect(drivers.error).toMatch(/needs a trained model/);
    const bad = await startSegmentation(t, tokens.ANALYST, demo, { scaling: 'minmax' });
    expect(bad.errors?.[0].message).toMatch(/standard.*robust/);
  });

  let first: SegmentationView;
  it('segments the demo data on RFM (k chosen by silhouette) and its heatmap equals a recount from the raw file', async () => {
    const started = await startSegmentation(t, tokens.ANALYST, demo);
    expect(started.data!.segmentCustomers.status).toBe('QUEUED');
    // One run per dataset at a time.
    const second = await startSegmentation(t, tokens.ANALYST, demo);
    expect(second.errors?.[0].extensions?.code).toBe('CONFLICT');
    const { waitForSegmentation } = await import('../helpers/segments.js');
    first = await waitForSegmentation(t, tokens.VIEWER, started.data!.segmentCustomers.id);
    expectWellFormed(first, 2000);
    expect(first.features).toEqual(['Recency', 'Frequency', 'Monetary']);
    // k from 3 to 8 (k = 2 scored for the chart), the best silhouette up to a 0.01 tie, and the page is told why.
    expect(first.kChoice.map((c) => c.k)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(first.k).toBeGreaterThanOrEqual(3);
    const eligible = first.kChoice.filter((c) => c.k >= 3);
    expect(first.kChoice.find((c) => c.k === first.k)!.silhouette).toBeGreaterThanOrEqual(
      Math.max(...eligible.map((c) => c.silhouette)) - 0.01 - 1e-12,
    );
    expect(first.choiceReason).toMatch(new RegExp(`^k = ${first.k}: `));
    await expectHeatmapRecounted(t, tokens.VIEWER, first, demoFile, 2000);
    expectLabelledTexts(first);
    // No model yet: nothing is said about a target group.
    for (const x of first.segments) {
      expect([x.targetGroupCustomers, x.targetGroupShare]).toEqual([null, null]);
      expect(x.brief).not.toMatch(/Target group/);
    }
    const response = first.overallCampaigns.find((c) => c.column === 'Response')!;
    expect(response.responded).toBe(readCsvRecords(demoFile).filter((r) => r.Response === '1').length);
    const anonymous = await fetch(`${t.url}/api/segmentations/${first.id}/members.csv`);
    expect(anonymous.status).toBe(401);
  });

  it('keeps every version, newest first; re-runs with a chosen k and with DBSCAN', async () => {
    const k4 = await runSegmentation(t, tokens.ANALYST, demo, { k: 4, scaling: 'robust' });
    expectWellFormed(k4, 2000);
    expect(k4.k).toBe(4);
    const db = await runSegmentation(t, tokens.ANALYST, demo, { algorithm: 'DBSCAN' });
    expect(db.status, db.error ?? '').toBe('SUCCEEDED');
    expect(db.segments.reduce((sum, x) => sum + x.size, 0) + db.noiseCustomers).toBe(2000);
    // eps and minPts chosen from the data and said; either useful groups or a warning that suggests k-means.
    expect(db.eps).toBeGreaterThan(0);
    expect(db.minPts).toBeGreaterThanOrEqual(5);
    expect(db.choiceReason).toMatch(/eps = \d+\.\d\d, minPts = \d+|found no dense groups/);
    const largest = Math.max(0, ...db.segments.map((x) => x.size));
    const tiny = db.segments.filter((x) => x.size < 30);
    console.info(
      `demo DBSCAN: ${db.choiceReason} ${db.warnings.join(' ')} sizes ${db.segments.map((x) => x.size).join(', ')}, noise ${db.noiseCustomers}`,
    );
    if (largest > 1600 || tiny.length > 0 || db.segments.length < 2) expect(db.warnings.join(' ')).toMatch(/Try k-means/);
    for (const x of tiny) expect(x.brief).toMatch(/Offer: too few customers to tell/);
    const list = await t.gql<{ dataset: { segmentations: { id: string }[] } }>(
      'query($d: ID!) { dataset(id: $d) { segmentations { id } } }',
      { d: demo },
      tokens.VIEWER,
    );
    expect(list.data!.dataset.segmentations.map((s) => s.id).slice(0, 3)).toEqual([db.id, k4.id, first.id]);
  });

  it('scores RFM by quintile: every customer in one named segment, the R x F grid and the heatmap recounted from the raw file', async () => {
    const s = await runSegmentation(t, tokens.ANALYST, demo, { algorithm: 'RFM_SCORES' });
    expect(s.status, s.error ?? '').toBe('SUCCEEDED');
    expect(s.noiseCustomers).toBe(0);
    expect(s.segments.reduce((sum, x) => sum + x.size, 0)).toBe(2000);
    expect(RFM_SEGMENT_NAMES.filter((n) => s.segments.some((x) => x.name === n))).toEqual(s.segments.map((x) => x.name));
    expect(s.rfmGrid).toHaveLength(25);
    for (const x of s.segments)
      expect(s.rfmGrid.filter((c) => c.segment === x.index).reduce((sum, c) => sum + c.customers, 0)).toBe(x.size);
    expect(s.choiceReason).toMatch(/quintile/);
    expect(s.kChoice).toEqual([]);
    await expectHeatmapRecounted(t, tokens.VIEWER, s, demoFile, 2000);
    expectLabelledTexts(s);
    const bad = await startSegmentation(t, tokens.ANALYST, demo, { algorithm: 'RFM_SCORES', k: 3 });
    expect(bad.errors?.[0].message).toMatch(/fixed set of named segments/);
  });

  it('segments on the featured model’s top drivers once a model is trained', async () => {
    expect((await waitForRun(t, tokens.ADMIN, (await startTraining(t, tokens.ADMIN, demo, ['LOGISTIC_REGRESSION'])).id)).status).toBe(
      'SUCCEEDED',
    );
    const model = await t.gql<{ dataset: { activeModel: { featureImportance: { feature: string }[] } } }>(
      'query($d: ID!) { dataset(id: $d) { activeModel { featureImportance { feature } } } }',
      { d: demo },
      tokens.VIEWER,
    );
    const s = await runSegmentation(t, tokens.ANALYST, demo, { featureSet: 'TOP_DRIVERS', topN: 3 });
    expectWellFormed(s, 2000);
    expect(s.features).toEqual(model.data!.dataset.activeModel.featureImportance.slice(0, 3).map((f) => f.feature));
    for (const x of s.segments) expect(x.meanPredicted).toBeGreaterThan(0);
  });

  it('counts each segment’s customers in the featured model’s target group, recounted from the raw file', async () => {
    const s = await runSegmentation(t, tokens.ANALYST, demo);
    expectWellFormed(s, 2000);
    expectLabelledTexts(s);
    await expectTargetGroupRecounted(t, tokens.VIEWER, demo, s, demoFile);
  });

  it('edits briefs (analysts only) and rewrites them through the configured AI endpoint', async () => {
    const index = first.segments[0].index;
    const denied = await t.gql(
      'mutation($s: ID!, $i: Int!) { updateSegmentBrief(segmentationId: $s, index: $i, brief: "x") { brief } }',
      { s: first.id, i: index },
      tokens.VIEWER,
    );
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const edit = await t.gql<{ updateSegmentBrief: { brief: string; briefEdited: boolean } }>(
      'mutation($s: ID!, $i: Int!, $b: String!) { updateSegmentBrief(segmentationId: $s, index: $i, brief: $b) { brief briefEdited } }',
      { s: first.id, i: index, b: 'Tone: cheerful.\nOffer: free delivery.' },
      tokens.ANALYST,
    );
    expect(edit.data!.updateSegmentBrief).toEqual({ brief: 'Tone: cheerful.\nOffer: free delivery.', briefEdited: true });
    const rewrite = await t.gql<{ rewriteSegmentBrief: string }>(
      'mutation($s: ID!, $i: Int!) { rewriteSegmentBrief(segmentationId: $s, index: $i) }',
      { s: first.id, i: index },
      tokens.ANALYST,
    );
    expect(rewrite.data!.rewriteSegmentBrief).toBe(
      `Rewritten: Segment: ${first.segments[0].name} (${first.segments[0].size} customers). ${first.segments[0].description}`,
    );
    const request = llm.requests.at(-1)!;
    expect(request).toMatchObject({ path: '/v1/chat/completions', authorization: 'Bearer test-key', body: { model: 'fake-model' } });
    expect(request.body.messages.at(-1)!.content).toContain('Offer: free delivery.');
    const restored = await t.gql<{ updateSegmentBrief: { brief: string; briefEdited: boolean } }>(
      'mutation($s: ID!, $i: Int!) { updateSegmentBrief(segmentationId: $s, index: $i, brief: "") { brief briefEdited } }',
      { s: first.id, i: index },
      tokens.ANALYST,
    );
    expect(restored.data!.updateSegmentBrief).toEqual({ brief: first.segments[0].brief, briefEdited: false });
  });

  it('places the customers of an append in the latest segmentation and says so on the import', async () => {
    const latest = await runSegmentation(t, tokens.ANALYST, demo);
    const rows = generateDemoRows(60, 42).map((r, i) => ({ ...r, ID: 900_000 + i }));
    const csv = [demoCsvHeader(), ...rows.map(demoCsvLine)].join('\n');
    const answer = await upload(t, tokens.ADMIN, csv, `/api/datasets/${demo}/imports`);
    expect(answer.status).toBe(202);
    expect((await waitForImport(t, tokens.ADMIN, answer.body.importId!)).status).toBe('SUCCEEDED');
    let assignments: { segmentIndex: number; name: string; customers: number }[] = [];
    for (let i = 0; i < 100 && assignments.length === 0; i++) {
      const job = await t.gql<{ importJob: { segmentAssignments: typeof assignments } }>(
        'query($id: ID!) { importJob(id: $id) { segmentAssignments { segmentIndex name customers } } }',
        { id: answer.body.importId },
        tokens.VIEWER,
      );
      assignments = job.data!.importJob.segmentAssignments;
      if (assignments.length === 0) await new Promise((r) => setTimeout(r, 100));
    }
    expect(assignments.reduce((sum, a) => sum + a.customers, 0)).toBe(60);
    for (const a of assignments) expect(a.name).toBe(latest.segments.find((s) => s.index === a.segmentIndex)!.name);
  });

  describe.skipIf(reasonIfMissing(IFOOD))('on the iFood data', () => {
    let ifood: string;
    beforeAll(async () => {
      const imported = await uploadFile(t, tokens.ADMIN, IFOOD, '/api/datasets?name=iFood');
      ifood = imported.body.datasetId!;
      expect((await waitForImport(t, tokens.ADMIN, imported.body.importId!)).status).toBe('SUCCEEDED');
    });

    it('finds a segment of high spenders with clearly higher campaign acceptance; heatmap recounted from the raw file', async () => {
      const records = readCsvRecords(IFOOD);
      const s = await runSegmentation(t, tokens.ANALYST, ifood);
      expectWellFormed(s, records.length);
      const members = await expectHeatmapRecounted(t, tokens.VIEWER, s, IFOOD, records.length);
      // Spend and acceptance per segment, from the raw file only.
      const byId = new Map(records.map((r) => [r.ID, r]));
      const spend = (r: Record<string, string>) =>
        Object.keys(r)
          .filter((c) => /^Mnt/.test(c))
          .reduce((sum, c) => sum + Number(r[c]), 0);
      const accepted = (r: Record<string, string>) => DEMO_CAMPAIGNS.slice(0, 5).reduce((sum, c) => sum + Number(r[c]), 0) / 5;
      const stats = s.segments.map((x) => {
        const rows = members
          .slice(1)
          .filter((m) => Number(m[1]) === x.index)
          .map((m) => byId.get(m[0])!);
        return {
          ...x,
          spend: rows.reduce((a, r) => a + spend(r), 0) / rows.length,
          acceptance: rows.reduce((a, r) => a + accepted(r), 0) / rows.length,
          response: rows.filter((r) => r.Response === '1').length / rows.length,
        };
      });
      for (const x of stats)
        console.info(
          `iFood segment ${x.index} "${x.name}": ${x.size} customers (${(x.share * 100).toFixed(1)}%), mean spend ${x.spend.toFixed(0)}, mean AcceptedCmp1-5 ${(x.acceptance * 100).toFixed(1)}%, Response ${(x.response * 100).toFixed(1)}%`,
        );
      const top = stats.reduce((a, b) => (b.spend > a.spend ? b : a));
      const rest = members
        .slice(1)
        .filter((m) => Number(m[1]) !== top.index)
        .map((m) => byId.get(m[0])!);
      expect(top.acceptance).toBeGreaterThan(2 * (rest.reduce((a, r) => a + accepted(r), 0) / rest.length));
      expect(top.response).toBeGreaterThan(1.5 * (rest.filter((r) => r.Response === '1').length / rest.length));
      expect(top.name).toMatch(/spender/);
      expectLabelledTexts(s);
    });

    it('after training, each segment’s overlap with the target group equals a recount from the raw file', async () => {
      expect((await waitForRun(t, tokens.ADMIN, (await startTraining(t, tokens.ADMIN, ifood, ['LOGISTIC_REGRESSION'])).id)).status).toBe(
        'SUCCEEDED',
      );
      const s = await runSegmentation(t, tokens.ANALYST, ifood);
      expectWellFormed(s, readCsvRecords(IFOOD).length);
      await expectTargetGroupRecounted(t, tokens.VIEWER, ifood, s, IFOOD);
    });
  });
});
