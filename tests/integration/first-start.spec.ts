/** A first start where DATA_DIR does not exist yet, with the demo data seeded: the app creates what it needs, in both modes. */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../helpers/databases.js';
import { listDatasets } from '../helpers/imports.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

describeEachDatabase('first start with no DATA_DIR', (kind) => {
  const dataDir = join(tmpdir(), `cp-first-start-${process.pid}-${kind}`, 'nested', 'data');
  let t: TestServer | undefined;
  afterAll(async () => {
    await t?.stop();
    rmSync(join(dataDir, '..', '..'), { recursive: true, force: true });
  });

  it('creates DATA_DIR and loads the demo dataset', async () => {
    rmSync(join(dataDir, '..', '..'), { recursive: true, force: true });
    t = await startTestServer(kind, { DATA_DIR: dataDir, SEED_DEMO: 'true' });
    expect(t.server.bootstrap.demoDataset).toMatch(/Demo/);
    const datasets = await listDatasets(t, await t.login());
    expect(datasets).toHaveLength(1);
    expect(datasets[0].rowCount).toBeGreaterThan(0);
  });
});
