import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../helpers/databases.js';
import { ADMIN, startTestServer, type TestServer } from '../helpers/test-server.js';

/** Every contract operation but `login`, with harmless arguments. */
const OPERATIONS: Record<string, string> = {
  me: '{ me { id } }',
  datasets: '{ datasets { id } }',
  dataset: '{ dataset(id: "00000000-0000-0000-0000-000000000000") { id } }',
  model: '{ model(id: "00000000-0000-0000-0000-000000000000") { id } }',
  importJob: '{ importJob(id: "00000000-0000-0000-0000-000000000000") { id } }',
  trainingRun: '{ trainingRun(id: "00000000-0000-0000-0000-000000000000") { id } }',
  segmentation: '{ segmentation(id: "00000000-0000-0000-0000-000000000000") { id } }',
  trainModels: 'mutation { trainModels(datasetId: "00000000-0000-0000-0000-000000000000") { id } }',
  activateModel: 'mutation { activateModel(id: "00000000-0000-0000-0000-000000000000") { id } }',
  segmentCustomers: 'mutation { segmentCustomers(datasetId: "00000000-0000-0000-0000-000000000000") { id } }',
  users: '{ users { id } }',
  createUser: 'mutation { createUser(email: "x@y.z", password: "long-enough-1", role: VIEWER) { id } }',
  updateColumn: 'mutation { updateColumn(datasetId: "00000000-0000-0000-0000-000000000000", name: "x", input: {label: "y"}) { name } }',
  deleteDataset: 'mutation { deleteDataset(id: "00000000-0000-0000-0000-000000000000") }',
  createUserWithOneTimePassword: 'mutation { createUserWithOneTimePassword(email: "otp@y.z", role: VIEWER) { password } }',
  updateUser: 'mutation { updateUser(id: "00000000-0000-0000-0000-000000000000", role: VIEWER) { id } }',
  resetPassword: 'mutation { resetPassword(id: "00000000-0000-0000-0000-000000000000") { password } }',
  auditEvents: '{ auditEvents { total } }',
  rolePermissions: '{ rolePermissions { key roles } }',
  changePassword: 'mutation { changePassword(currentPassword: "not-the-password", newPassword: "violet-harbour-1987") }',
  updateMe: 'mutation { updateMe(language: EN) { id language } }',
  scoring: '{ scoring(id: "00000000-0000-0000-0000-000000000000") { id } }',
  deleteScoring: 'mutation { deleteScoring(id: "00000000-0000-0000-0000-000000000000") }',
};
// signOut and signOutEverywhere end the caller's token: checked in team.spec.ts, not here.

/** What any signed-in user may do. */
const EVERYONE = [
  'me',
  'datasets',
  'dataset',
  'model',
  'importJob',
  'trainingRun',
  'segmentation',
  'rolePermissions',
  'changePassword',
  'updateMe',
  'scoring',
];

/** Who may call what; anything not listed for a role must answer FORBIDDEN. */
const ALLOWED: Record<string, string[]> = {
  VIEWER: EVERYONE,
  ANALYST: [...EVERYONE, 'trainModels', 'activateModel', 'segmentCustomers', 'updateColumn', 'deleteScoring'],
  IMPORTER: [...EVERYONE, 'trainModels', 'deleteScoring'],
  ADMIN: Object.keys(OPERATIONS),
};

describeEachDatabase('authentication and roles', (kind) => {
  let t: TestServer;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestServer(kind);
    tokens.ADMIN = await t.login();
    for (const role of ['VIEWER', 'ANALYST', 'IMPORTER']) {
      const email = `${role.toLowerCase()}@test.local`;
      const created = await t.gql(
        'mutation($e: String!, $r: Role!) { createUser(email: $e, password: "password-123", role: $r) { id role } }',
        { e: email, r: role },
        tokens.ADMIN,
      );
      expect(created.errors).toBeUndefined();
      tokens[role] = await t.login(email, 'password-123');
    }
  });
  afterAll(() => t?.stop());

  it('creates the first administrator from ADMIN_EMAIL / ADMIN_PASSWORD', async () => {
    const res = await t.gql<{ me: { email: string; role: string } }>('{ me { email role } }', {}, tokens.ADMIN);
    expect(res.data?.me).toEqual({ email: ADMIN.email, role: 'ADMIN' });
  });

  it('refuses a wrong password with one message that does not say which part was wrong', async () => {
    const wrongPassword = await t.gql('mutation { login(email: "admin@test.local", password: "nope") { token } }');
    const unknownUser = await t.gql('mutation { login(email: "nobody@test.local", password: "nope") { token } }');
    expect(wrongPassword.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrongPassword.errors?.[0].message).toBe(unknownUser.errors?.[0].message);
  });

  it('refuses every operation but login without a token', async () => {
    for (const [name, query] of Object.entries(OPERATIONS)) {
      const res = await t.gql(query);
      expect(res.errors?.[0]?.extensions?.code, name).toBe('UNAUTHENTICATED');
      expect(res.data?.[name as never] ?? null, name).toBeNull();
    }
  });

  it('refuses a forged or expired token like no token at all', async () => {
    const forged = tokens.ADMIN.slice(0, -4) + 'AAAA';
    expect((await t.gql('{ me { id } }', {}, forged)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets each role do only what it may', async () => {
    for (const [role, allowed] of Object.entries(ALLOWED)) {
      for (const [name, query] of Object.entries(OPERATIONS)) {
        const res = await t.gql(query, {}, tokens[role]);
        const code = res.errors?.[0]?.extensions?.code;
        if (allowed.includes(name)) expect(code, `${role} ${name}`).not.toBe('FORBIDDEN');
        else expect(code, `${role} ${name}`).toBe('FORBIDDEN');
      }
    }
  });

  it('rejects uploads without a token or from a role that may not import', async () => {
    const post = (token?: string) =>
      fetch(`${t.url}/api/datasets?name=x`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: 'a,b\n1,2\n',
      });
    const anonymous = await post();
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
    expect((await post(tokens.VIEWER)).status).toBe(403);
    expect((await post(tokens.ANALYST)).status).toBe(403);
  });
});
