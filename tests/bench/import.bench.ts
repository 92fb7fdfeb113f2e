/**
 * Bench section "import": CSV import through the real server's ImportService (spool hash,
 * pass 1 inference over the whole file, pass 2 into import_staging, one publish
 * transaction) of bank-full on the embedded PGlite and on PostgreSQL, and of a generated
 * 1,000,000-row campaign file on PostgreSQL. Targets (from the issue, printed not
 * asserted): bank-full under 3 s on PostgreSQL; 1M rows under 60 s with peak RSS under 400 MB.
 *
 * Each import runs in its own child process (this file with `--case NAME`) so the peak RSS
 * reported is that import's alone: the server, and PGlite's WebAssembly heap, live in the
 * importing process. Phase times come from watching the import's live progress and its
 * transactions; the last transaction an import opens is its publish.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRng, randomInt, randomNormal } from '../../server/src/common/random.js';
import { BANK } from '../helpers/datasets.js';

const RESULT = 'IMPORT_CASE_RESULT ';
const GENERATED_ROWS = 1_000_000;
const DEFAULT_PG_URL_HINT = 'postgres://postgres@127.0.0.1:5432/postgres';

interface CaseSpec {
  label: string;
  database: 'pglite' | 'postgres';
  file: string;
  target: string;
  /** Seconds and MB the issue asks for, when it does. */
  maxSeconds: number | null;
  maxRssMb: number | null;
}

interface CaseResult {
  status: string;
  message: string | null;
  rows: number;
  seconds: number;
  peakRssMb: number;
  /** Peak RSS of the process with the server started, before the import. */
  serverRssMb: number;
  phases: { hash: number; infer: number; load: number; publish: number };
}

/** Watches one import's live progress and transactions, and times its phases. */
function watchPhases(
  services: { imports: { progress: Map<string, { phase: string }> } },
  dataSource: { transaction: (...a: never[]) => unknown },
) {
  const marks: Record<string, number> = {};
  const start = performance.now();
  const mark = (name: string) => (marks[name] ??= performance.now());
  const original = dataSource.transaction.bind(dataSource) as (...a: never[]) => unknown;
  // The publish is the import's last transaction; re-marking each time keeps the last.
  dataSource.transaction = ((...args: never[]) => {
    if (marks.load !== undefined) marks.publish = performance.now();
    return original(...args);
  }) as typeof dataSource.transaction;
  const timer = setInterval(() => {
    for (const live of services.imports.progress.values()) {
      mark('queued');
      if (live.phase === 'INFERRING') mark('infer');
      if (live.phase === 'LOADING') {
        mark('infer');
        mark('load');
      }
    }
  }, 1);
  return {
    finish(): CaseResult['phases'] {
      clearInterval(timer);
      dataSource.transaction = original as typeof dataSource.transaction;
      const end = performance.now();
      const at = (name: string, fallback: number) => marks[name] ?? fallback;
      const s = (from: number, to: number) => Math.max(0, (to - from) / 1000);
      const publish = at('publish', end);
      const load = at('load', publish);
      const infer = at('infer', load);
      const queued = at('queued', infer);
      return { hash: s(start, queued), infer: s(infer, load), load: s(load, publish), publish: s(publish, end) };
    },
  };
}

async function runCase(spec: CaseSpec): Promise<CaseResult> {
  const { startTestServer } = await import('../helpers/test-server.js');
  const server = await startTestServer(spec.database);
  try {
    const { services, database } = server.server;
    // Measure the import alone: no retraining hooked after it.
    services.imports.onImported = undefined;
    const serverRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    const watch = watchPhases(services, database.dataSource as never);
    const start = performance.now();
    const job = await services.imports.importFile(spec.file, { createsDataset: true, name: spec.label, target: spec.target });
    const seconds = (performance.now() - start) / 1000;
    const phases = watch.finish();
    return {
      status: job.status,
      message: job.message,
      rows: job.rowsImported,
      seconds,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      serverRssMb,
      phases,
    };
  } finally {
    await server.stop();
  }
}

/** An iFood-like campaign file: same columns and rough distributions, seeded. */
export async function writeCampaignCsv(path: string, rows: number, seed = 42): Promise<void> {
  const rng = createRng(seed);
  const education = ['Graduation', 'PhD', 'Master', 'Basic', '2n Cycle'];
  const marital = ['Married', 'Together', 'Single', 'Divorced', 'Widow'];
  const mnt = (scale: number) => Math.max(0, Math.round(Math.exp(randomNormal(rng) * 1.2 + Math.log(scale))));
  const small = (n: number) => randomInt(rng, n);
  const out = createWriteStream(path);
  out.write(
    'ID,Year_Birth,Education,Marital_Status,Income,Kidhome,Teenhome,Dt_Customer,Recency,MntWines,MntFruits,MntMeatProducts,MntFishProducts,MntSweetProducts,MntGoldProds,NumDealsPurchases,NumWebPurchases,NumCatalogPurchases,NumStorePurchases,NumWebVisitsMonth,AcceptedCmp3,AcceptedCmp4,AcceptedCmp5,AcceptedCmp1,AcceptedCmp2,Complain,Response\n',
  );
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    const income = rng() < 0.01 ? '' : String(Math.max(1730, Math.round(52000 + randomNormal(rng) * 21000)));
    const day = 1 + small(28);
    const month = 1 + small(12);
    const year = 2012 + small(3);
    const accepted = Array.from({ length: 5 }, (): number => (rng() < 0.07 ? 1 : 0));
    const response = rng() < 0.15 + (0.3 * accepted.reduce((a, b) => a + b, 0)) / 5 ? 1 : 0;
    chunk += `${i + 1},${1940 + small(57)},${education[small(5)]},${marital[small(5)]},${income},${small(3)},${small(3)},${month}/${day}/${year},${small(100)},${mnt(300)},${mnt(26)},${mnt(166)},${mnt(37)},${mnt(27)},${mnt(44)},${small(16)},${small(28)},${small(29)},${small(14)},${small(21)},${accepted.join(',')},${rng() < 0.01 ? 1 : 0},${response}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
      chunk = '';
    }
  }
  out.end(chunk);
  await new Promise<void>((resolve, reject) => {
    out.on('finish', () => resolve());
    out.on('error', reject);
  });
}

function runChild(spec: CaseSpec): Promise<CaseResult> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--case', JSON.stringify(spec)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith(RESULT));
      if (line) resolve(JSON.parse(line.slice(RESULT.length)) as CaseResult);
      else reject(new Error(`the import process exited with code ${code} and no result`));
    });
  });
}

async function section(): Promise<void> {
  const { emitNote, emitRow, skipSection } = await import('./bench-kit.js');
  const hasBank = existsSync(BANK);
  const pg = Boolean(process.env.TEST_DATABASE_URL);
  if (!hasBank && !pg) skipSection(`${BANK} is absent and TEST_DATABASE_URL is unset (e.g. ${DEFAULT_PG_URL_HINT}).`);
  if (!pg)
    emitNote(
      `PostgreSQL rows skipped: TEST_DATABASE_URL is not set (e.g. TEST_DATABASE_URL=${DEFAULT_PG_URL_HINT} npm run bench -- import).`,
    );
  if (!hasBank) emitNote(`bank-full rows skipped: ${BANK} is not present (../shared/datasets beside the project).`);

  const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  try {
    const cases: CaseSpec[] = [];
    if (hasBank) {
      cases.push({ label: 'bank-full (45,211 rows)', database: 'pglite', file: BANK, target: 'y', maxSeconds: null, maxRssMb: null });
      if (pg)
        cases.push({ label: 'bank-full (45,211 rows)', database: 'postgres', file: BANK, target: 'y', maxSeconds: 3, maxRssMb: null });
    }
    if (pg) {
      const file = join(dir, 'campaign-1m.csv');
      console.error(`[import] writing the ${GENERATED_ROWS.toLocaleString('en')}-row campaign file`);
      const t = performance.now();
      await writeCampaignCsv(file, GENERATED_ROWS);
      emitNote(
        `The 1M-row file (iFood-like columns, seeded) was written in ${((performance.now() - t) / 1000).toFixed(1)} s by this section's generator.`,
      );
      cases.push({
        label: 'generated campaign (1,000,000 rows)',
        database: 'postgres',
        file,
        target: 'Response',
        maxSeconds: 60,
        maxRssMb: 400,
      });
    }
    for (const spec of cases) {
      console.error(`[import] ${spec.label} on ${spec.database}`);
      const base = { import: spec.label, database: spec.database };
      let r: CaseResult;
      try {
        r = await runChild(spec);
      } catch (error) {
        emitRow({ ...base, status: 'crashed' });
        emitNote(`${spec.label} on ${spec.database}: ${(error as Error).message}`);
        continue;
      }
      const p = r.phases;
      const targets = [
        spec.maxSeconds !== null ? `< ${spec.maxSeconds} s` : '',
        spec.maxRssMb !== null ? `< ${spec.maxRssMb} MB` : '',
      ].filter(Boolean);
      const met =
        targets.length === 0
          ? null
          : (spec.maxSeconds === null || r.seconds < spec.maxSeconds) && (spec.maxRssMb === null || r.peakRssMb < spec.maxRssMb);
      emitRow({
        ...base,
        status: r.status,
        rows: r.rows,
        seconds: Number(r.seconds.toFixed(2)),
        'rows/s': Math.round(r.rows / r.seconds),
        'peak RSS MB': r.peakRssMb,
        'server alone MB': r.serverRssMb,
        'hash s': Number(p.hash.toFixed(2)),
        'pass 1 s': Number(p.infer.toFixed(2)),
        'pass 2 + staging s': Number(p.load.toFixed(2)),
        'publish s': Number(p.publish.toFixed(2)),
        target: targets.join(', ') || null,
        'met?': met,
      });
      if (r.status !== 'SUCCEEDED') emitNote(`${spec.label} on ${spec.database} did not succeed: ${r.message}`);
    }
    emitNote('Each import runs in its own process; peak RSS is that process (server + import; PGlite included on pglite rows).');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--case') {
  const result = await runCase(JSON.parse(process.argv[3]) as CaseSpec);
  process.stdout.write(`${RESULT}${JSON.stringify(result)}\n`);
  process.exit(0);
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // Only when run as the section, so the generator can be imported elsewhere.
  await section();
}
