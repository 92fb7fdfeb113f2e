import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';

/** Everything the server reads from the environment, parsed and checked once at start. */
export interface AppConfig {
  port: number;
  /** Bind address (default 0.0.0.0: every interface; 127.0.0.1 behind a local proxy). */
  host: string;
  /** Express 'trust proxy': which proxies' X-Forwarded-For/-Proto are believed (default: loopback only). */
  trustProxy: string | boolean | number;
  databaseUrl: string | undefined;
  dataDir: string;
  adminEmail: string;
  adminPassword: string | undefined;
  seedDemo: boolean;
  production: boolean;
  /** Largest accepted upload in bytes (default 1 GiB). */
  maxUploadBytes: number;
  /** How long a login token stays valid. */
  tokenTtlSeconds: number;
  logLevel: string;
  /** OpenAI-compatible endpoint for "rewrite with AI" of segment briefs; null = not offered. */
  llm: { url: string; key: string; model: string } | null;
  /** Where the built client lives; served at `/` when present. */
  clientDir: string;
  /** Training limits (issue 13): memory a run may need, and the row cap above which models fit on a sample. */
  training: TrainingLimits;
  /** Background jobs this process runs at a time (web: WORKERS, default the CPU count; 0 = none). */
  workers: number;
  /** Memory for stored GraphQL answers (RESPONSE_CACHE_MB, default 64; 0 = no response cache). */
  responseCacheMb: number;
  /** Tries a job gets before it is failed for good (JOB_TRIES). */
  jobTries: number;
  /** A job running longer than this is taken as lost and tried again (JOB_TIMEOUT_SECONDS). */
  jobTimeoutSeconds: number;
  /** How often a process looks for jobs whose process died (JOB_CHECK_SECONDS). */
  jobCheckSeconds: number;
}

export interface TrainingLimits {
  /** A run estimated to need more is refused before it starts (MAX_TRAINING_MEMORY_MB, default 1536). */
  maxMemoryMb: number;
  /** Models fit on a stratified sample of this many training rows when there are more (MAX_TRAINING_SAMPLE_ROWS; 0 = all rows). */
  maxSampleRows: number;
}

export const DEFAULT_TRAINING_LIMITS: TrainingLimits = { maxMemoryMb: 1536, maxSampleRows: 200_000 };

function intFrom(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${name} must be a whole number (got "${value}").`);
  return parsed;
}

/** TRUST_PROXY: `true`/`false`, a number of hops, or addresses/subnets (`loopback`, `10.0.0.0/8`, comma-separated). */
function trustProxyFrom(value: string | undefined): string | boolean | number {
  if (value === undefined || value === '') return 'loopback';
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: intFrom('PORT', env.PORT, 4000),
    host: env.HOST || '0.0.0.0',
    trustProxy: trustProxyFrom(env.TRUST_PROXY),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.DATA_DIR ?? './data'),
    adminEmail: env.ADMIN_EMAIL ?? 'admin@localhost',
    adminPassword: env.ADMIN_PASSWORD || undefined,
    // On by default so `npm start` opens on data; deployments (docker-compose) set it to false.
    seedDemo: env.SEED_DEMO === undefined || env.SEED_DEMO === '' ? true : env.SEED_DEMO === 'true' || env.SEED_DEMO === '1',
    production: env.NODE_ENV === 'production',
    maxUploadBytes: intFrom('MAX_UPLOAD_BYTES', env.MAX_UPLOAD_BYTES, 1024 ** 3),
    tokenTtlSeconds: intFrom('TOKEN_TTL_SECONDS', env.TOKEN_TTL_SECONDS, 12 * 3600),
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'warn' : 'info'),
    llm: env.LLM_API_URL && env.LLM_API_KEY ? { url: env.LLM_API_URL, key: env.LLM_API_KEY, model: env.LLM_MODEL || 'gpt-4o-mini' } : null,
    training: {
      maxMemoryMb: intFrom('MAX_TRAINING_MEMORY_MB', env.MAX_TRAINING_MEMORY_MB, DEFAULT_TRAINING_LIMITS.maxMemoryMb),
      maxSampleRows: intFrom('MAX_TRAINING_SAMPLE_ROWS', env.MAX_TRAINING_SAMPLE_ROWS, DEFAULT_TRAINING_LIMITS.maxSampleRows),
    },
    clientDir: resolve(env.CLIENT_DIR ?? new URL('client/dist', projectRootUrl()).pathname),
    workers: intFrom('WORKERS', env.WORKERS, availableParallelism()),
    responseCacheMb: Math.max(0, intFrom('RESPONSE_CACHE_MB', env.RESPONSE_CACHE_MB, 64)),
    jobTries: Math.max(1, intFrom('JOB_TRIES', env.JOB_TRIES, 3)),
    jobTimeoutSeconds: Math.min(23 * 3600, Math.max(60, intFrom('JOB_TIMEOUT_SECONDS', env.JOB_TIMEOUT_SECONDS, 6 * 3600))),
    jobCheckSeconds: Math.max(1, intFrom('JOB_CHECK_SECONDS', env.JOB_CHECK_SECONDS, 10)),
  };
}

/**
 * The repository root, whether running from source (server/src) or from the build
 * (server/dist/server/src): both sit a fixed distance below a folder holding `client/`.
 */
export function projectRootUrl(): URL {
  const here = new URL('.', import.meta.url);
  return here.pathname.includes('/server/dist/') ? new URL('../../../../', here) : new URL('../../', here);
}
