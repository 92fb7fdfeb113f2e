/** Segmentation helpers for integration tests: run and poll, membership export, an independent recount. */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse } from 'csv-parse/sync';
import type { TestServer } from './test-server.js';

export const SEGMENTATION_FIELDS = `id datasetId status progress error algorithm featureSet features k silhouette noiseCustomers createdAt finishedAt
  eps minPts choiceReason warnings rfmGrid { recency frequency customers segment name }
  kChoice { k silhouette inertia smallestShare leftOut } explainedVariance projection { x y segment }
  overallCampaigns { column label responded total rate }
  segments { index name description size share meanPredicted targetGroupCustomers targetGroupShare brief briefEdited campaigns { column label responded total rate }
    distinctive { feature label kind mean overallMean level share overallShare standardisedDifference text direction } profile { feature kind mean } }`;

export interface SegmentationView {
  id: string;
  status: string;
  progress: number;
  error: string | null;
  featureSet: string;
  features: string[];
  k: number | null;
  noiseCustomers: number;
  eps: number | null;
  minPts: number | null;
  choiceReason: string | null;
  warnings: string[];
  rfmGrid: { recency: number; frequency: number; customers: number; segment: number; name: string }[];
  kChoice: { k: number; silhouette: number; inertia: number }[];
  projection: { x: number; y: number; segment: number }[];
  overallCampaigns: { column: string; responded: number; total: number; rate: number }[];
  segments: {
    index: number;
    name: string;
    description: string;
    size: number;
    share: number;
    meanPredicted: number | null;
    targetGroupCustomers: number | null;
    targetGroupShare: number | null;
    brief: string;
    briefEdited: boolean;
    campaigns: { column: string; label: string; responded: number; total: number; rate: number }[];
    distinctive: { feature: string; standardisedDifference: number | null }[];
    profile: { feature: string; kind: string; mean: number | null }[];
  }[];
}

export async function startSegmentation(t: TestServer, token: string, datasetId: string, input: Record<string, unknown> | null = null) {
  return t.gql<{ segmentCustomers: SegmentationView }>(
    `mutation($d: ID!, $i: SegmentationInput) { segmentCustomers(datasetId: $d, input: $i) { ${SEGMENTATION_FIELDS} } }`,
    { d: datasetId, i: input },
    token,
  );
}

/** Polls segmentation(id) until it has finished; returns the progress values seen on the way. */
export async function waitForSegmentation(
  t: TestServer,
  token: string,
  id: string,
  timeoutMs = 120_000,
): Promise<SegmentationView & { seen: number[] }> {
  const started = Date.now();
  const seen: number[] = [];
  for (;;) {
    const res = await t.gql<{ segmentation: SegmentationView }>(
      `query($id: ID!) { segmentation(id: $id) { ${SEGMENTATION_FIELDS} } }`,
      { id },
      token,
    );
    const s = res.data?.segmentation;
    if (!s) throw new Error(JSON.stringify(res));
    seen.push(s.progress);
    if (s.status === 'SUCCEEDED' || s.status === 'FAILED') return { ...s, seen };
    if (Date.now() - started > timeoutMs) throw new Error(`segmentation still ${s.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

export async function runSegmentation(t: TestServer, token: string, datasetId: string, input: Record<string, unknown> | null = null) {
  const started = await startSegmentation(t, token, datasetId, input);
  if (!started.data) throw new Error(JSON.stringify(started.errors));
  return waitForSegmentation(t, token, started.data.segmentCustomers.id);
}

export async function membersCsv(t: TestServer, token: string, id: string): Promise<string[][]> {
  const res = await fetch(`${t.url}/api/segmentations/${id}/members.csv`, { headers: { authorization: `Bearer ${token}` } });
  if (res.status !== 200) throw new Error(`members.csv answered ${res.status}: ${await res.text()}`);
  return parse(await res.text(), { skip_empty_lines: true });
}

export function readCsvRecords(file: string): Record<string, string>[] {
  const records: Record<string, string>[] = parse(readFileSync(file, 'utf8'), {
    columns: (h: string[]) => h.map((x) => x.trim()),
    skip_empty_lines: true,
  });
  return records.filter((r) => Object.values(r).some((v) => v.trim() !== ''));
}

/**
 * Per segment and campaign column: customers with a value and those with "1", counted from
 * the raw file's rows joined to the exported membership by identifier.
 */
export function recountHeatmap(records: Record<string, string>[], idColumn: string, members: string[][], columns: string[]) {
  const byId = new Map(records.map((r) => [r[idColumn].trim(), r]));
  const counts = new Map<number, Map<string, { responded: number; total: number }>>();
  for (const [id, segment] of members.slice(1)) {
    const row = byId.get(id);
    if (!row) throw new Error(`exported customer ${id} is not in the file`);
    const s = Number(segment);
    if (!counts.has(s)) counts.set(s, new Map(columns.map((c) => [c, { responded: 0, total: 0 }])));
    for (const c of columns) {
      const v = row[c]?.trim() ?? '';
      if (v === '' || /^(na|n\/a|null|\?)$/i.test(v)) continue;
      const cell = counts.get(s)!.get(c)!;
      cell.total++;
      if (v === '1') cell.responded++;
    }
  }
  return counts;
}

export interface GroupCondition {
  feature: string;
  kind: string;
  min: number | null;
  max: number | null;
  levels: string[] | null;
}

const MISSING = /^(|na|n\/a|null|\?)$/i;

/** Days since 1970 of a file's dates; day-first when some first part exceeds 12, else month-first. */
function dateReader(records: Record<string, string>[], column: string): (text: string) => number {
  const parts = (t: string) => t.trim().split(/[-/.]/).map(Number);
  const dayFirst = records.some((r) => !MISSING.test(r[column]?.trim() ?? '') && parts(r[column])[0] <= 31 && parts(r[column])[0] > 12);
  return (text) => {
    const p = parts(text);
    if (p[0] > 31) return Date.UTC(p[0], p[1] - 1, p[2]) / 86_400_000;
    const [month, day] = dayFirst ? [p[1], p[0]] : [p[0], p[1]];
    return Date.UTC(p[2], month - 1, day) / 86_400_000;
  };
}

/**
 * Per segment, the customers of the raw file (joined to the exported membership) that satisfy
 * every condition of a target group: numbers and dates within the bounds, text among the
 * levels; a blank cell satisfies no condition.
 */
export function recountTargetGroup(records: Record<string, string>[], idColumn: string, members: string[][], conditions: GroupCondition[]) {
  const byId = new Map(records.map((r) => [r[idColumn].trim(), r]));
  const dates = new Map(conditions.filter((c) => c.kind === 'DATE').map((c) => [c.feature, dateReader(records, c.feature)]));
  const satisfies = (row: Record<string, string>, c: GroupCondition) => {
    const raw = row[c.feature]?.trim() ?? '';
    if (MISSING.test(raw)) return false;
    if (c.levels) return c.levels.includes(raw);
    const value = c.kind === 'DATE' ? dates.get(c.feature)!(raw) : Number(raw);
    return (c.min === null || value >= c.min) && (c.max === null || value <= c.max);
  };
  const counts = new Map<number, number>();
  for (const [id, segment] of members.slice(1)) {
    const row = byId.get(id);
    if (!row) throw new Error(`exported customer ${id} is not in the file`);
    const s = Number(segment);
    counts.set(s, (counts.get(s) ?? 0) + (conditions.every((c) => satisfies(row, c)) ? 1 : 0));
  }
  return counts;
}

/** A stand-in for an OpenAI-compatible /chat/completions endpoint on 127.0.0.1. */
export async function fakeLlmServer(answer: (body: { model: string; messages: { role: string; content: string }[] }) => string) {
  const requests: {
    path: string;
    authorization: string | undefined;
    body: { model: string; messages: { role: string; content: string }[] };
  }[] = [];
  const read = async (req: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  };
  const server = createServer(async (req, res) => {
    const body = await read(req);
    requests.push({ path: req.url ?? '', authorization: req.headers.authorization, body });
    res.setHeader('content-type', 'application/json');
    res.end(
      JSON.stringify({
        id: 'fake',
        object: 'chat.completion',
        choices: [{ index: 0, message: { role: 'assistant', content: answer(body) } }],
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/v1`, requests, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
