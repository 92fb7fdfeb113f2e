/** Headers and defaults (issue 20, item 6): CSP with the client, HSTS only over HTTPS, no field suggestions in production. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

describe('security headers', () => {
  const clientDir = mkdtempSync(join(tmpdir(), 'cp-client-'));
  let t: TestServer;
  let production: TestServer;
  beforeAll(async () => {
    writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>client</title>');
    t = await startTestServer('pglite', { CLIENT_DIR: clientDir });
    production = await startTestServer('pglite', { CLIENT_DIR: clientDir, NODE_ENV: 'production', TRUST_PROXY: 'false' });
  });
  afterAll(async () => {
    await t?.stop();
    await production?.stop();
    rmSync(clientDir, { recursive: true, force: true });
  });

  it("sends the Content-Security-Policy and helmet's headers with the client", async () => {
    const res = await fetch(`${t.url}/data`);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self';.*script-src 'self'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('sends HSTS only when the request came over HTTPS through a trusted proxy', async () => {
    expect((await fetch(`${t.url}/`)).headers.get('strict-transport-security')).toBeNull();
    const viaProxy = await fetch(`${t.url}/`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(viaProxy.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    // TRUST_PROXY=false: a client cannot claim HTTPS for itself.
    const untrusted = await fetch(`${production.url}/`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(untrusted.headers.get('strict-transport-security')).toBeNull();
  });

  it('suggests field names while developing, never in production', async () => {
    const token = await t.login();
    expect((await t.gql('{ datasets { nam } }', {}, token)).errors?.[0].message).toMatch(/Did you mean "name"/);
    const productionToken = await production.login();
    const answer = await production.gql('{ datasets { nam } }', {}, productionToken);
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0].message).toBe('Cannot query field "nam" on type "Dataset".');
  });
});
