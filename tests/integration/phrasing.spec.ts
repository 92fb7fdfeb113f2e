/**
 * The phrasing model end to end: the importer infers what each column counts or measures,
 * GraphQL shows it, an analyst corrects it and sets the dataset's currency, and the texts
 * the server writes (target-group conditions) follow at once.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../helpers/databases.js';
import { signedInTestServer, type TestServer } from '../helpers/test-server.js';
import { startTraining, waitForRun } from '../helpers/training.js';

interface ColumnView {
  name: string;
  phrasing: {
    kind: string;
    one: string | null;
    other: string | null;
    verb: string | null;
    event: string | null;
    unit: string | null;
    yes: string | null;
    no: string | null;
  };
}

const PHRASING = 'phrasing { kind one other verb event unit yes no }';

describeEachDatabase('phrasing model', (kind) => {
  let t: TestServer, token: string;
  let datasetId: string;
  beforeAll(async () => {
    ({ t, token } = await signedInTestServer(kind, { SEED_DEMO: 'true' }));
    const datasets = await t.gql<{ datasets: { id: string }[] }>('{ datasets { id } }', {}, token);
    datasetId = datasets.data!.datasets[0].id;
  });
  afterAll(() => t?.stop());

  const columns = async () => {
    const res = await t.gql<{ dataset: { columns: ColumnView[] } }>(
      `query($id: ID!) { dataset(id: $id) { columns { name ${PHRASING} } } }`,
      { id: datasetId },
      token,
    );
    return new Map(res.data!.dataset.columns.map((c) => [c.name, c.phrasing]));
  };

  it('infers what each demo column counts or measures at import', async () => {
    const phrasing = await columns();
    expect(phrasing.get('Teenhome')).toMatchObject({ kind: 'COUNT', one: 'teenager at home', other: 'teenagers at home' });
    expect(phrasing.get('Year_Birth')).toMatchObject({ kind: 'YEAR', verb: 'were born {value}' });
    expect(phrasing.get('MntWines')).toMatchObject({ kind: 'MONEY', verb: 'spent {value} on wines' });
    expect(phrasing.get('Recency')).toMatchObject({ kind: 'DURATION', unit: 'day', event: 'bought' });
    expect(phrasing.get('AcceptedCmp5')).toMatchObject({ kind: 'FACT', yes: 'accepted campaign 5', no: 'did not accept campaign 5' });
    expect(phrasing.get('Dt_Customer')).toMatchObject({ kind: 'DATE', verb: 'became customers {value}' });
    expect(phrasing.get('Education')).toMatchObject({ kind: 'CATEGORY' });
  });

  it('takes corrections and a currency, refuses what cannot work, and words conditions with them', async () => {
    const update = (name: string, phrasing: object) =>
      t.gql<{ updateColumn: ColumnView }>(
        `mutation($d: ID!, $n: String!, $p: ColumnPhrasingInput!) { updateColumn(datasetId: $d, name: $n, input: { phrasing: $p }) { name ${PHRASING} } }`,
        { d: datasetId, n: name, p: phrasing },
        token,
      );
    const wine = await update('MntWines', { kind: 'MONEY', verb: ' spent {value} on wine ' });
    expect(wine.data?.updateColumn.phrasing).toMatchObject({ kind: 'MONEY', verb: 'spent {value} on wine', one: null });
    const noValue = await update('MntWines', { kind: 'MONEY', verb: 'spent on wine' });
    expect(noValue.errors?.[0]?.message).toMatch(/needs \{value\}/);
    const noNoun = await update('Kidhome', { kind: 'COUNT', one: 'child at home' });
    expect(noNoun.errors?.[0]?.message).toMatch(/singular and the plural/);
    expect((await columns()).get('Kidhome')).toMatchObject({ kind: 'COUNT', other: 'children at home' });

    const currency = (code: string) =>
      t.gql<{ updateDatasetSettings: { settings: { currency: string | null } } }>(
        'mutation($d: ID!, $c: String) { updateDatasetSettings(datasetId: $d, input: { currency: $c }) { settings { currency } } }',
        { d: datasetId, c: code },
        token,
      );
    expect((await currency('XYZ')).errors?.[0]?.message).toMatch(/not a currency code/);
    expect((await currency('eur')).data?.updateDatasetSettings.settings.currency).toBe('EUR');

    const run = await waitForRun(t, token, (await startTraining(t, token, datasetId, ['LOGISTIC_REGRESSION'])).id);
    expect(run.status).toBe('SUCCEEDED');
    const conditions = [
      { feature: 'Teenhome', min: null, max: 0, levels: null },
      { feature: 'Kidhome', min: 2, max: null, levels: null },
      { feature: 'MntWines', min: 500, max: null, levels: null },
      { feature: 'Year_Birth', min: null, max: 1965, levels: null },
      { feature: 'AcceptedCmp5', min: null, max: null, levels: ['0'] },
    ];
    const res = await t.gql<{ evaluateTargetGroup: { conditions: { text: string }[] } }>(
      'query($m: ID!, $c: [ConditionInput!]!) { evaluateTargetGroup(modelId: $m, conditions: $c) { conditions { text } } }',
      { m: run.models[0].id, c: conditions },
      token,
    );
    expect(res.data?.evaluateTargetGroup.conditions.map((c) => c.text)).toEqual([
      'no teenagers at home',
      '2 or more children at home',
      'spent at least €500 on wine',
      'were born in 1965 or earlier',
      'did not accept campaign 5',
    ]);
    expect((await currency('')).data?.updateDatasetSettings.settings.currency).toBeNull();
  }, 180_000);
});
