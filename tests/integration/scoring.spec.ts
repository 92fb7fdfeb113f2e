/**
 * Scoring a fresh list (issue 16) through the contract on both databases: POST a list for a
 * model, poll scoring(id), read the table and the CSV. The generated demo customers (a fresh
 * seed, so none of them is in the dataset) without their outcome; bad input of every kind.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_COLUMNS, writeDemoCsv } from '../../seeds/demo-dataset.js';
import { describeEachDatabase } from '../helpers/databases.js';
import { demoList, parseCsv, postList, scoreList, scoresCsv } from '../helpers/scorings.js';
import { signedInTestServer, type TestServer } from '../helpers/test-server.js';
import { startTraining, waitForRun } from '../helpers/training.js';

const EXPLAIN =
  'query($m: ID!, $v: [FeatureValueInput!]!) { explainCustomer(modelId: $m, values: $v) { probability text contributions { feature label contribution } } }';
/** Scoring with reasons by the forest takes a few ms a row; the test machine is shared. */
const SLOW = 300_000;
const HEADER = 'probability,decile,reason_1,reason_2,reason_3,in_target_group,segment';

describeEachDatabase('scoring a list', (kind) => {
  let t: TestServer, token: string;
  let forest: string;
  let logistic: string;
  const list = demoList(600, 77);
  beforeAll(async () => {
    ({ t, token } = await signedInTestServer(kind, { SEED_DEMO: 'true' }));
    const datasets = await t.gql<{ datasets: { id: string }[] }>('{ datasets { id } }', {}, token);
    const run = await waitForRun(t, token, (await startTraining(t, token, datasets.data!.datasets[0].id)).id);
    expect(run.status).toBe('SUCCEEDED');
    forest = run.models.find((m) => m.algorithm === 'RANDOM_FOREST')!.id;
    logistic = run.models.find((m) => m.algorithm === 'LOGISTIC_REGRESSION')!.id;
  }, 300_000);
  afterAll(() => t?.stop());

  it(
    'scores every row with probability, decile, reasons in words, target group and segment; the same list gives the same file',
    async () => {
      const scoring = await scoreList(t, token, forest, list, { 'x-file-name': 'next-campaign.csv' });
      expect(scoring.status, scoring.error ?? '').toBe('SUCCEEDED');
      expect(scoring.rowsScored).toBe(600);
      expect(scoring.rowsRejected).toBe(0);
      expect(scoring.fileName).toBe('next-campaign.csv');
      expect(scoring.identifier).toBe('ID');
      expect(scoring.modelLabel).toMatch(/^Random forest v\d+$/);
      expect(scoring.retrainedNote).toBeNull();
      expect(scoring.gains).toHaveLength(101);
      expect(scoring.gains[100].customers).toBe(600);
      const csv = await scoresCsv(t, token, scoring.id);
      expect(csv.status).toBe(200);
      const rows = parseCsv(csv.text);
      expect(rows[0].join(',')).toBe(`ID,${HEADER}`);
      expect(rows).toHaveLength(601);
      // File order: the identifiers as uploaded.
      const ids = list
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(',')[0]);
      expect(rows.slice(1).map((r) => r[0])).toEqual(ids);
      // Deciles: 60 rows each, and a better decile never has a lower probability.
      const byDecile = new Map<number, number[]>();
      for (const r of rows.slice(1)) byDecile.set(Number(r[2]), [...(byDecile.get(Number(r[2])) ?? []), Number(r[1])]);
      for (let d = 1; d <= 10; d++) expect(byDecile.get(d)?.length).toBe(60);
      for (let d = 1; d < 10; d++) expect(Math.min(...byDecile.get(d)!)).toBeGreaterThanOrEqual(Math.max(...byDecile.get(d + 1)!));
      // Reasons in words with labels and points; in_target_group yes/no.
      for (const r of rows.slice(1, 20)) {
        expect(r[3]).toMatch(/^.+: (raises|lowers) the chance by (about \d+ points?|less than 1 point)$/);
        expect(['yes', 'no']).toContain(r[6]);
      }
      expect(rows.slice(1).some((r) => r[6] === 'yes')).toBe(scoring.targetGroup !== null);
      const again = await scoreList(t, token, forest, list);
      expect((await scoresCsv(t, token, again.id)).text).toBe(csv.text);
    },
    SLOW,
  );

  it(
    'gives each row the probability and strongest reason explainCustomer gives the same customer',
    async () => {
      const scoring = await scoreList(t, token, forest, list);
      const rows = parseCsv((await scoresCsv(t, token, scoring.id)).text);
      const header = list.split('\n')[0].split(',');
      const lines = list.trim().split('\n').slice(1);
      for (const i of [0, 137, 599]) {
        const cells = lines[i].split(',');
        const values = header.map((feature, c) => ({ feature, value: cells[c] === '' ? null : cells[c] }));
        const res = await t.gql<{ explainCustomer: { probability: number; text: string } }>(EXPLAIN, { m: forest, v: values }, token);
        const explained = res.data!.explainCustomer;
        expect(rows[i + 1][1]).toBe(explained.probability.toFixed(4));
        // The strongest reason, in the same words as the customer page's (which lists the strongest for and against).
        expect(rows[i + 1][3]).not.toBe('');
        expect(explained.text).toContain(rows[i + 1][3]);
      }
    },
    SLOW,
  );

  it(
    'sorts, filters by decile and searches the table; downloads exactly the top k %',
    async () => {
      const scoring = await scoreList(t, token, logistic, list);
      const page = await t.gql<{
        scoredRows: { total: number; rows: { key: string; probability: number; decile: number; reasons: string[] }[] };
      }>(
        'query($s: ID!) { scoredRows(scoringId: $s, decile: 1, limit: 100) { total rows { key probability decile reasons } } }',
        { s: scoring.id },
        token,
      );
      const top = page.data!.scoredRows;
      expect(top.total).toBe(60);
      expect(top.rows.every((r) => r.decile === 1)).toBe(true);
      for (let i = 1; i < top.rows.length; i++) expect(top.rows[i - 1].probability).toBeGreaterThanOrEqual(top.rows[i].probability);
      const key = top.rows[5].key;
      const found = await t.gql<{ scoredRows: { total: number; rows: { key: string }[] } }>(
        'query($s: ID!, $q: String) { scoredRows(scoringId: $s, search: $q) { total rows { key } } }',
        { s: scoring.id, q: key },
        token,
      );
      expect(found.data!.scoredRows.rows.map((r) => r.key)).toContain(key);
      const download = parseCsv((await scoresCsv(t, token, scoring.id, '?top=15')).text);
      expect(download).toHaveLength(1 + 90);
      expect(download.slice(1).every((r) => Number(r[2]) <= 2)).toBe(true);
      expect((await scoresCsv(t, token, scoring.id, '?top=0')).status).toBe(400);
    },
    SLOW,
  );

  it(
    'fails a list that lacks a column the model needs, naming it; nothing is kept',
    async () => {
      const without = list
        .split('\n')
        .map((l) =>
          l
            .split(',')
            .filter((_, c) => c !== 4)
            .join(','),
        )
        .join('\n');
      const scoring = await scoreList(t, token, forest, without);
      expect(scoring.status).toBe('FAILED');
      expect(scoring.error).toMatch(/missing a column the model needs: "Income"/);
      expect(scoring.rowsScored).toBe(0);
      const csv = await scoresCsv(t, token, scoring.id);
      expect(csv.status).toBe(409);
      const rows = await t.gql('query($s: ID!) { scoredRows(scoringId: $s) { total } }', { s: scoring.id }, token);
      expect(rows.errors?.[0].extensions?.code).toBe('CONFLICT');
    },
    SLOW,
  );

  it(
    'ignores and lists extra columns and the outcome column; matches names in any order and letter case',
    async () => {
      const lines = list.trim().split('\n');
      const shuffled = lines.map((l, i) => {
        const cells = l.split(',');
        const moved = [...cells.slice(5), ...cells.slice(0, 5)];
        if (i === 0) return ['Campaign_Note', ...moved.map((c) => c.toUpperCase()), 'Response'].join(',');
        return ['call back', ...moved, '1'].join(',');
      });
      const scoring = await scoreList(t, token, logistic, shuffled.join('\n'));
      expect(scoring.status, scoring.error ?? '').toBe('SUCCEEDED');
      expect(scoring.ignoredColumns).toEqual(['Campaign_Note', 'Response']);
      const plain = await scoreList(t, token, logistic, list);
      const a = parseCsv((await scoresCsv(t, token, scoring.id)).text).map((r) => r.slice(0, 3).join());
      const b = parseCsv((await scoresCsv(t, token, plain.id)).text).map((r) => r.slice(0, 3).join());
      expect(a).toEqual(b);
    },
    SLOW,
  );

  it(
    'scores an unseen category and a bad number as the model scores new and unknown values, and counts them',
    async () => {
      const education = DEMO_COLUMNS.indexOf('Education');
      const income = DEMO_COLUMNS.indexOf('Income');
      const edited = demoList(50, 78, (cells, i) => {
        if (i === 0) cells[education] = 'Astronaut school';
        if (i === 1) cells[income] = 'about fifty thousand';
        return cells;
      });
      const scoring = await scoreList(t, token, forest, edited);
      expect(scoring.status, scoring.error ?? '').toBe('SUCCEEDED');
      expect(scoring.rowsScored).toBe(50);
      const byColumn = Object.fromEntries(scoring.replacedValues.map((r) => [r.column, r]));
      expect(byColumn.Education.unseen).toBe(1);
      expect(byColumn.Education.examples).toEqual(['Astronaut school']);
      expect(byColumn.Income.wrongKind).toBe(1);
      const rows = parseCsv((await scoresCsv(t, token, scoring.id)).text);
      const header = edited.split('\n')[0].split(',');
      const cells = edited.split('\n')[2].split(',');
      const values = header.map((feature, c) => ({ feature, value: feature === 'Income' || cells[c] === '' ? null : cells[c] }));
      const res = await t.gql<{ explainCustomer: { probability: number } }>(EXPLAIN, { m: forest, v: values }, token);
      expect(rows[2][1]).toBe(res.data!.explainCustomer.probability.toFixed(4));
    },
    SLOW,
  );

  it(
    'lists unreadable rows by line, says when a list is empty, and refuses viewers',
    async () => {
      const lines = list.trim().split('\n').slice(0, 11);
      lines[4] = lines[4] + ',extra,values';
      const ragged = await scoreList(t, token, logistic, lines.join('\n'));
      expect(ragged.status).toBe('SUCCEEDED');
      expect(ragged.rowsScored).toBe(9);
      expect(ragged.rowsRejected).toBe(1);
      expect(ragged.errors[0]).toMatchObject({ line: 5 });
      const headerOnly = await scoreList(t, token, logistic, lines[0] + '\n');
      expect(headerOnly.status).toBe('FAILED');
      expect(headerOnly.error).toMatch(/no customers to score/);
      const empty = await postList(t, token, logistic, '');
      expect(empty.status).toBe(400);
      expect(empty.body.error?.message).toMatch(/empty/);
      const created = await t.gql<{ createUser: { id: string } }>(
        'mutation { createUser(email: "viewer@test.local", password: "violet-harbour-1987", role: VIEWER) { id } }',
        {},
        token,
      );
      expect(created.data).toBeTruthy();
      const viewer = await t.login('viewer@test.local', 'violet-harbour-1987');
      expect((await postList(t, viewer, logistic, list)).status).toBe(403);
    },
    SLOW,
  );

  it(
    'deletes a scoring with its rows',
    async () => {
      const scoring = await scoreList(t, token, logistic, list);
      const res = await t.gql<{ deleteScoring: boolean }>('mutation($id: ID!) { deleteScoring(id: $id) }', { id: scoring.id }, token);
      expect(res.data!.deleteScoring).toBe(true);
      const [{ n }] = (await t.server.services.scorings.dataSource.query(
        'SELECT count(*)::int AS n FROM scoring_rows WHERE scoring_id = $1',
        [scoring.id],
      )) as { n: number }[];
      expect(n).toBe(0);
      expect((await scoresCsv(t, token, scoring.id)).status).toBe(404);
    },
    SLOW,
  );

  it(
    'writes the reasons in the language of the person who sent the list',
    async () => {
      await t.gql('mutation { updateMe(language: PL) { id } }', {}, token);
      try {
        const scoring = await scoreList(t, token, forest, demoList(40, 5));
        expect(scoring.status, scoring.error ?? '').toBe('SUCCEEDED');
        const rows = parseCsv((await scoresCsv(t, token, scoring.id)).text);
        expect(rows).toHaveLength(41);
        for (const r of rows.slice(1)) expect(r[3]).toMatch(/^.+: (podnosi|obniża) szansę o .+$/);
      } finally {
        await t.gql('mutation { updateMe(language: EN) { id } }', {}, token);
      }
    },
    SLOW,
  );

  it('scores a generated list of 200,000 customers completely, in file order', async () => {
    const file = join(t.dataDir, 'list-200k.csv');
    await writeDemoCsv(file, { rows: 200_000, seed: 91 });
    const scoring = await scoreList(t, token, logistic, readFileSync(file), {}, 880_000);
    expect(scoring.status, scoring.error ?? '').toBe('SUCCEEDED');
    expect(scoring.rowsScored).toBe(200_000);
    expect(scoring.ignoredColumns).toEqual(['Response']);
    const csv = await scoresCsv(t, token, scoring.id);
    const lines = csv.text.trim().split('\r\n');
    expect(lines).toHaveLength(200_001);
    const deciles = new Array(11).fill(0);
    for (let i = 1; i < lines.length; i++) deciles[Number(lines[i].split(',')[2])]++;
    expect(deciles.slice(1)).toEqual(new Array(10).fill(20_000));
    expect(scoring.gains[100].expectedResponders).toBeGreaterThan(0);
  }, 900_000);

  it(
    'says so when the model that scored a list was retrained since',
    async () => {
      const scoring = await scoreList(t, token, logistic, list);
      expect(scoring.retrainedNote).toBeNull();
      const datasets = await t.gql<{ datasets: { id: string }[] }>('{ datasets { id } }', {}, token);
      const run = await waitForRun(t, token, (await startTraining(t, token, datasets.data!.datasets[0].id, ['LOGISTIC_REGRESSION'])).id);
      expect(run.status).toBe('SUCCEEDED');
      const res = await t.gql<{ scoring: { retrainedNote: string | null; modelLabel: string } }>(
        'query($id: ID!) { scoring(id: $id) { retrainedNote modelLabel } }',
        { id: scoring.id },
        token,
      );
      expect(res.data!.scoring.retrainedNote).toMatch(/^Scored by Logistic regression v1; the model has been retrained since \(now v2\)\./);
    },
    SLOW,
  );
});
