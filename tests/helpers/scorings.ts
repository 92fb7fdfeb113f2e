/** Scored lists through the contract: POST a list, poll scoring(id), read rows and the CSV. */
import { DEMO_COLUMNS, demoCsvHeader, demoCsvLine, generateDemoRows } from '../../seeds/demo-dataset.js';
import type { TestServer } from './test-server.js';

export const SCORING_FIELDS = `id modelId status error rowsScored rowsRejected errors { line column message }
  fileName phase progress ignoredColumns replacedValues { column label wrongKind unseen examples }
  gains { percent customers expectedResponders } identifier targetGroup segmentationId modelLabel modelVersion retrainedNote createdBy`;

export interface ScoringView {
  id: string;
  modelId: string;
  status: string;
  error: string | null;
  rowsScored: number;
  rowsRejected: number;
  errors: { line: number | null; column: string | null; message: string }[];
  fileName: string | null;
  phase: string;
  progress: number;
  ignoredColumns: string[];
  replacedValues: { column: string; label: string; wrongKind: number; unseen: number; examples: string[] }[];
  gains: { percent: number; customers: number; expectedResponders: number }[];
  identifier: string | null;
  targetGroup: string | null;
  segmentationId: string | null;
  modelLabel: string;
  modelVersion: number | null;
  retrainedNote: string | null;
  createdBy: string | null;
}

export async function postList(
  t: TestServer,
  token: string,
  modelId: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: { scoringId?: string; error?: { code: string; message: string } } }> {
  const res = await fetch(`${t.url}/api/models/${modelId}/scorings`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}`, ...headers },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  return { status: res.status, body: (await res.json()) as { scoringId?: string } };
}

export async function waitForScoring(t: TestServer, token: string, id: string, timeoutMs = 300_000): Promise<ScoringView> {
  const started = Date.now();
  for (;;) {
    const res = await t.gql<{ scoring: ScoringView | null }>(`query($id: ID!) { scoring(id: $id) { ${SCORING_FIELDS} } }`, { id }, token);
    const scoring = res.data?.scoring;
    if (!scoring) throw new Error(JSON.stringify(res));
    if (scoring.status === 'SUCCEEDED' || scoring.status === 'FAILED') return scoring;
    if (Date.now() - started > timeoutMs) throw new Error(`scoring still ${scoring.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** POSTs and waits; throws when the upload is refused. */
export async function scoreList(
  t: TestServer,
  token: string,
  modelId: string,
  body: string | Buffer,
  headers?: Record<string, string>,
  timeoutMs?: number,
) {
  const posted = await postList(t, token, modelId, body, headers);
  if (posted.status !== 202 || !posted.body.scoringId) throw new Error(`upload refused: ${posted.status} ${JSON.stringify(posted.body)}`);
  return waitForScoring(t, token, posted.body.scoringId, timeoutMs);
}

export async function scoresCsv(t: TestServer, token: string, id: string, query = ''): Promise<{ status: number; text: string }> {
  const res = await fetch(`${t.url}/api/scorings/${id}/scores.csv${query}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, text: await res.text() };
}

/** The demo CSV without the Response column (the list a team prepares before the campaign). */
export function demoList(rows: number, seed: number, edit?: (cells: string[], i: number) => string[]): string {
  const drop = DEMO_COLUMNS.indexOf('Response');
  const lines = [
    demoCsvHeader()
      .split(',')
      .filter((_, c) => c !== drop),
  ];
  generateDemoRows(rows, seed).forEach((row, i) => {
    const cells = demoCsvLine(row)
      .split(',')
      .filter((_, c) => c !== drop);
    lines.push(edit ? edit(cells, i) : cells);
  });
  return lines.map((l) => l.join(',')).join('\n') + '\n';
}

/** The scored file's cells (CRLF lines; quoted cells may hold commas and doubled quotes). */
export function parseCsv(text: string): string[][] {
  return text
    .trim()
    .split('\r\n')
    .map((line) => {
      const cells: string[] = [];
      let cell = '';
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (quoted && ch === '"' && line[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (ch === '"') quoted = !quoted;
        else if (ch === ',' && !quoted) {
          cells.push(cell);
          cell = '';
        } else cell += ch;
      }
      cells.push(cell);
      return cells;
    });
}
