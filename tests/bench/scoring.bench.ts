/**
 * Section `scoring`: a fresh list scored with reasons by the forest trained on iFood, end to
 * end through the job (ScoringService.scoreFile on the embedded database: two passes over the
 * file, probabilities, exact TreeSHAP reasons on the worker threads, rows written), for
 * 50,000 rows (goal <= 5 s) and, when asked (SCORING_BENCH_ROWS=50000,1000000), 1,000,000
 * rows (goal <= 60 s, peak memory <= 1 GB). Lists are iFood rows repeated with new identifiers.
 * Wall time and CPU seconds (the machine is shared: CPU is what the work costs), and the
 * TreeSHAP cost the forest's shape implies, O(T L D^2) per row for Algorithm 2.
 */
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { explainRows } from '../../server/src/modules/customers/explain-rows.js';
import { takeRows } from '../../server/src/modules/training/data/feature-table.js';
import { CompiledForest } from '../../server/src/modules/training/trees/compiled-forest.js';
import { IFOOD, hasDataset } from '../helpers/datasets.js';
import { uploadFile, waitForImport } from '../helpers/imports.js';
import { signedInTestServer } from '../helpers/test-server.js';
import { startTraining, waitForRun } from '../helpers/training.js';
import { emitNote, emitRow, peakRssMb, skipSection } from './bench-kit.js';
import { forestShape } from './forest-shape.js';

if (!hasDataset(IFOOD)) skipSection(`${IFOOD} is not present (../shared/datasets beside the project).`);

const THREADS = Number(process.env.SCORING_THREADS ?? 2);
process.env.SCORING_THREADS = String(THREADS);
const SIZES = (process.env.SCORING_BENCH_ROWS ?? '50000').split(',').map(Number);
const GOALS: Record<number, { seconds: number; rssMb: number | null }> = {
  50_000: { seconds: 5, rssMb: null },
  1_000_000: { seconds: 60, rssMb: 1024 },
};

const dir = mkdtempSync(join(tmpdir(), 'scoring-bench-'));
const { t, token } = await signedInTestServer('pglite', { WORKERS: '1' });
try {
  const imported = await uploadFile(t, token, IFOOD, '/api/datasets?name=iFood');
  if ((await waitForImport(t, token, imported.body.importId!)).status !== 'SUCCEEDED') throw new Error('iFood import failed');
  const run = await waitForRun(t, token, (await startTraining(t, token, imported.body.datasetId!, ['RANDOM_FOREST'])).id, 900_000);
  if (run.status !== 'SUCCEEDED') throw new Error(`training failed: ${run.error}`);
  const modelId = run.models[0].id;

  // The iFood rows without Response, repeated with new identifiers.
  const lines = readFileSync(IFOOD, 'utf8').trim().split(/\r?\n/);
  const drop = lines[0].split(',').indexOf('Response');
  const rows = lines.map((line) => line.split(',').filter((_, c) => c !== drop));
  async function writeList(n: number): Promise<string> {
    const path = join(dir, `list-${n}.csv`);
    const out = createWriteStream(path);
    out.write(rows[0].join(',') + '\n');
    for (let i = 0; i < n; i++) {
      const cells = rows[1 + (i % (rows.length - 1))];
      if (!out.write(`${i + 1},${cells.slice(1).join(',')}\n`)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    return path;
  }

  // The forest's shape and what one row's explanation costs here, on one thread.
  const prepared = await t.server.services.customers.explainerFor(modelId);
  const forest = prepared.model as CompiledForest;
  const shape = forestShape(forest);
  const sample = takeRows(
    prepared.background,
    Array.from({ length: Math.min(2000, prepared.background.rowCount) }, (_, i) => i),
  );
  explainRows(prepared.explainer, takeRows(sample, [0, 1, 2, 3]));
  const cpu0 = process.cpuUsage();
  explainRows(prepared.explainer, sample);
  const perRowCpuMs = (process.cpuUsage(cpu0).user + process.cpuUsage(cpu0).system) / 1000 / sample.rowCount;
  emitNote(
    `Forest: T = ${forest.arrays.treeRoots.length} trees, L = ${shape.leaves} leaves, depth mean ${shape.meanDepth.toFixed(1)} / max ${shape.maxDepth}; ` +
      `sum of L·D² = ${shape.sumDepthSquared.toLocaleString('en-US')} path steps a row for Algorithm 2 (O(T L D²)). ` +
      `The linear-time TreeSHAP the app uses measured ${perRowCpuMs.toFixed(2)} ms CPU a row on one thread: ` +
      `1,000,000 rows = ${Math.round(perRowCpuMs * 1000)} s CPU = ${Math.round((perRowCpuMs * 1000) / THREADS)} s on ${THREADS} cores at best.`,
  );

  for (const n of SIZES) {
    const path = await writeList(n);
    process.stderr.write(`scoring ${n} rows…\n`);
    // The process's peak RSS includes the import and training before; the scoring's own peak
    // is sampled while it runs (every 100 ms).
    const rssBefore = process.memoryUsage.rss();
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage.rss())), 100);
    const loadBefore = loadavg()[0];
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const scoring = await t.server.services.scorings.scoreFile(path, modelId, null);
    const seconds = (performance.now() - start) / 1000;
    const used = process.cpuUsage(cpuStart);
    clearInterval(sampler);
    const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
    const cpuSeconds = (used.user + used.system) / 1e6;
    if (scoring.status !== 'SUCCEEDED') throw new Error(`scoring ${n} rows failed: ${scoring.error}`);
    const goal = GOALS[n];
    emitRow({
      rows: n.toLocaleString('en-US'),
      'goal s': goal?.seconds ?? null,
      'wall s': Number(seconds.toFixed(1)),
      'CPU s (all threads)': Number(cpuSeconds.toFixed(1)),
      'CPU ms / row': Number(((cpuSeconds * 1000) / n).toFixed(3)),
      'goal peak MB': goal?.rssMb ?? null,
      'RSS MB before': mb(rssBefore),
      'peak RSS MB while scoring': mb(rssPeak),
      'peak RSS MB (process so far)': peakRssMb(),
      'load avg (start/end)': `${loadBefore.toFixed(1)} / ${loadavg()[0].toFixed(1)}`,
      'goal met': goal ? seconds <= goal.seconds && (goal.rssMb === null || mb(rssPeak) <= goal.rssMb) : null,
    });
    rmSync(path, { force: true });
    await t.server.services.scorings.delete(scoring.id);
  }
  emitNote(
    `Threads explaining: ${THREADS} (SCORING_THREADS). Wall time depends on how busy the shared machine is; CPU seconds count every thread of the process, the database included.`,
  );
} finally {
  await t.stop();
  rmSync(dir, { recursive: true, force: true });
}
