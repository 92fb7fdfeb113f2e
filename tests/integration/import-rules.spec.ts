import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { repoRoot } from '../helpers/datasets.js';
import { describeEachDatabase } from '../helpers/databases.js';
import { getDataset, listDatasets, upload, waitForImport } from '../helpers/imports.js';
import { signedInTestServer, type TestServer } from '../helpers/test-server.js';

const BASE =
  'ID,Income,Segment,Joined,Responded\n1,50000,gold,2024-01-05,yes\n2,62000,silver,2024-02-11,no\n3,,gold,2024-03-01,no\n4,71000,bronze,2024-03-15,yes\n';

describeEachDatabase('import rules', (kind) => {
  let t: TestServer, token: string;
  let datasetId: string;

  const snapshot = async () => {
    const dataset = (await getDataset(t, token, datasetId))!;
    return { rowCount: dataset.rowCount, columns: dataset.columns, campaigns: dataset.campaigns, datasets: await listDatasets(t, token) };
  };
  const append = (body: string, query = '') => upload(t, token, body, `/api/datasets/${datasetId}/imports${query}`);

  beforeAll(async () => {
    ({ t, token } = await signedInTestServer(kind));
    const answer = await upload(t, token, BASE, '/api/datasets?name=Members&target=Responded');
    const job = await waitForImport(t, token, answer.body.importId!);
    expect(job.status).toBe('SUCCEEDED');
    datasetId = answer.body.datasetId!;
  });
  afterAll(() => t?.stop());

  it('infers kinds, identifier and target of a new dataset', async () => {
    const dataset = (await getDataset(t, token, datasetId))!;
    expect(dataset).toMatchObject({ rowCount: 4, targetColumn: 'Responded', positiveLabel: 'yes', idColumn: 'ID' });
    expect(Object.fromEntries(dataset.columns.map((c) => [c.name, c.kind]))).toEqual({
      ID: 'IDENTIFIER',
      Income: 'NUMERIC',
      Segment: 'CATEGORICAL',
      Joined: 'DATE',
      Responded: 'BINARY',
    });
  });

  it('appends a file whose columns come in another order and case', async () => {
    const answer = await append('responded,segment,id,joined,income\nno,gold,5,2024-04-01,40000\nyes,silver,6,2024-04-02,90000\n');
    expect(answer.status).toBe(202);
    const job = await waitForImport(t, token, answer.body.importId!);
    expect(job).toMatchObject({ status: 'SUCCEEDED', rowsImported: 2 });
    const dataset = (await getDataset(t, token, datasetId))!;
    expect(dataset.rowCount).toBe(6);
    expect(dataset.campaigns.find((c) => c.column === 'Responded')).toMatchObject({ responded: 3, total: 6 });
    expect(dataset.columns.find((c) => c.name === 'Income')).toMatchObject({ min: 40000, max: 90000, missing: 1 });
  });

  it('refuses the same file twice with a clear message and changes nothing', async () => {
    const before = await snapshot();
    const again = await append('responded,segment,id,joined,income\nno,gold,5,2024-04-01,40000\nyes,silver,6,2024-04-02,90000\n');
    expect(again.status).toBe(409);
    expect(again.body.error?.message).toMatch(/already imported/);
    expect(await snapshot()).toEqual(before);
  });

  it('names missing and extra columns of an appended file and changes nothing', async () => {
    const before = await snapshot();
    const answer = await append('ID,Income,Segment,Joined,Channel\n7,1,gold,2024-05-01,web\n');
    const job = await waitForImport(t, token, answer.body.importId!);
    expect(job.status).toBe('FAILED');
    expect(job.message).toMatch(/"Responded"/);
    expect(job.message).toMatch(/"Channel"/);
    expect(await snapshot()).toEqual(before);
  });

  it('rejects a file with a value that does not fit its column, listing line and column', async () => {
    const before = await snapshot();
    const answer = await append('ID,Income,Segment,Joined,Responded\n8,lots,gold,2024-05-01,no\n9,30000,gold,2024-05-02,no\n');
    const job = await waitForImport(t, token, answer.body.importId!);
    expect(job.status).toBe('FAILED');
    expect(job.errorCount).toBe(1);
    expect(job.errors[0]).toMatchObject({ line: 2, column: 'Income' });
    expect(job.errors[0].message).toMatch(/lots/);
    expect(await snapshot()).toEqual(before);
  });

  it('with onInvalid=skip, skips only the bad rows and reports them', async () => {
    const answer = await append(
      'ID,Income,Segment,Joined,Responded\n10,lots,gold,2024-05-01,no\n11,30000,gold,2024-05-02,no\n',
      '?onInvalid=skip',
    );
    const job = await waitForImport(t, token, answer.body.importId!);
    expect(job).toMatchObject({ status: 'SUCCEEDED', rowsImported: 1, rowsRejected: 1, errorCount: 1 });
    expect(job.errors[0]).toMatchObject({ line: 2, column: 'Income' });
    expect((await getDataset(t, token, datasetId))!.rowCount).toBe(7);
  });

  it('reports customers already in the dataset as duplicates, or replaces them on request', async () => {
    const skip = await append('ID,Income,Segment,Joined,Responded\n1,11111,gold,2024-01-05,no\n12,20000,gold,2024-06-01,no\n');
    expect(await waitForImport(t, token, skip.body.importId!)).toMatchObject({ status: 'SUCCEEDED', rowsImported: 1, rowsDuplicate: 1 });
    const kept = (await getDataset(t, token, datasetId))!;
    expect(kept.rowCount).toBe(8);
    expect(kept.campaigns.find((c) => c.column === 'Responded')!.responded).toBe(3);
    const replace = await append('ID,Income,Segment,Joined,Responded\n1,11111,gold,2024-01-05,no\n', '?onDuplicate=replace');
    expect(await waitForImport(t, token, replace.body.importId!)).toMatchObject({ status: 'SUCCEEDED', rowsImported: 1, rowsDuplicate: 0 });
    const replaced = (await getDataset(t, token, datasetId))!;
    expect(replaced.rowCount).toBe(8);
    expect(replaced.campaigns.find((c) => c.column === 'Responded')!.responded).toBe(2);
  });

  it('serialises two appends into one dataset sent at the same time', async () => {
    const rows = (from: number) => Array.from({ length: 300 }, (_, i) => `${from + i},${1000 + i},gold,2024-07-01,no`).join('\n');
    const [a, b] = await Promise.all([
      append(`ID,Income,Segment,Joined,Responded\n${rows(1000)}\n`),
      append(`ID,Income,Segment,Joined,Responded\n${rows(2000)}\n`),
    ]);
    const jobs = await Promise.all([waitForImport(t, token, a.body.importId!), waitForImport(t, token, b.body.importId!)]);
    expect(jobs.map((j) => j.status)).toEqual(['SUCCEEDED', 'SUCCEEDED']);
    expect((await getDataset(t, token, datasetId))!.rowCount).toBe(8 + 600);
    const numbers = await t.server.database.dataSource.query(
      'SELECT count(DISTINCT row_number)::int AS n, count(*)::int AS total FROM customer_rows WHERE dataset_id = $1',
      [datasetId],
    );
    expect(numbers[0]).toEqual({ n: 608, total: 608 });
  });

  it('lets an analyst relabel a column, mark it known only after contact, and refuses a non-yes/no target', async () => {
    const update = (name: string, input: Record<string, unknown>) =>
      t.gql<{ updateColumn: { name: string; label: string; knownAfterContact: boolean } }>(
        'mutation($d: ID!, $n: String!, $i: ColumnUpdateInput!) { updateColumn(datasetId: $d, name: $n, input: $i) { name label knownAfterContact } }',
        { d: datasetId, n: name, i: input },
        token,
      );
    const relabelled = await update('Income', { label: 'Yearly income (EUR)', knownAfterContact: true });
    expect(relabelled.data!.updateColumn).toEqual({ name: 'Income', label: 'Yearly income (EUR)', knownAfterContact: true });
    const dataset = (await getDataset(t, token, datasetId))!;
    expect(dataset.columns.find((c) => c.name === 'Income')!.label).toBe('Yearly income (EUR)');
    const wrongTarget = await update('Segment', { isTarget: true });
    expect(wrongTarget.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrongTarget.errors?.[0].message).toMatch(/not a yes\/no column/);
    expect((await update('Income', { label: '  ' })).errors?.[0].message).toMatch(/cannot be empty/);
    await update('Income', { knownAfterContact: false });
  });

  it('refuses uploads over the size limit, unknown datasets and non-CSV bodies', async () => {
    expect((await upload(t, token, 'a,b\n1,2\n', '/api/datasets/00000000-0000-0000-0000-000000000000/imports')).status).toBe(404);
    const json = await upload(t, token, '{"a":1}', '/api/datasets?name=x', { 'content-type': 'application/json' });
    expect(json.status).toBe(415);
    expect(json.body.error?.message).toMatch(/CSV/);
  });

  it('takes one file field of a multipart form', async () => {
    const form = new FormData();
    form.append('file', new Blob(['Name,Spend,Bought\nA,1,yes\nB,2,no\nC,3,no\n'], { type: 'text/csv' }), 'shop.csv');
    const res = await fetch(`${t.url}/api/datasets?name=Shop`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    expect(res.status).toBe(202);
    const body = (await res.json()) as { importId: string };
    expect(await waitForImport(t, token, body.importId)).toMatchObject({ status: 'SUCCEEDED', rowsImported: 3 });
  });
});

describeEachDatabase('hostile files', (kind) => {
  let t: TestServer, token: string;
  beforeAll(async () => ({ t, token } = await signedInTestServer(kind, { MAX_UPLOAD_BYTES: String(200_000) })));
  afterAll(() => t?.stop());

  const fixtures = join(repoRoot, 'tests/fixtures/csv');
  it('gives each malformed file a clear outcome and never a half-loaded dataset', async () => {
    const { readFileSync } = await import('node:fs');
    const manifest = JSON.parse(readFileSync(join(fixtures, 'manifest.json'), 'utf8')) as {
      cases: { file: string; options?: Record<string, string>; expect: { error?: string; rows?: number; rejected?: number } }[];
    };
    const files = readdirSync(fixtures).filter((f) => f !== 'manifest.json');
    expect(manifest.cases.length).toBeGreaterThanOrEqual(20);
    for (const { file, options, expect: expected } of manifest.cases) {
      expect(files, file).toContain(file);
      const before = await listDatasets(t, token);
      const query = new URLSearchParams({ name: file, ...options });
      const answer = await upload(t, token, readFileSync(join(fixtures, file)), `/api/datasets?${query}`);
      if (answer.status !== 202) {
        expect(answer.body.error?.message, file).toBeTruthy();
        expect(await listDatasets(t, token), file).toEqual(before);
        continue;
      }
      const job = await waitForImport(t, token, answer.body.importId!);
      const fails = expected.error !== undefined || (expected.rejected ?? 0) > 0;
      expect(job.status, `${file}: ${job.message}`).toBe(fails ? 'FAILED' : 'SUCCEEDED');
      if (fails) {
        expect(job.message ?? job.errors[0]?.message, file).toBeTruthy();
        if (expected.error) expect(job.errors.map((e) => e.message).join(' '), file).toContain(expected.error);
        expect(JSON.stringify(job), file).not.toMatch(/\bat .*\.(ts|js):\d+/);
        expect(await listDatasets(t, token), file).toEqual(before);
      } else {
        expect(job.rowsImported, file).toBe(expected.rows);
      }
    }
  });

  it('refuses a file over the size limit before storing it', async () => {
    const big = 'a,b\n' + '1,2\n'.repeat(60_000);
    const answer = await upload(t, token, big, '/api/datasets?name=big');
    expect(answer.status).toBe(413);
    expect(answer.body.error?.message).toMatch(/larger than the limit/);
  });
});
