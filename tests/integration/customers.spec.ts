/**
 * One customer through GraphQL: looked up by identifier (with suggestions as you type),
 * scored and explained by every trained model with contributions that add up exactly,
 * reasons in words with labels, and what-if values that move the probability.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StandingView } from '../../server/src/modules/customers/customer-views.js';
import { IFOOD, reasonIfMissing } from '../helpers/datasets.js';
import { describeEachDatabase } from '../helpers/databases.js';
import { uploadFile, waitForImport } from '../helpers/imports.js';
import { signedInTestServer, type TestServer } from '../helpers/test-server.js';
import { startTraining, waitForRun } from '../helpers/training.js';

interface Explanation {
  probability: number;
  scale: string;
  baseValue: number;
  contributions: { feature: string; label: string; value: string | null; contribution: number }[];
  text: string;
}

const EXPLAIN =
  'query($m: ID!, $v: [FeatureValueInput!]!) { explainCustomer(modelId: $m, values: $v) { probability scale baseValue contributions { feature label value contribution } text } }';
const logit = (p: number) => Math.log(p / (1 - p));

describeEachDatabase('customers', (kind) => {
  let t: TestServer, token: string;
  let datasetId: string;
  let models: { id: string; algorithm: string }[];
  beforeAll(async () => {
    ({ t, token } = await signedInTestServer(kind, { SEED_DEMO: 'true' }));
    const datasets = await t.gql<{ datasets: { id: string }[] }>('{ datasets { id } }', {}, token);
    datasetId = datasets.data!.datasets[0].id;
    const run = await waitForRun(t, token, (await startTraining(t, token, datasetId)).id);
    expect(run.status).toBe('SUCCEEDED');
    models = run.models;
    // Starting, seeding and training four models take minutes when the shared machine is busy.
  }, 600_000);
  afterAll(() => t?.stop());

  const lookUp = async (key: string) => {
    const res = await t.gql<{
      customer: { key: string; values: { feature: string; value: string | null }[]; responded: boolean | null } | null;
    }>(
      'query($d: ID!, $k: String!) { customer(datasetId: $d, key: $k) { key values { feature value } responded } }',
      { d: datasetId, k: key },
      token,
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.customer;
  };

  const explain = async (modelId: string, values: { feature: string; value: string | null }[]) => {
    const res = await t.gql<{ explainCustomer: Explanation }>(EXPLAIN, { m: modelId, v: values }, token);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.explainCustomer;
  };

  /** Keys starting with `prefix`, as the key search suggests them (`limit` unset: the server's 10). */
  const customerKeys = async (prefix: string, limit?: number) => {
    const res = await t.gql<{ customerKeys: string[] }>(
      'query($d: ID!, $p: String!, $l: Int! = 10) { customerKeys(datasetId: $d, prefix: $p, limit: $l) }',
      { d: datasetId, p: prefix, l: limit },
      token,
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.customerKeys;
  };

  it('suggests keys as you type and finds a customer by identifier; an unknown key is null', async () => {
    const keys = await customerKeys('1', 5);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.length).toBeLessThanOrEqual(5);
    for (const k of keys) expect(k.startsWith('1')).toBe(true);
    const customer = (await lookUp(keys[0]))!;
    expect(customer.key).toBe(keys[0]);
    expect(customer.values.length).toBeGreaterThan(5);
    expect(typeof customer.responded).toBe('boolean');
    expect(await lookUp('no-such-customer')).toBeNull();
  });

  it('gives a stored customer’s standing for each model: probability, decile among all customers, likely, target group', async () => {
    const [key] = await customerKeys('2');
    const customer = (await lookUp(key))!;
    for (const model of models) {
      const res = await t.gql<{ customerStanding: StandingView }>(
        'query($m: ID!, $k: String!) { customerStanding(modelId: $m, key: $k) { key probability decile likely threshold inTargetGroup segment } }',
        { m: model.id, k: key },
        token,
      );
      const standing = res.data!.customerStanding;
      expect(standing.key).toBe(key);
      expect(standing.probability).toBeCloseTo((await explain(model.id, customer.values)).probability, 9);
      expect(standing.decile).toBeGreaterThanOrEqual(1);
      expect(standing.decile).toBeLessThanOrEqual(10);
      expect(standing.likely).toBe(standing.probability >= standing.threshold);
    }
    const none = await t.gql<{ customerStanding: null }>(
      'query($m: ID!) { customerStanding(modelId: $m, key: "no-such-customer") { key } }',
      { m: models[0].id },
      token,
    );
    expect(none.data!.customerStanding).toBeNull();
  });

  it('every model explains a stored customer exactly: baseValue + sum(contributions) = output', async () => {
    const keys = await customerKeys('', 3);
    for (const key of keys) {
      const customer = (await lookUp(key))!;
      for (const model of models) {
        const e = await explain(model.id, customer.values);
        const sum = e.contributions.reduce((a, c) => a + c.contribution, 0);
        const output = e.scale === 'LOG_ODDS' ? logit(e.probability) : e.probability;
        expect(e.scale).toBe(model.algorithm === 'RANDOM_FOREST' || model.algorithm === 'DECISION_TREE' ? 'PROBABILITY' : 'LOG_ODDS');
        expect(Math.abs(e.baseValue + sum - output)).toBeLessThan(1e-6);
        expect(e.text).toMatch(/^Predicted chance of responding: /);
        expect(e.text).not.toMatch(/\bnull\b|NaN|undefined/);
        // Labels, never a column's raw name, in the contributions.
        expect(e.contributions.every((c) => c.label.length > 0)).toBe(true);
        if (e.scale === 'LOG_ODDS') expect(e.text).toMatch(/approximate/);
      }
    }
  });

  it('what-if: an edited value changes the probability; a left-out feature is a missing value', async () => {
    const keys = await customerKeys('', 1);
    const customer = (await lookUp(keys[0]))!;
    const model = models.find((m) => m.algorithm === 'GRADIENT_BOOSTING') ?? models[0];
    const before = await explain(model.id, customer.values);
    const strongest = before.contributions.slice().sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))[0];
    const others = await Promise.all(
      ['0', '5', '30', '60', '99', '100000'].map((v) =>
        explain(
          model.id,
          customer.values.map((x) => (x.feature === strongest.feature ? { ...x, value: v } : x)),
        ),
      ),
    );
    expect(others.some((o) => Math.abs(o.probability - before.probability) > 1e-6)).toBe(true);
    const without = await explain(
      model.id,
      customer.values.filter((v) => v.feature !== strongest.feature),
    );
    expect(without.contributions.find((c) => c.feature === strongest.feature)!.value).toBeNull();
  });

  it('proposes the smallest change among actionable columns only; the Data page setting decides which', async () => {
    const CF =
      'query($m: ID!, $v: [FeatureValueInput!]!) { customerCounterfactual(modelId: $m, values: $v) { reached before after threshold actionable changes { feature label from to } text } }';
    type Cf = {
      reached: boolean;
      before: number;
      after: number;
      threshold: number;
      actionable: string[];
      changes: { feature: string; to: string }[];
      text: string;
    };
    const columns = (
      await t.gql<{ dataset: { columns: { name: string; actionable: boolean; min: number | null; max: number | null; kind: string }[] } }>(
        'query($d: ID!) { dataset(id: $d) { columns { name actionable min max kind } } }',
        { d: datasetId },
        token,
      )
    ).data!.dataset.columns;
    const actionable = columns.filter((c) => c.actionable).map((c) => c.name);
    expect(actionable.length).toBeGreaterThan(0);
    expect(actionable.some((n) => /kid|teen|birth|age/i.test(n))).toBe(false);
    const keys = (
      await t.gql<{ customerKeys: string[] }>(
        'query($d: ID!) { customerKeys(datasetId: $d, prefix: "", limit: 40) }',
        { d: datasetId },
        token,
      )
    ).data!.customerKeys;
    const model = models.find((m) => m.algorithm === 'RANDOM_FOREST') ?? models[0];
    let checked = 0;
    for (const key of keys) {
      const customer = (await lookUp(key))!;
      const res = await t.gql<{ customerCounterfactual: Cf }>(CF, { m: model.id, v: customer.values }, token);
      const cf = res.data!.customerCounterfactual;
      if (cf.before >= cf.threshold) continue;
      checked++;
      expect(cf.text).not.toMatch(/NaN|undefined|null/);
      for (const change of cf.changes) {
        expect(cf.actionable).toContain(change.feature);
        const column = columns.find((c) => c.name === change.feature)!;
        if (column.kind === 'NUMERIC') {
          expect(Number(change.to)).toBeGreaterThanOrEqual(column.min!);
          expect(Number(change.to)).toBeLessThanOrEqual(column.max!);
        }
      }
      if (cf.reached) {
        expect(cf.after).toBeGreaterThanOrEqual(cf.threshold);
        expect(cf.text).toMatch(/^If .+, their chance would rise from [\d.]+% to [\d.]+%\.$/);
        const edited = customer.values.map((v) => ({
          feature: v.feature,
          value: cf.changes.find((c) => c.feature === v.feature)?.to ?? v.value,
        }));
        expect((await explain(model.id, edited)).probability).toBeCloseTo(cf.after, 9);
      }
      if (checked >= 3) break;
    }
    expect(checked).toBeGreaterThan(0);
    // Nothing actionable: the page says where to mark columns.
    const SET =
      'mutation($d: ID!, $n: String!, $a: Boolean) { updateColumn(datasetId: $d, name: $n, input: { actionable: $a }) { name actionable } }';
    for (const name of actionable)
      expect(
        (await t.gql<{ updateColumn: { actionable: boolean } }>(SET, { d: datasetId, n: name, a: false }, token)).data!.updateColumn
          .actionable,
      ).toBe(false);
    const customer = (await lookUp(keys[0]))!;
    const none = (await t.gql<{ customerCounterfactual: Cf }>(CF, { m: model.id, v: customer.values }, token)).data!.customerCounterfactual;
    if (none.before < none.threshold) expect(none.text).toMatch(/Data page/);
    for (const name of actionable) await t.gql(SET, { d: datasetId, n: name, a: true }, token);
  });

  it('is for signed-in users; an unknown model is a clear error', async () => {
    const anonymous = await t.gql(EXPLAIN, { m: models[0].id, v: [] });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const unknown = await t.gql(EXPLAIN, { m: '00000000-0000-4000-8000-000000000000', v: [] }, token);
    expect(unknown.errors?.[0].message).toMatch(/model was not found/i);
  });

  describe.skipIf(kind !== 'pglite' || reasonIfMissing(IFOOD))('on the iFood data', () => {
    it('writes the reasons for two customers', async () => {
      const imported = await uploadFile(t, token, IFOOD, '/api/datasets?name=iFood');
      await waitForImport(t, token, imported.body.importId!);
      const run = await waitForRun(
        t,
        token,
        (await startTraining(t, token, imported.body.datasetId!, ['GRADIENT_BOOSTING', 'RANDOM_FOREST'])).id,
      );
      expect(run.status).toBe('SUCCEEDED');
      datasetId = imported.body.datasetId!;
      for (const key of ['5524', '2174']) {
        const customer = (await lookUp(key))!;
        for (const model of run.models) {
          const e = await explain(model.id, customer.values);
          expect(e.text).toMatch(/Reasons (for|against):/);
          console.log(`iFood customer ${key}, ${model.algorithm}:\n${e.text}`);
        }
      }
    });
  });
});
