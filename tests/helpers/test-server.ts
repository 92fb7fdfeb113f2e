/** Starts the real server (HTTP + GraphQL + database) on a free port for a test file. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino, { type Logger } from 'pino';
import { loadConfig } from '../../server/src/config.js';
import { startServer, type RunningServer } from '../../server/src/server.js';
import { createPostgresDatabase, pgliteTemplate, type DatabaseKind } from './databases.js';

export const ADMIN = { email: 'admin@test.local', password: 'admin-password-for-tests' };

export interface TestServer {
  server: RunningServer;
  url: string;
  dataDir: string;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>>;
  login(email?: string, password?: string): Promise<string>;
  stop(): Promise<void>;
}

export interface GqlResponse<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** `logger`: where the server logs (silent unless TEST_LOG_LEVEL says otherwise), for specs that read its lines. */
export async function startTestServer(
  kind: DatabaseKind,
  env: Record<string, string> = {},
  { logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }) }: { logger?: Logger } = {},
): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cp-test-'));
  const pgDatabase = kind === 'postgres' ? await createPostgresDatabase() : undefined;
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    SEED_DEMO: 'false',
    ...(pgDatabase ? { DATABASE_URL: pgDatabase.url } : {}),
    ...env,
  });
  const server = await startServer(config, {
    logger,
    templateFile: kind === 'pglite' ? await pgliteTemplate() : undefined,
  });
  const url = server.url;
  const gql = async <T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>> => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, ...((await res.json()) as object) };
  };
  return {
    server,
    url,
    dataDir,
    gql,
    async login(email = ADMIN.email, password = ADMIN.password) {
      const res = await gql<{ login: { token: string } }>(
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        { e: email, p: password },
      );
      if (!res.data) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
      return res.data.login.token;
    },
    async stop() {
      await server.stop();
      await pgDatabase?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A test server and the administrator's token, for a file's `beforeAll(async () => ({ t, token } = await signedInTestServer(kind)))`. */
export async function signedInTestServer(
  kind: DatabaseKind,
  env: Record<string, string> = {},
  options: { logger?: Logger } = {},
): Promise<{ t: TestServer; token: string }> {
  const t = await startTestServer(kind, env, options);
  return { t, token: await t.login() };
}
