import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IFOOD, reasonIfMissing } from '../helpers/datasets.js';
import { describeEachDatabase } from '../helpers/databases.js';
import { upload, uploadFile, waitForImport } from '../helpers/imports.js';
import { signedInTestServer, type TestServer } from '../helpers/test-server.js';
import { startTraining, waitForRun } from '../helpers/training.js';

describeEachDatabase('training', (kind) => {
  let t: TestServer, token: string;
  beforeAll(async () => ({ t, token } = await signedInTestServer(kind)));
  afterAll(() => t?.stop());

  describe.skipIf(reasonIfMissing(IFOOD))('on the iFood data', () => {
    let datasetId: string;
    let firstRun: Awaited<ReturnType<typeof waitForRun>>;

    it('trains four models in the background with progress, scored on held-out rows', async () => {
      const imported = await uploadFile(t, token, IFOOD, '/api/datasets?name=iFood');
      datasetId = imported.body.datasetId!;
      expect((await waitForImport(t, token, imported.body.importId!)).status).toBe('SUCCEEDED');
      const run = await startTraining(t, token, datasetId);
      expect(run.status).toMatch(/QUEUED|RUNNING/);
      const again = await startTraining(t, token, datasetId);
      expect(again.id).toBe(run.id); // a second request joins the running one
      firstRun = await waitForRun(t, token, run.id);
      expect(firstRun.error).toBeNull();
      expect(firstRun.status).toBe('SUCCEEDED');
      expect(firstRun.progress).toBe(1);
      expect(firstRun.models.map((m) => m.algorithm).sort()).toEqual([
        'DECISION_TREE',
        'GRADIENT_BOOSTING',
        'LOGISTIC_REGRESSION',
        'RANDOM_FOREST',
      ]);
      for (const model of firstRun.models) {
        expect(model.isActive).toBe(true);
        expect(model.version).toBe(1);
        expect(model.metrics.rocAuc, model.algorithm).toBeGreaterThan(model.algorithm === 'DECISION_TREE' ? 0.75 : 0.85);
      }
      const progress = firstRun.seen.filter((p) => p > 0 && p < 1);
      for (let i = 1; i < progress.length; i++) expect(progress[i]).toBeGreaterThanOrEqual(progress[i - 1]);
    });

    it('stores models that load back and predict exactly the stored test metrics', async () => {
      const { readModelArtifact } = await import('../../server/src/modules/training/model-artifact.js');
      const { loadModel } = await import('../../server/src/modules/training/model-registry.js');
      const { columnSpecs, loadDatasetRows } = await import('../../server/src/modules/training/dataset-rows.js');
      const { buildFeatureTable } = await import('../../server/src/modules/training/pipeline/build-feature-table.js');
      const { takeRows } = await import('../../server/src/modules/training/data/feature-table.js');
      const { rocAuc } = await import('../../server/src/modules/training/metrics/roc-auc.js');
      const ds = t.server.database.dataSource;
      const dataset = (await t.server.services.datasets.get(datasetId))!;
      const { specs } = await columnSpecs(ds, dataset);
      const { rows, rowNumbers } = await loadDatasetRows(ds, datasetId);
      const built = buildFeatureTable(specs, rows, { target: dataset.targetColumn!, positiveLabel: dataset.positiveLabel ?? undefined });
      for (const stored of firstRun.models) {
        const artifact = (await readModelArtifact(ds, stored.id))!;
        expect(artifact.testRowNumbers).toHaveLength(Math.round(2240 * 0.25) + (artifact.testRowNumbers.length - 560));
        const wanted = new Set(artifact.testRowNumbers);
        const test = Int32Array.from([...built.rowIndex.keys()].filter((i) => wanted.has(rowNumbers[built.rowIndex[i]])));
        const model = loadModel(artifact.algorithm, JSON.parse(JSON.stringify(artifact.model)));
        const p = model.predictProba(takeRows(built.table, test));
        const y = Uint8Array.from(test, (i) => built.y[i]);
        expect(rocAuc(y, p), stored.algorithm).toBe(stored.metrics.rocAuc);
      }
    });

    it('features the best model by ROC AUC and serves its curves and metrics', async () => {
      const res = await t.gql<{
        dataset: {
          activeModel: {
            id: string;
            isFeatured: boolean;
            trainRows: number;
            testRows: number;
            metrics: Record<string, number>;
            rocCurve: unknown[];
            prCurve: unknown[];
            lift: unknown[];
            calibration: unknown[];
          };
        };
      }>(
        `query($id: ID!) { dataset(id: $id) { activeModel { id isFeatured trainRows testRows
          metrics { rocAuc prAuc accuracy precision recall f1 logLoss brierScore threshold truePositives falsePositives trueNegatives falseNegatives }
          rocCurve { x y threshold } prCurve { x y } lift { decile cumulativeLift } calibration { meanPredicted observedRate count } } } }`,
        { id: datasetId },
        token,
      );
      const featured = res.data!.dataset.activeModel;
      const best = Math.max(...firstRun.models.map((m) => m.metrics.rocAuc));
      expect(featured.metrics.rocAuc).toBe(best);
      expect(featured.isFeatured).toBe(true);
      expect(featured.trainRows + featured.testRows).toBe(2240);
      expect(Math.abs(featured.testRows - 560)).toBeLessThanOrEqual(1);
      const m = featured.metrics;
      expect(m.truePositives + m.falsePositives + m.trueNegatives + m.falseNegatives).toBe(featured.testRows);
      // Stratified: the test rows keep the 334 / 2,240 response rate.
      expect(m.truePositives + m.falseNegatives).toBe(Math.round(334 * 0.25));
      expect(featured.rocCurve.length).toBeGreaterThan(10);
      expect(featured.lift).toHaveLength(10);
      expect(featured.calibration.length).toBeGreaterThan(3);
    });

    it('serves permutation importance per original feature and stored response curves', async () => {
      const featured = firstRun.models.reduce((a, b) => (b.metrics.rocAuc > a.metrics.rocAuc ? b : a));
      const res = await t.gql<{
        model: {
          featureImportance: { feature: string; label: string; importance: number; stdDev: number }[];
          trainingRun: { agreement: { meanRankCorrelation: number; features: { feature: string }[] } };
        };
      }>(
        'query($id: ID!) { model(id: $id) { featureImportance { feature label importance stdDev } trainingRun { agreement { meanRankCorrelation features { feature rankAgreement directionAgreement models { algorithm rank direction } } } } } }',
        { id: featured.id },
        token,
      );
      const importance = res.data!.model.featureImportance;
      const features = importance.map((f) => f.feature);
      // One entry per original feature: Education is one feature, never Education=PhD.
      expect(features).toContain('Education');
      expect(features.some((f) => f.includes('='))).toBe(false);
      expect(new Set(features).size).toBe(features.length);
      expect(features).not.toContain('ID');
      expect(features).not.toContain('Response');
      for (let i = 1; i < importance.length; i++) expect(importance[i].importance).toBeLessThanOrEqual(importance[i - 1].importance);
      expect(importance.find((f) => f.feature === 'MntWines')!.label).toBe('Amount spent on wines');
      expect(res.data!.model.trainingRun.agreement.features).toHaveLength(features.length);
      const top = importance[0].feature;
      const curve = await t.gql<{
        model: {
          partialDependence: {
            feature: string;
            baseline: number;
            points: { value: string; meanPrediction: number }[];
            regions: unknown[];
            ice: number[][];
            histogram: { count: number }[];
          };
        };
      }>(
        'query($id: ID!, $f: String!) { model(id: $id) { partialDependence(feature: $f) { feature kind baseline points { value numericValue meanPrediction } regions { min max levels meanPrediction customers } ice histogram { value from to count } ale { value effect } disagreement { score disagree } } } }',
        { id: featured.id, f: top },
        token,
      );
      const pd = curve.data!.model.partialDependence;
      expect(pd.feature).toBe(top);
      expect(pd.points.length).toBeGreaterThan(1);
      expect(pd.points.length).toBeLessThanOrEqual(30);
      expect(pd.baseline).toBeGreaterThan(0);
      expect(pd.ice.length).toBeGreaterThan(0);
      expect(pd.ice.length).toBeLessThanOrEqual(50);
      const unknown = await t.gql(
        'query($id: ID!) { model(id: $id) { partialDependence(feature: "nope") { feature } } }',
        { id: featured.id },
        token,
      );
      expect(unknown.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('keeps every version, shows what changed, and lets an analyst activate a previous one', async () => {
      const second = await waitForRun(t, token, (await startTraining(t, token, datasetId, ['LOGISTIC_REGRESSION'])).id);
      expect(second.status).toBe('SUCCEEDED');
      const newest = second.models[0];
      expect(newest.version).toBe(2);
      const res = await t.gql<{ model: { change: { previousVersion: number; metrics: { metric: string; delta: number }[] } } }>(
        'query($id: ID!) { model(id: $id) { change { previousVersion metrics { metric before after delta } } } }',
        { id: newest.id },
        token,
      );
      expect(res.data!.model.change.previousVersion).toBe(1);
      // Same data, same split, deterministic solver: nothing moved.
      expect(res.data!.model.change.metrics.find((c) => c.metric === 'rocAuc')!.delta).toBeCloseTo(0, 10);
      const previous = firstRun.models.find((m) => m.algorithm === 'LOGISTIC_REGRESSION')!;
      const activated = await t.gql<{ activateModel: { id: string; isActive: boolean; isFeatured: boolean } }>(
        'mutation($id: ID!) { activateModel(id: $id) { id isActive isFeatured } }',
        { id: previous.id },
        token,
      );
      expect(activated.data!.activateModel).toEqual({ id: previous.id, isActive: true, isFeatured: true });
      const models = await t.gql<{ dataset: { models: { id: string; algorithm: string; isActive: boolean }[] } }>(
        'query($id: ID!) { dataset(id: $id) { models { id algorithm isActive } } }',
        { id: datasetId },
        token,
      );
      const lr = models.data!.dataset.models.filter((m) => m.algorithm === 'LOGISTIC_REGRESSION');
      expect(lr).toHaveLength(2);
      expect(lr.filter((m) => m.isActive).map((m) => m.id)).toEqual([previous.id]);
    });
  });

  it('fails a run with a readable reason and keeps the previous models', async () => {
    const rows = ['Spend,Bought', ...Array.from({ length: 40 }, (_, i) => `${i},${i < 3 ? 'yes' : 'no'}`)].join('\n');
    const imported = await upload(t, token, rows, '/api/datasets?name=Tiny&target=Bought');
    expect((await waitForImport(t, token, imported.body.importId!)).status).toBe('SUCCEEDED');
    const run = await waitForRun(t, token, (await startTraining(t, token, imported.body.datasetId!)).id);
    expect(run.status).toBe('FAILED');
    expect(run.error).toMatch(/at least 10 customers who responded/);
    expect(run.models).toEqual([]);
  });

  it('retrains automatically after an import when the dataset is configured so', async () => {
    const rows = (from: number, n: number) =>
      Array.from({ length: n }, (_, i) => `${from + i},${(i * 37) % 100},${(i * 37) % 100 < 30 ? 'yes' : 'no'}`);
    const imported = await upload(t, token, ['ID,Recency,Bought', ...rows(1, 200)].join('\n'), '/api/datasets?name=Auto&target=Bought');
    const datasetId = imported.body.datasetId!;
    expect((await waitForImport(t, token, imported.body.importId!)).status).toBe('SUCCEEDED');
    const set = await t.gql(
      'mutation($d: ID!) { updateDatasetSettings(datasetId: $d, input: { autoRetrain: true }) { id } }',
      { d: datasetId },
      token,
    );
    expect(set.errors).toBeUndefined();
    const appended = await upload(t, token, ['ID,Recency,Bought', ...rows(1000, 40)].join('\n'), `/api/datasets/${datasetId}/imports`);
    expect((await waitForImport(t, token, appended.body.importId!)).status).toBe('SUCCEEDED');
    // The retrain starts right after the import reports success.
    let runs: { id: string }[] = [];
    for (let i = 0; i < 50 && runs.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      runs = (
        await t.gql<{ dataset: { trainingRuns: { id: string }[] } }>(
          'query($d: ID!) { dataset(id: $d) { trainingRuns { id } } }',
          { d: datasetId },
          token,
        )
      ).data!.dataset.trainingRuns;
    }
    expect(runs).toHaveLength(1);
    const run = await waitForRun(t, token, runs[0].id);
    expect(run.status).toBe('SUCCEEDED');
    expect(run.models).toHaveLength(4);
  });
});
