import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../helpers/databases.js';
import { ADMIN, startTestServer, type GqlResponse, type TestServer } from '../helpers/test-server.js';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token mustChangePassword user { id email role } } }';
type Login = { login: { token: string; mustChangePassword: boolean; user: { id: string; email: string; role: string } } };
const code = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions?.code;

describeEachDatabase('team administration: users, passwords, sessions', (kind) => {
  let t: TestServer;
  let admin: string;
  let adminId: string;

  const createUser = async (email: string, role: string, password = 'violet-harbour-1987') => {
    const res = await t.gql<{ createUser: { id: string } }>(
      'mutation($e: String!, $p: String!, $r: Role!) { createUser(email: $e, password: $p, role: $r) { id } }',
      { e: email, p: password, r: role },
      admin,
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createUser.id;
  };
  const login = (email: string, password: string) => t.gql<Login>(LOGIN, { e: email, p: password });
  const me = (token: string) => t.gql<{ me: { id: string } | null }>('{ me { id } }', {}, token);
  const updateUser = (id: string, change: { role?: string; disabled?: boolean }, token = admin) =>
    t.gql<{ updateUser: { id: string; role: string; disabled: boolean } }>(
      'mutation($id: ID!, $r: Role, $d: Boolean) { updateUser(id: $id, role: $r, disabled: $d) { id role disabled } }',
      { id, r: change.role ?? null, d: change.disabled ?? null },
      token,
    );

  beforeAll(async () => {
    t = await startTestServer(kind);
    const res = await login(ADMIN.email, ADMIN.password);
    admin = res.data!.login.token;
    adminId = res.data!.login.user.id;
  });
  afterAll(() => t?.stop());

  it('adds a person with a generated one-time password that must be replaced before anything else', async () => {
    const created = await t.gql<{ createUserWithOneTimePassword: { password: string; user: { id: string; mustChangePassword: boolean } } }>(
      'mutation { createUserWithOneTimePassword(email: "Viewer.One@Test.local", role: VIEWER) { password user { id email mustChangePassword } } }',
      {},
      admin,
    );
    const { password, user } = created.data!.createUserWithOneTimePassword;
    expect(user.mustChangePassword).toBe(true);
    expect(password.length).toBeGreaterThanOrEqual(10);

    const signedIn = await login('viewer.one@test.local', password);
    expect(signedIn.data!.login.mustChangePassword).toBe(true);
    const token = signedIn.data!.login.token;
    expect((await me(token)).data!.me!.id).toBe(user.id);
    const blocked = await t.gql('{ datasets { id } }', {}, token);
    expect(code(blocked)).toBe('FORBIDDEN');
    expect(blocked.errors![0].message).toBe('Please choose a new password first.');
    const upload = await fetch(`${t.url}/api/datasets?name=x`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
      body: 'a\n1\n',
    });
    expect(upload.status).toBe(401);

    const change = (newPassword: string) =>
      t.gql(
        'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }',
        { c: password, n: newPassword },
        token,
      );
    expect((await change('short')).errors![0].message).toBe('A password needs at least 10 characters.');
    expect((await change('qwertyuiop')).errors![0].message).toMatch(/one of the most common ones/);
    expect((await change('viewer.one@test.local')).errors![0].message).toBe('A password cannot be your email address.');
    expect((await change('copper-lantern-42')).data).toEqual({ changePassword: true });

    expect(code(await t.gql('{ datasets { id } }', {}, token))).toBeUndefined();
    expect(code(await login('viewer.one@test.local', password))).toBe('UNAUTHENTICATED');
    expect((await login('viewer.one@test.local', 'copper-lantern-42')).data!.login.mustChangePassword).toBe(false);
  });

  it('refuses a common or too short password when an administrator types one', async () => {
    const res = await t.gql('mutation { createUser(email: "weak@test.local", password: "password123", role: VIEWER) { id } }', {}, admin);
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/most common ones/);
    const short = await t.gql('mutation { createUser(email: "weak@test.local", password: "abc", role: VIEWER) { id } }', {}, admin);
    expect(short.errors![0].message).toBe('A password needs at least 10 characters.');
  });

  it('stops a disabled user at once: open tokens refused on the next request, no new sign-in; enabling lets them back', async () => {
    const id = await createUser('analyst.off@test.local', 'ANALYST');
    const token = (await login('analyst.off@test.local', 'violet-harbour-1987')).data!.login.token;
    expect((await me(token)).data!.me!.id).toBe(id);

    expect((await updateUser(id, { disabled: true })).data!.updateUser.disabled).toBe(true);
    expect(code(await me(token))).toBe('UNAUTHENTICATED');
    const refused = await login('analyst.off@test.local', 'violet-harbour-1987');
    expect(refused.errors![0].message).toBe('This account is disabled. Ask your administrator to enable it again.');
    const members = await fetch(`${t.url}/api/segmentations/00000000-0000-0000-0000-000000000000/members.csv`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(members.status).toBe(401);

    await updateUser(id, { disabled: false });
    expect(code(await me(token))).toBe('UNAUTHENTICATED'); // the old session stays ended
    expect(code(await login('analyst.off@test.local', 'violet-harbour-1987'))).toBeUndefined();
  });

  it('a role change takes effect on the next request', async () => {
    const id = await createUser('importer.up@test.local', 'IMPORTER');
    const token = (await login('importer.up@test.local', 'violet-harbour-1987')).data!.login.token;
    const activate = 'mutation { activateModel(id: "00000000-0000-0000-0000-000000000000") { id } }';
    expect(code(await t.gql(activate, {}, token))).toBe('FORBIDDEN');
    await updateUser(id, { role: 'ANALYST' });
    expect(code(await t.gql(activate, {}, token))).toBe('NOT_FOUND');
  });

  it('a password change ends the other sessions and keeps this one; the current password is required', async () => {
    await createUser('two.devices@test.local', 'VIEWER');
    const laptop = (await login('two.devices@test.local', 'violet-harbour-1987')).data!.login.token;
    const phone = (await login('two.devices@test.local', 'violet-harbour-1987')).data!.login.token;
    const change = (current: string, next: string) =>
      t.gql('mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }', { c: current, n: next }, laptop);

    const wrong = await change('not-my-password', 'amber-meadow-2024');
    expect(wrong.errors![0].message).toBe('Your current password is not right.');
    expect(code(await me(phone))).toBeUndefined();

    expect((await change('violet-harbour-1987', 'amber-meadow-2024')).data).toEqual({ changePassword: true });
    expect(code(await me(laptop))).toBeUndefined();
    expect(code(await me(phone))).toBe('UNAUTHENTICATED');
    expect(code(await login('two.devices@test.local', 'violet-harbour-1987'))).toBe('UNAUTHENTICATED');
  });

  it('signs out one session, or every session', async () => {
    await createUser('leaver@test.local', 'VIEWER');
    const a = (await login('leaver@test.local', 'violet-harbour-1987')).data!.login.token;
    const b = (await login('leaver@test.local', 'violet-harbour-1987')).data!.login.token;
    const c = (await login('leaver@test.local', 'violet-harbour-1987')).data!.login.token;
    expect((await t.gql('mutation { signOut }', {}, a)).data).toEqual({ signOut: true });
    expect(code(await me(a))).toBe('UNAUTHENTICATED');
    expect(code(await me(b))).toBeUndefined();
    expect((await t.gql('mutation { signOutEverywhere }', {}, b)).data).toEqual({ signOutEverywhere: true });
    expect(code(await me(b))).toBe('UNAUTHENTICATED');
    expect(code(await me(c))).toBe('UNAUTHENTICATED');
    expect(code(await t.gql('mutation { signOut }'))).toBe('UNAUTHENTICATED');
    expect(code(await t.gql('mutation { signOutEverywhere }'))).toBe('UNAUTHENTICATED');
    // Signing in again clears the ended sessions; only the new one is kept.
    await login('leaver@test.local', 'violet-harbour-1987');
    const rows: { count: string }[] = await t.server.database.dataSource.query(
      `SELECT count(*)::text AS count FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = 'leaver@test.local'`,
    );
    expect(rows[0].count).toBe('1');
  });

  it('a password reset gives a new one-time password and ends the person’s sessions', async () => {
    const id = await createUser('forgetful@test.local', 'VIEWER');
    const token = (await login('forgetful@test.local', 'violet-harbour-1987')).data!.login.token;
    const reset = await t.gql<{ resetPassword: { password: string } }>(
      'mutation($id: ID!) { resetPassword(id: $id) { password } }',
      { id },
      admin,
    );
    const password = reset.data!.resetPassword.password;
    expect(code(await me(token))).toBe('UNAUTHENTICATED');
    expect(code(await login('forgetful@test.local', 'violet-harbour-1987'))).toBe('UNAUTHENTICATED');
    expect((await login('forgetful@test.local', password)).data!.login.mustChangePassword).toBe(true);
  });

  it('never lets the last active administrator be demoted or disabled', async () => {
    const demote = await updateUser(adminId, { role: 'VIEWER' });
    expect(code(demote)).toBe('CONFLICT');
    expect(demote.errors![0].message).toBe(`${ADMIN.email} is the last active administrator. Make someone else an administrator first.`);
    expect(code(await updateUser(adminId, { disabled: true }))).toBe('CONFLICT');

    const second = await createUser('second.admin@test.local', 'ADMIN');
    await updateUser(second, { disabled: true });
    expect(code(await updateUser(adminId, { role: 'ANALYST' }))).toBe('CONFLICT'); // a disabled admin does not count
    await updateUser(second, { disabled: false });
    const secondToken = (await login('second.admin@test.local', 'violet-harbour-1987')).data!.login.token;
    expect((await updateUser(adminId, { role: 'ANALYST' }, secondToken)).data!.updateUser.role).toBe('ANALYST');
    expect(code(await updateUser(second, { role: 'VIEWER' }, secondToken))).toBe('CONFLICT');
    await updateUser(adminId, { role: 'ADMIN' }, secondToken);
    const users = await t.gql<{ users: { email: string; role: string; disabled: boolean; lastSignInAt: string | null }[] }>(
      '{ users { email role disabled lastSignInAt } }',
      {},
      admin,
    );
    expect(users.data!.users.find((u) => u.email === ADMIN.email)).toMatchObject({ role: 'ADMIN', disabled: false });
    expect(users.data!.users.find((u) => u.email === 'second.admin@test.local')!.lastSignInAt).not.toBeNull();
  });

  it('keeps each person’s language', async () => {
    const res = await t.gql<{ updateMe: { language: string } }>('mutation { updateMe(language: PL) { language } }', {}, admin);
    expect(res.data!.updateMe.language).toBe('PL');
    expect((await t.gql<{ me: { language: string } }>('{ me { language } }', {}, admin)).data!.me.language).toBe('PL');
    await t.gql('mutation { updateMe(language: EN) { language } }', {}, admin);
  });

  it('shows what each role may do from the table the server checks', async () => {
    const res = await t.gql<{ rolePermissions: { key: string; roles: string[] }[] }>('{ rolePermissions { key label roles } }', {}, admin);
    const importRoles = res.data!.rolePermissions.find((p) => p.key === 'import')!.roles;
    expect(importRoles).toEqual(['IMPORTER', 'ADMIN']);
  });
});
