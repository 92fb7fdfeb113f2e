/**
 * The GraphQL response cache over HTTP (graphql/response-cache.ts): a repeated page query is
 * answered from the cache, any change a page could read is seen by the next request, answers
 * are never shared between users, and a signed-out session gets none.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Role } from '../../server/src/modules/auth/role.js';
import { describeEachDatabase } from '../helpers/databases.js';
import { upload, type ImportJobView } from '../helpers/imports.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

const LIST = '{ datasets { id name rowCount } }';
const quiet = () => new Promise((r) => setTimeout(r, 1100)); // answers are kept once the data has been still for 1 s

describeEachDatabase('response cache', (kind) => {
  let t: TestServer;
  let token: string;

  beforeAll(async () => {
    t = await startTestServer(kind);
    token = await t.login();
  });
  afterAll(() => t?.stop());

  it('answers a repeated query from the cache, with the same answer', async () => {
    await t.gql(LIST, {}, token);
    await quiet();
    const first = await t.gql(LIST, {}, token); // executed and kept
    const before = { ...t.server.responseCacheStats };
    const second = await t.gql(LIST, {}, token);
    expect(second).toEqual(first);
    expect(t.server.responseCacheStats.hits).toBe(before.hits + 1);
  });

  it('sees an import and a change of settings at the next request', async () => {
    const answer = await upload(t, token, 'id,age,responded\n1,30,yes\n2,40,no\n3,50,no\n', '/api/datasets?name=cached');
    expect(answer.status).toBe(202);
    for (;;) {
      const job = await t.gql<{ importJob: ImportJobView }>(
        'query($id: ID!) { importJob(id: $id) { status } }',
        { id: answer.body.importId },
        token,
      );
      if (job.data?.importJob.status !== 'RUNNING' && job.data?.importJob.status !== 'QUEUED') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const list = await t.gql<{ datasets: { id: string; name: string }[] }>(LIST, {}, token);
    expect(list.data?.datasets.map((d) => d.name)).toContain('cached');

    const query = 'query($d: ID!) { dataset(id: $d) { settings { currency } } }';
    const variables = { d: answer.body.datasetId };
    await quiet();
    await t.gql(query, variables, token);
    await t.gql(query, variables, token);
    const changed = await t.gql(
      'mutation($d: ID!) { updateDatasetSettings(datasetId: $d, input: { currency: "EUR" }) { id } }',
      variables,
      token,
    );
    expect(changed.errors).toBeUndefined();
    const after = await t.gql<{ dataset: { settings: { currency: string } } }>(query, variables, token);
    expect(after.data?.dataset.settings.currency).toBe('EUR');
  });

  it('never gives one user the answer kept for another, nor to a session that ended', async () => {
    await t.server.services.auth.createUser('viewer@test.local', 'a long viewer password 1', Role.VIEWER);
    const viewer = await t.login('viewer@test.local', 'a long viewer password 1');
    await quiet();
    await t.gql(LIST, {}, token);
    await t.gql(LIST, {}, token);
    const before = { ...t.server.responseCacheStats };
    await t.gql(LIST, {}, viewer);
    expect(t.server.responseCacheStats.hits).toBe(before.hits);

    await t.gql('mutation { signOut }', {}, token);
    const signedOut = await t.gql(LIST, {}, token);
    expect(signedOut.data?.datasets ?? null).toBeNull();
    expect(signedOut.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
