/**
 * A scoring's rows in `scoring_rows`: written in batches while the job runs (one statement
 * each, arrays unnested, so the same SQL serves PostgreSQL and the embedded database), read
 * only once the scoring has SUCCEEDED, removed with the scoring or when it fails.
 */
import type { DataSource } from 'typeorm';

export interface ScoredRow {
  ordinal: number;
  line: number;
  key: string;
  probability: number;
  rank: number;
  decile: number;
  reasons: string[];
  inTargetGroup: boolean;
  segment: string;
}

export async function writeScoredRows(dataSource: DataSource, scoringId: string, rows: readonly ScoredRow[]): Promise<void> {
  if (rows.length === 0) return;
  const column = <T>(pick: (row: ScoredRow) => T) => rows.map(pick);
  await dataSource.query(
    `INSERT INTO scoring_rows (scoring_id, ordinal, line, key, probability, rank, decile, reason_1, reason_2, reason_3, in_target_group, segment)
     SELECT $1, * FROM unnest($2::int[], $3::int[], $4::text[], $5::float8[], $6::int[], $7::int2[], $8::text[], $9::text[], $10::text[], $11::bool[], $12::text[])`,
    [
      scoringId,
      column((r) => r.ordinal),
      column((r) => r.line),
      column((r) => r.key),
      column((r) => r.probability),
      column((r) => r.rank),
      column((r) => r.decile),
      column((r) => r.reasons[0] ?? ''),
      column((r) => r.reasons[1] ?? ''),
      column((r) => r.reasons[2] ?? ''),
      column((r) => r.inTargetGroup),
      column((r) => r.segment),
    ],
  );
}

export async function deleteScoredRows(dataSource: DataSource, scoringId: string): Promise<void> {
  await dataSource.query('DELETE FROM scoring_rows WHERE scoring_id = $1', [scoringId]);
}

interface RowRecord {
  ordinal: number;
  line: number;
  key: string;
  probability: number;
  rank: number;
  decile: number;
  reason_1: string;
  reason_2: string;
  reason_3: string;
  in_target_group: boolean;
  segment: string;
}

const toScoredRow = (r: RowRecord): ScoredRow => ({
  ordinal: r.ordinal,
  line: r.line,
  key: r.key,
  probability: r.probability,
  rank: r.rank,
  decile: r.decile,
  reasons: [r.reason_1, r.reason_2, r.reason_3],
  inTargetGroup: r.in_target_group,
  segment: r.segment,
});

const PAGE = 5000;

/** Every row in file order (keyset pages), or only those ranked above `maxRank` (the top k %). */
export async function* scoredRowsInFileOrder(
  dataSource: DataSource,
  scoringId: string,
  options: { maxRank?: number } = {},
): AsyncGenerator<ScoredRow[]> {
  let last = -1;
  const maxRank = options.maxRank ?? 2 ** 31 - 1;
  for (;;) {
    const page: RowRecord[] = await dataSource.query(
      `SELECT * FROM scoring_rows WHERE scoring_id = $1 AND ordinal > $2 AND rank < $3 ORDER BY ordinal LIMIT ${PAGE}`,
      [scoringId, last, maxRank],
    );
    if (page.length > 0) yield page.map(toScoredRow);
    if (page.length < PAGE) return;
    last = page[page.length - 1].ordinal;
  }
}

export type ScoredRowSort = 'PROBABILITY' | 'FILE_ORDER' | 'KEY';

/** One page of the page's table: filtered by decile and a search over key, reasons and segment. */
export async function scoredRowsPage(
  dataSource: DataSource,
  scoringId: string,
  query: { decile?: number | null; search?: string | null; sort: ScoredRowSort; descending: boolean; offset: number; limit: number },
): Promise<{ total: number; rows: ScoredRow[] }> {
  const where = ['scoring_id = $1'];
  const params: unknown[] = [scoringId];
  if (query.decile) {
    params.push(query.decile);
    where.push(`decile = $${params.length}`);
  }
  const search = query.search?.trim();
  if (search) {
    params.push(`%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    const p = `$${params.length}`;
    where.push(`(key ILIKE ${p} OR reason_1 ILIKE ${p} OR reason_2 ILIKE ${p} OR reason_3 ILIKE ${p} OR segment ILIKE ${p})`);
  }
  const direction = query.descending ? 'DESC' : 'ASC';
  // Rank 0 is the highest probability: "highest first" is ascending rank.
  const order =
    query.sort === 'KEY'
      ? `key ${direction}, ordinal`
      : query.sort === 'FILE_ORDER'
        ? `ordinal ${direction}`
        : `rank ${query.descending ? 'ASC' : 'DESC'}`;
  const [{ total }] = (await dataSource.query(`SELECT count(*)::int AS total FROM scoring_rows WHERE ${where.join(' AND ')}`, params)) as {
    total: number;
  }[];
  const rows: RowRecord[] = await dataSource.query(
    `SELECT * FROM scoring_rows WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ${query.limit} OFFSET ${query.offset}`,
    params,
  );
  return { total, rows: rows.map(toScoredRow) };
}
