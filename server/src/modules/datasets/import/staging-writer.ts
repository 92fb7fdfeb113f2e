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

  /**
   * `datasetId` set: rows go straight into customer_rows of a NEW dataset that nobody can see
   * yet (status IMPORTING); publishing then only makes the dataset visible. Otherwise they go
   * to import_staging, to be published into an existing dataset in one transaction.
   */
  constructor(
    private readonly dataSource: DataSource,
    private readonly importId: string,
    private readonly useCopy: boolean,
    private readonly datasetId?: string,
  ) {}

  private get target(): string {
    return this.datasetId
      ? 'customer_rows (dataset_id, import_id, row_number, external_id, "values")'
      : 'import_staging (import_id, seq, external_id, "values")';
  }

  /** customer_rows numbers rows from 1; staging keeps the file's 0-based sequence. */
  private rowKey(seq: number): number {
    return this.datasetId ? seq + 1 : seq;
  }

  async write(rows: StagedRow[]): Promise<void> {
    if (rows.length === 0) return;
    if (this.useCopy) return this.copy(rows);
    const params: unknown[] = this.datasetId ? [this.datasetId, this.importId] : [this.importId];
    const fixed = this.datasetId ? '$1, $2' : '$1';
    const tuples = rows.map((row) => {
      params.push(this.rowKey(row.seq), row.externalId, JSON.stringify(row.values));
      const n = params.length;
      return `(${fixed}, $${n - 2}, $${n - 1}, $${n}::jsonb)`;
    });
    await this.dataSource.query(`INSERT INTO ${this.target} VALUES ${tuples.join(', ')}`, params);
  }

  private async copy(rows: StagedRow[]): Promise<void> {
    this.runner ??= this.dataSource.createQueryRunner();
    const client = (await this.runner.connect()) as PoolClient;
    const stream = client.query(copyFrom(`COPY ${this.target} FROM STDIN`));
    const prefix = this.datasetId ? `${this.datasetId}\t${this.importId}` : this.importId;
    const done = new Promise<void>((resolve, reject) => {
      stream.on('finish', resolve);
      stream.on('error', reject);
    });
    // A lost connection rejects `done` while a write may be waiting for 'drain' (which then
    // never comes): marked handled here, and every wait below races it.
    done.catch(() => undefined);
    let chunk = '';
    for (const row of rows) {
      chunk += `${prefix}\t${this.rowKey(row.seq)}\t${row.externalId === null ? '\\N' : copyField(row.externalId)}\t${copyJson(JSON.stringify(row.values))}\n`;
      if (chunk.length > 1 << 16) {
        if (!stream.write(chunk)) await Promise.race([new Promise((r) => stream.once('drain', r)), done]);
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

/** Rows an unfinished import wrote straight into customer_rows (a new dataset's), removed. */
export async function discardImportedRows(dataSource: DataSource, importId: string): Promise<void> {
  await dataSource.query(
    `DELETE FROM customer_rows c USING datasets d WHERE c.import_id = $1 AND d.id = c.dataset_id AND d.status <> 'READY'`,
    [importId],
  );
}
