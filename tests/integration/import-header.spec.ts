/** Header rows the review found mishandled: a blank one is refused naming its line; renamed or cut names are warnings on the job. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../helpers/databases.js';
import { listDatasets, upload, waitForImport } from '../helpers/imports.js';
import { signedInTestServer, type TestServer } from '../helpers/test-server.js';

interface JobWithWarnings {
  status: string;
  phase: string;
  rowsImported: number;
  message: string | null;
  errors: { line: number | null; message: string }[];
  warnings: { line: number | null; column: string | null; message: string }[];
}

describeEachDatabase('import header rows', (kind) => {
  let t: TestServer, token: string;
  beforeAll(async () => ({ t, token } = await signedInTestServer(kind)));
  afterAll(() => t?.stop());

  const importJob = async (id: string) =>
    (
      await t.gql<{ importJob: JobWithWarnings }>(
        'query($id:ID!){importJob(id:$id){status phase rowsImported message errors{line message} warnings{line column message}}}',
        { id },
        token,
      )
    ).data!.importJob;

  it('refuses a header row of separators and spaces, naming its line, and loads nothing', async () => {
    const before = await listDatasets(t, token);
    const answer = await upload(
      t,
      token,
      ' , ,  , ,\n1,50000,gold,2024-01-05,yes\n2,62000,silver,2024-02-11,no\n',
      '/api/datasets?name=Blank%20header',
    );
    await waitForImport(t, token, answer.body.importId!);
    const job = await importJob(answer.body.importId!);
    expect(job.status).toBe('FAILED');
    expect(job.errors[0]).toMatchObject({ line: 1 });
    expect(job.errors[0].message).toMatch(/^Line 1 should hold the column names but has none/);
    expect(job.rowsImported).toBe(0);
    expect(await listDatasets(t, token)).toEqual(before);
  });

  it('names the line of a blank header after empty lines', async () => {
    const answer = await upload(t, token, '\n\n , , \n1,2,3\n4,5,6\n', '/api/datasets?name=Blank%20header%203');
    await waitForImport(t, token, answer.body.importId!);
    const job = await importJob(answer.body.importId!);
    expect(job.status).toBe('FAILED');
    expect(job.errors[0]).toMatchObject({ line: 3 });
  });

  it('imports repeated and over-long header names and lists each change as a warning; phase reads DONE', async () => {
    const long = 'x'.repeat(100_000);
    const body = `age,Age,${long},Responded\n30,31,a,yes\n40,41,b,no\n`;
    const answer = await upload(t, token, body, '/api/datasets?name=Odd%20header');
    await waitForImport(t, token, answer.body.importId!);
    const job = await importJob(answer.body.importId!);
    expect(job.status).toBe('SUCCEEDED');
    expect(job.phase).toBe('DONE');
    expect(job.rowsImported).toBe(2);
    expect(job.warnings).toEqual([
      { line: 1, column: 'Age_2', message: 'The header "Age" appears more than once; column 2 is called "Age_2".' },
      {
        line: 1,
        column: 'x'.repeat(100),
        message: `The header of column 3 is 100,000 characters long; it was cut to the first 100: "${'x'.repeat(100)}".`,
      },
    ]);
  });

  it('a clean file has no warnings and ends in phase DONE', async () => {
    const answer = await upload(t, token, 'ID,Income,Responded\n1,50000,yes\n2,62000,no\n', '/api/datasets?name=Clean');
    await waitForImport(t, token, answer.body.importId!);
    const job = await importJob(answer.body.importId!);
    expect(job).toMatchObject({ status: 'SUCCEEDED', phase: 'DONE', warnings: [] });
  });
});
