import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../helpers/databases.js';
import { signedInTestServer, startTestServer, type TestServer } from '../helpers/test-server.js';

describeEachDatabase('HTTP server', (kind) => {
  let t: TestServer, token: string;
  beforeAll(async () => ({ t, token } = await signedInTestServer(kind)));
  afterAll(() => t?.stop());

  it('answers /healthz with ok once ready', async () => {
    const res = await fetch(`${t.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('blocks cross-site GET queries (CSRF prevention)', async () => {
    const res = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ datasets { id } }')}`);
    expect(res.status).toBe(400);
  });

  it('rejects queries that ask for too much at once', async () => {
    const fields = Array.from({ length: 2100 }, (_, i) => `f${i}: me { id }`).join(' ');
    const res = await t.gql(`{ ${fields} }`, {}, token);
    // 2,100 aliases: refused before pricing (graphql-limits.spec.ts covers each limit).
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('TOO_MANY_ALIASES');
  });

  it('never sends stack traces, only messages meant for people', async () => {
    const res = await t.gql('{ dataset(id: "not-a-uuid") { id } nope }', {}, token);
    const text = JSON.stringify(res);
    expect(text).not.toMatch(/stacktrace|at .*\.ts:\d+/i);
    expect(res.errors?.[0].message).toMatch(/Cannot query field "nope"/);
  });

  it('answers a missing dataset with null rather than an error', async () => {
    const res = await t.gql<{ dataset: null }>('{ dataset(id: "00000000-0000-0000-0000-000000000000") { id } }', {}, token);
    expect(res.errors).toBeUndefined();
    expect(res.data?.dataset).toBeNull();
  });

  it('answers unknown API paths with a JSON error', async () => {
    const res = await fetch(`${t.url}/api/nothing-here`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
  });

  it('answers introspection outside production (tools need it) and refuses it in production', async () => {
    expect((await t.gql<{ __schema: unknown }>('{ __schema { queryType { name } } }', {}, token)).data?.__schema).toBeTruthy();
    const production = await startTestServer(kind, { NODE_ENV: 'production' });
    try {
      const res = await production.gql('{ __schema { queryType { name } } }', {}, await production.login());
      expect(res.errors?.[0].message).toMatch(/introspection/i);
    } finally {
      await production.stop();
    }
  });
});
