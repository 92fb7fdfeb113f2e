/**
 * Error messages in the user's language, walked end to end in Polish: a user whose language is
 * PL meets validation, not-found, conflict and password errors over GraphQL and the HTTP
 * routes, and each message is the Polish catalogue text with its values (never the English
 * one); signed-out requests and failed logins follow Accept-Language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, startTestServer, type TestServer } from '../helpers/test-server.js';
import { say } from '../../server/src/modules/phrasing/user-errors.js';
import type { MessageKey } from '../../server/src/modules/phrasing/messages-en.js';

const polish = (key: MessageKey, params?: Record<string, string | number>) => say({ key, params }, 'pl');
const NO_ID = '00000000-0000-4000-8000-000000000000';

describe('error messages in Polish', () => {
  let t: TestServer;
  let token: string;
  let datasetId: string;
  beforeAll(async () => {
    t = await startTestServer('pglite', { SEED_DEMO: 'true' });
    token = await t.login();
    await t.gql('mutation { updateMe(language: PL) { language } }', {}, token);
    datasetId = (await t.gql<{ datasets: { id: string }[] }>('{ datasets { id } }', {}, token)).data!.datasets[0].id;
  });
  afterAll(async () => {
    await t?.gql('mutation { updateMe(language: EN) { language } }', {}, token);
    await t?.stop();
  });

  async function gqlError(query: string, variables: Record<string, unknown> = {}, auth: string | undefined = token) {
    const res = await t.gql(query, variables, auth);
    expect(res.errors, JSON.stringify(res.data)).toBeTruthy();
    return res.errors![0].message;
  }

  async function httpError(path: string, init: RequestInit = {}) {
    const res = await fetch(`${t.url}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, ...(init.headers as Record<string, string>) },
    });
    expect(res.ok).toBe(false);
    return ((await res.json()) as { error: { message: string } }).error.message;
  }

  it('GraphQL: validation, not found and conflicts in the user’s language', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      [
        'mutation($d: ID!) { segmentCustomers(datasetId: $d, input: { algorithm: KMEANS, k: 1000 }) { id } }',
        { d: datasetId },
        polish('error.wholeNumber', { name: 'k', min: 2, max: 20, value: '1000' }),
      ],
      [
        'mutation($d: ID!) { segmentCustomers(datasetId: $d, input: { algorithm: DBSCAN, k: 3 }) { id } }',
        { d: datasetId },
        polish('error.dbscanK'),
      ],
      ['mutation($d: ID!) { segmentCustomers(datasetId: $d) { id } }', { d: NO_ID }, polish('error.notFound', { thing: 'dataset' })],
      [
        'mutation($d: ID!) { updateColumn(datasetId: $d, name: "NoSuchColumn", input: { label: "x" }) { name } }',
        { d: datasetId },
        polish('error.columnNotFound', { column: 'NoSuchColumn' }),
      ],
      [
        'mutation($d: ID!) { updateDatasetSettings(datasetId: $d, input: { currency: "EURO" }) { id } }',
        { d: datasetId },
        polish('error.currency', { value: 'EURO' }),
      ],
      [
        'mutation { createUser(email: "not-an-email", password: "a long enough one 123", role: VIEWER) { id } }',
        {},
        polish('error.notEmail', { email: 'not-an-email' }),
      ],
      [
        'mutation { createUser(email: "new.person@example.com", password: "short", role: VIEWER) { id } }',
        {},
        polish('error.password.short', { min: 10 }),
      ],
      [
        'mutation { changePassword(currentPassword: "wrong password 123", newPassword: "another long one 456") }',
        {},
        polish('error.currentPassword'),
      ],
      ['{ auditEvents(limit: 0) { total } }', {}, polish('error.entriesPage', { max: 500 })],
      ['mutation($id: ID!) { cancelTrainingRun(id: $id) { id } }', { id: NO_ID }, polish('error.notFound', { thing: 'training_run' })],
    ];
    for (const [query, variables, expected] of cases) {
      const text = await gqlError(query, variables);
      expect(text, query).toBe(expected);
      expect(text.replace(/„[^”]*”/g, ''), query).not.toMatch(/\b(the|must|not|found|choose|please)\b/i);
    }
  });

  it('a job failure stored by the server reads in the user’s language', async () => {
    const started = await t.gql<{ segmentCustomers: { id: string } }>(
      'mutation($d: ID!) { segmentCustomers(datasetId: $d) { id } }',
      { d: datasetId },
      token,
    );
    const id = started.data!.segmentCustomers.id;
    await t.gql('mutation($id: ID!) { cancelSegmentation(id: $id) { id } }', { id }, token);
    const run = await t.gql<{ segmentation: { status: string; error: string | null } }>(
      'query($id: ID!) { segmentation(id: $id) { status error } }',
      { id },
      token,
    );
    // Cancelled before it finished: the stored reason names who cancelled, in Polish; a run that won the race has none.
    if (run.data!.segmentation.status !== 'SUCCEEDED')
      expect(run.data!.segmentation.error).toBe(polish('error.job.segmentationCancelled', { who: ADMIN.email }));
  });

  it('HTTP routes answer in the signed-in user’s language', async () => {
    expect(await httpError(`/api/segmentations/${NO_ID}/members.csv`)).toBe(polish('error.notFound', { thing: 'segmentation' }));
    expect(await httpError('/api/datasets', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).toBe(
      polish('error.upload.mediaType', { type: 'application/json' }),
    );
    expect(await httpError('/api/audit.csv?from=yesterday')).toBe(polish('error.notDate', { value: 'yesterday' }));
  });

  it('signed out, the browser’s language decides; a failed login says so in it', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'pl-PL,pl;q=0.9' },
      body: JSON.stringify({ query: '{ datasets { id } }' }),
    });
    expect(((await res.json()) as { errors: { message: string }[] }).errors[0].message).toBe(polish('error.signIn'));
    const login = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'pl' },
      body: JSON.stringify({
        query: 'mutation($e: String!) { login(email: $e, password: "wrong password 123") { token } }',
        variables: { e: ADMIN.email },
      }),
    });
    expect(((await login.json()) as { errors: { message: string }[] }).errors[0].message).toBe(polish('error.badLogin'));
  });
});
