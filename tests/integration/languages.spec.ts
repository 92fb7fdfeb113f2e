/**
 * Server texts in the user's language, end to end: updateMe(language) makes the target-group
 * description, its conditions, the Drivers region captions and the audience CSV headers come
 * back in that language; signed-out requests follow Accept-Language (error messages). On
 * iFood (skipped with a printed reason when absent) the description for N = 1..5 in all four
 * languages is a snapshot, and N = 3 is printed for review.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IFOOD, reasonIfMissing } from '../helpers/datasets.js';
import { uploadFile, waitForImport } from '../helpers/imports.js';
import { ADMIN, signedInTestServer, type TestServer } from '../helpers/test-server.js';
import { startTraining, waitForRun } from '../helpers/training.js';

const LANGUAGES = ['EN', 'ES', 'PL', 'RU'] as const;
/** The first heading of the description in each language. */
const WHO = {
  EN: 'Who to contact next time.',
  ES: 'A quién contactar la próxima vez.',
  PL: 'Do kogo skierować następną kampanię.',
  RU: 'Кого выбрать для следующей кампании.',
};
const ENGLISH = /\b(customers|who|whose|with|median|against|times the base rate)\b/;

describe('texts in the user’s language', () => {
  let t: TestServer, token: string;
  beforeAll(async () => ({ t, token } = await signedInTestServer('pglite', { SEED_DEMO: 'true' })));
  afterAll(async () => {
    await t?.gql('mutation { updateMe(language: EN) { language } }', {}, token);
    await t?.stop();
  });

  async function trainedModel(datasetId: string): Promise<string> {
    const run = await waitForRun(t, token, (await startTraining(t, token, datasetId, ['LOGISTIC_REGRESSION'])).id);
    expect(run.status).toBe('SUCCEEDED');
    return run.models[0].id;
  }

  async function describeIn(language: string, modelId: string, topN: number) {
    await t.gql('mutation($l: Language!) { updateMe(language: $l) { language } }', { l: language }, token);
    const res = await t.gql<{ model: { targetGroup: { description: string; conditions: { text: string; clause: string }[] } } }>(
      'query($id: ID!, $n: Int!) { model(id: $id) { targetGroup(topN: $n) { description conditions { text clause } } } }',
      { id: modelId, n: topN },
      token,
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.model.targetGroup;
  }

  it('demo data: description, conditions, region captions and CSV headers follow updateMe(language)', async () => {
    const datasets = await t.gql<{ datasets: { id: string }[] }>('{ datasets { id } }', {}, token);
    const modelId = await trainedModel(datasets.data!.datasets[0].id);
    for (const language of LANGUAGES) {
      const group = await describeIn(language, modelId, 3);
      expect(group.description.startsWith(`**${WHO[language]}**`), group.description).toBe(true);
      if (language !== 'EN') {
        expect(group.description).not.toMatch(ENGLISH);
        for (const c of group.conditions) expect(c.text).not.toMatch(ENGLISH);
      }
      const pd = await t.gql<{ model: { featureImportance: { feature: string }[] } }>(
        'query($id: ID!) { model(id: $id) { featureImportance { feature } } }',
        { id: modelId },
        token,
      );
      const feature = pd.data!.model.featureImportance[0].feature;
      const regions = await t.gql<{ model: { partialDependence: { regions: { text: string }[] } } }>(
        'query($id: ID!, $f: String!) { model(id: $id) { partialDependence(feature: $f) { regions { text } } } }',
        { id: modelId, f: feature },
        token,
      );
      const captions = regions.data!.model.partialDependence.regions.map((r) => r.text);
      const start = { EN: /^Customers/, ES: /^Clientes/, PL: /^Klienci/, RU: /^Клиенты/ }[language];
      for (const caption of captions) expect(caption).toMatch(start);
      const csv = await fetch(`${t.url}/api/models/${modelId}/audience.csv?topN=3`, { headers: { authorization: `Bearer ${token}` } });
      const header = (await csv.text()).split('\r\n')[0];
      expect(header).toContain(
        { EN: 'predicted_probability', ES: 'probabilidad_prevista', PL: 'przewidywane_prawdopodobieństwo', RU: 'прогноз_вероятности' }[
          language
        ],
      );
    }
  }, 300_000);

  it('signed out: error messages follow Accept-Language', async () => {
    const login = async (acceptLanguage: string) => {
      const res = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': acceptLanguage },
        body: JSON.stringify({
          query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
          variables: { e: ADMIN.email, p: 'not the password' },
        }),
      });
      return ((await res.json()) as { errors: { message: string }[] }).errors[0].message;
    };
    expect(await login('en-GB')).toBe('Email or password is not right.');
    expect(await login('pl-PL,pl;q=0.9')).toBe('Adres e-mail lub hasło są nieprawidłowe.');
    expect(await login('de-DE, ru;q=0.5')).toBe('Неверный адрес электронной почты или пароль.');
  });

  it.skipIf(reasonIfMissing(IFOOD))(
    'iFood: the description for N = 1..5 in four languages',
    async () => {
      const imported = await uploadFile(t, token, IFOOD, '/api/datasets?name=iFood');
      await waitForImport(t, token, imported.body.importId!);
      const modelId = await trainedModel(imported.body.datasetId!);
      const texts: string[] = [];
      for (const language of LANGUAGES) {
        for (let topN = 1; topN <= 5; topN++) {
          const group = await describeIn(language, modelId, topN);
          if (language !== 'EN') expect(group.description).not.toMatch(ENGLISH);
          texts.push(`${language} N=${topN}\n${group.description}`);
          if (topN === 3) console.log(`iFood, logistic regression, N = 3, ${language}:\n\n${group.description}\n`);
        }
      }
      expect(texts.join('\n\n')).toMatchSnapshot();
    },
    600_000,
  );
});
