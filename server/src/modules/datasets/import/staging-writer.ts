import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource, QueryRunner } from 'typeorm';

export interface StagedRow {
  seq: number;
  externalId: string | null;
  values: (string | null)[];
}

/** COPY text format: backslash, tab, newline and carriage return must be escaped. */
function copyField(value: string): string {
  if (!/[\\\t\n\r]/.test(value)) return value;
  return value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/** JSON text never holds a raw tab, newline or carriage return (they are escaped), only backslashes. */
function copyJson(json: string): string {
  return json.indexOf('\\') < 0 ? json : json.replace(/\\/g, '\\\\');
}

/**
 * Writes an import's rows into `import_staging` in batches, each batch its own short
 * statement: PostgreSQL `COPY ... FROM STDIN` through pg-copy-streams where the
 * connection allows it, a multi-row INSERT otherwise (PGlite's wire server does not
 * speak the COPY sub-protocol).
 */
export class StagingWriter {
  private runner: QueryRunner | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly importId: string,
    private readonly useCopy: boolean,
  ) {}

  async write(rows: StagedRow[]): Promise<void> {
    if (rows.length === 0) return;
    if (this.useCopy) return this.copy(rows);
    const params: unknown[] = [this.importId];
    const tuples = rows.map((row) => {
      params.push(row.seq, row.externalId, JSON.stringify(row.values));
      const n = params.length;
      return `($1, $${n - 2}, $${n - 1}, $${n}::jsonb)`;
    });
    await this.dataSource.query(`INSERT INTO import_staging (import_id, seq, external_id, "values") VALUES ${tuples.join(', ')}`, params);
  }

  private async copy(rows: StagedRow[]): Promise<void> {
    this.runner ??= this.dataSource.createQueryRunner();
    const client = (await this.runner.connect()) as PoolClient;
    const stream = client.query(copyFrom('COPY import_staging (import_id, seq, external_id, "values") FROM STDIN'));
    const done = new Promise<void>((resolve, reject) => {
      stream.on('finish', resolve);
      stream.on('error', reject);
    });
    let chunk = '';
    for (const row of rows) {
      chunk += `${this.importId}\t${row.seq}\t${row.externalId === null ? '\\N' : copyField(row.externalId)}\t${copyJson(JSON.stringify(row.values))}\n`;
      if (chunk.length > 1 << 16) {
        if (!stream.write(chunk)) await new Promise((r) => stream.once('drain', r));
        chunk = '';
      }
    }
    stream.end(chunk);
    await done;
  }

  async close(): Promise<void> {
    await this.runner?.release();
    this.runner = undefined;
  }
}

export async function clearStaging(dataSource: DataSource, importId?: string): Promise<void> {
  if (importId) await dataSource.query('DELETE FROM import_staging WHERE import_id = $1', [importId]);
  else await dataSource.query('TRUNCATE import_staging');
}
