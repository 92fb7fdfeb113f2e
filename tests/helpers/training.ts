import type { TestServer } from './test-server.js';

export interface RunView {
  id: string;
  status: string;
  progress: number;
  error: string | null;
  models: { id: string; algorithm: string; isActive: boolean; version: number; metrics: { rocAuc: number; f1: number } }[];
}

const RUN_FIELDS = 'id status progress error models { id algorithm isActive version metrics { rocAuc f1 } }';

export async function startTraining(t: TestServer, token: string, datasetId: string, algorithms?: string[]) {
  const res = await t.gql<{ trainModels: RunView }>(
    `mutation($d: ID!, $a: [Algorithm!]) { trainModels(datasetId: $d, algorithms: $a) { ${RUN_FIELDS} } }`,
    { d: datasetId, a: algorithms ?? null },
    token,
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.trainModels;
}

/** Polls trainingRun(id) until it has finished; returns the progress values seen on the way. */
export async function waitForRun(t: TestServer, token: string, runId: string, timeoutMs = 240_000): Promise<RunView & { seen: number[] }> {
  const started = Date.now();
  const seen: number[] = [];
  for (;;) {
    const res = await t.gql<{ trainingRun: RunView }>(`query($id: ID!) { trainingRun(id: $id) { ${RUN_FIELDS} } }`, { id: runId }, token);
    const run = res.data?.trainingRun;
    if (!run) throw new Error(JSON.stringify(res));
    seen.push(run.progress);
    if (run.status === 'SUCCEEDED' || run.status === 'FAILED') return { ...run, seen };
    if (Date.now() - started > timeoutMs) throw new Error(`run still ${run.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The first dataset's id (the demo dataset on a server started with SEED_DEMO). */
export async function demoDatasetId(t: TestServer, token: string): Promise<string> {
  const datasets = await t.gql<{ datasets: { id: string }[] }>('{ datasets { id } }', {}, token);
  const id = datasets.data?.datasets[0]?.id;
  if (!id) throw new Error(`no demo dataset: ${JSON.stringify(datasets)}`);
  return id;
}

/** Trains the demo dataset (all algorithms unless given) and waits; throws when the run fails. */
export async function trainDemo(t: TestServer, token: string, algorithms?: string[]) {
  const datasetId = await demoDatasetId(t, token);
  const run = await waitForRun(t, token, (await startTraining(t, token, datasetId, algorithms)).id);
  if (run.status !== 'SUCCEEDED') throw new Error(`training failed: ${run.error}`);
  return { datasetId, run };
}
