import { readFileSync } from 'node:fs';
import type { TestServer } from './test-server.js';

export interface UploadAnswer {
  status: number;
  body: { datasetId?: string; importId?: string; error?: { code: string; message: string } };
}

/** POSTs a CSV body to a contract import endpoint. */
export async function upload(
  t: TestServer,
  token: string,
  body: string | Buffer,
  path = '/api/datasets?name=test',
  headers: Record<string, string> = {},
): Promise<UploadAnswer> {
  const res = await fetch(`${t.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}`, ...headers },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  return { status: res.status, body: (await res.json()) as UploadAnswer['body'] };
}

export const uploadFile = (t: TestServer, token: string, file: string, path?: string) => upload(t, token, readFileSync(file), path);

export interface ImportJobView {
  id: string;
  datasetId: string;
  status: string;
  phase: string;
  rowsImported: number;
  rowsRejected: number;
  rowsDuplicate: number;
  rowsSkippedEmpty: number;
  errorCount: number;
  message: string | null;
  errors: { line: number | null; column: string | null; message: string }[];
}

/** Polls importJob(id) until it has finished. */
export async function waitForImport(t: TestServer, token: string, importId: string, timeoutMs = 120_000): Promise<ImportJobView> {
  const started = Date.now();
  for (;;) {
    const res = await t.gql<{ importJob: ImportJobView }>(
      `query($id: ID!) { importJob(id: $id) { id datasetId status phase rowsImported rowsRejected rowsDuplicate rowsSkippedEmpty errorCount message errors { line column message } } }`,
      { id: importId },
      token,
    );
    const job = res.data?.importJob;
    if (!job) throw new Error(`importJob(${importId}) answered ${JSON.stringify(res)}`);
    if (job.status === 'SUCCEEDED' || job.status === 'FAILED') return job;
    if (Date.now() - started > timeoutMs) throw new Error(`import ${importId} still ${job.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const DATASET_FIELDS = `id name rowCount targetColumn positiveLabel positiveRate idColumn
  columns { name label kind missing distinct isTarget isPastCampaign min max examples note }
  campaigns { column label responded total rate }
  imports { id status rowsImported }`;

export interface DatasetView {
  id: string;
  name: string;
  rowCount: number;
  targetColumn: string | null;
  positiveLabel: string | null;
  positiveRate: number | null;
  idColumn: string | null;
  columns: {
    name: string;
    label: string;
    kind: string;
    missing: number;
    distinct: number;
    isTarget: boolean;
    isPastCampaign: boolean;
    min: number | null;
    max: number | null;
    examples: string[];
    note: string | null;
  }[];
  campaigns: { column: string; label: string; responded: number; total: number; rate: number }[];
  imports: { id: string; status: string; rowsImported: number }[];
}

export async function getDataset(t: TestServer, token: string, id: string): Promise<DatasetView | null> {
  const res = await t.gql<{ dataset: DatasetView | null }>(`query($id: ID!) { dataset(id: $id) { ${DATASET_FIELDS} } }`, { id }, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.dataset;
}

export async function listDatasets(t: TestServer, token: string): Promise<{ id: string; rowCount: number }[]> {
  const res = await t.gql<{ datasets: { id: string; rowCount: number }[] }>('{ datasets { id rowCount } }', {}, token);
  return res.data!.datasets;
}
