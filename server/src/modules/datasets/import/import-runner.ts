import type { DataSource } from 'typeorm';
import { DatasetColumnEntity } from '../dataset-column.entity.js';
import { DatasetEntity } from '../dataset.entity.js';
import { ImportJobEntity, type ImportErrorRecord } from '../import-job.entity.js';
import { CsvImportError, importSummary, importText } from './import-error.js';
import { inferCsvFile, readNormalizedRows, type InferenceResult, type InferredColumn } from './csv-file.js';
import { matchColumns } from './column-matching.js';
import { countCappedDistincts, refreshColumnStats } from './column-stats.js';
import { discardImportedRows, StagingWriter, type StagedRow } from './staging-writer.js';
import { ImportColumnStore, layoutOf, type PublishedRows } from './import-column-store.js';
import { createColumns, reorderForFile, toInferred } from './import-columns.js';
import { publishRows } from './publish-rows.js';

const BATCH_ROWS = 2000;
const MAX_LISTED_ERRORS = 100;

/** Live figures of an import running in this process (the database row lags behind). */
export interface ImportProgress {
  phase: ImportJobEntity['phase'];
  rowsImported: number;
  rowsRejected: number;
}

export interface ImportOutcome {
  succeeded: boolean;
  rowsImported: number;
  rowsRejected: number;
  rowsDuplicate: number;
}

/**
 * One import, in three steps, each of which leaves the dataset untouched until the last:
 * 1. infer the file's layout and column kinds over the whole file (no database);
 * 2. stream normalised rows into `import_staging` in short batches (progress is visible);
 * 3. publish: ONE transaction moves the staged rows into `customer_rows`, updates the
 *    dataset and marks the import succeeded — or nothing happens at all.
 * A crash at any point leaves only staging rows and a RUNNING job, which the next start
 * clears and marks failed.
 */
export async function runImport(dataSource: DataSource, job: ImportJobEntity, path: string, live: ImportProgress): Promise<ImportOutcome> {
  const jobs = dataSource.getRepository(ImportJobEntity);
  let warnings: ImportErrorRecord[] = [];
  const failed = async (message: string, errors: ImportErrorRecord[] = [], errorCount = errors.length): Promise<ImportOutcome> => {
    await discardImportedRows(dataSource, job.id);
    await dataSource.transaction(async (manager) => {
      await manager.getRepository(ImportJobEntity).update(
        { id: job.id },
        {
          status: 'FAILED',
          phase: 'DONE',
          message,
          errors: errors.slice(0, MAX_LISTED_ERRORS),
          errorCount,
          warnings,
          rowsImported: 0,
          rowsRejected: live.rowsRejected,
          finishedAt: new Date(),
        },
      );
      await manager.getRepository(DatasetEntity).update({ id: job.datasetId, status: 'IMPORTING' }, { status: 'FAILED' });
    });
    live.phase = 'DONE';
    live.rowsImported = 0;
    return { succeeded: false, rowsImported: 0, rowsRejected: live.rowsRejected, rowsDuplicate: 0 };
  };
  const options = job.options;

  live.phase = 'INFERRING';
  await jobs.update({ id: job.id }, { phase: 'INFERRING' });
  let inference: InferenceResult;
  try {
    inference = await inferCsvFile(path, {
      delimiter: options.delimiter,
      target: options.target,
      positive: options.positive,
      id: options.id,
    });
  } catch (error) {
    if (error instanceof CsvImportError) return failed(error.message, [toRecord(error.toIssue())]);
    throw error;
  }

  warnings = inference.headerIssues.slice(0, MAX_LISTED_ERRORS).map(toRecord);
  const dataset = await dataSource.getRepository(DatasetEntity).findOneByOrFail({ id: job.datasetId });
  let columns: InferredColumn[] = inference.columns;
  /** For each dataset column (in dataset order), the position of its values in the file. */
  let order: number[] = columns.map((_, i) => i);
  let layout = layoutOf(columns);
  if (!options.createsDataset) {
    const existing = await dataSource
      .getRepository(DatasetColumnEntity)
      .find({ where: { datasetId: dataset.id }, order: { position: 'ASC' } });
    const match = matchColumns(
      existing.map((c) => c.name),
      inference.columns.map((c) => c.name),
    );
    if (!match.ok) return failed(match.message);
    order = match.fileIndexOf;
    // Values are checked against the dataset's columns, not against what this file alone suggests.
    columns = existing.map((column, i) => toInferred(column, inference.columns[order[i]]));
    layout = layoutOf(existing.map((c) => ({ name: c.name, kind: c.kind, dateFormat: c.stats.dateFormat })));
  }
  const idPosition = options.createsDataset
    ? columns.findIndex((c) => c.name === inference.idColumn)
    : columns.findIndex((c) => c.name === dataset.idColumn);

  live.phase = 'LOADING';
  await jobs.update({ id: job.id }, { phase: 'LOADING' });
  // A new dataset with a unique (inferred) identifier or none is loaded straight into
  // customer_rows: it stays invisible until the publish transaction makes it READY, and
  // a failure deletes its rows. Appends (and user-chosen identifiers, which may repeat)
  // go through import_staging.
  const direct = options.createsDataset && !options.id;
  const writer = new StagingWriter(dataSource, job.id, !isEmbedded(dataSource), direct ? dataset.id : undefined);
  const errors: ImportErrorRecord[] = [];
  let errorCount = 0;
  let seq = 0;
  let batch: StagedRow[] = [];
  // The rows are parsed into columns as they load: no consumer re-reads them as text.
  const columnStore = new ImportColumnStore(dataSource, layout, inference.rowCount);
  // One batch is written while the next is read: on a database server the two run on
  // different cores. Never more than one, so memory stays at two batches.
  let writing: Promise<void> | null = null;
  const flush = async (rows: StagedRow[]) => {
    if (writing) await writing;
    const upTo = seq;
    writing = (async () => {
      await writer.write(rows);
      live.rowsImported = upTo;
      await jobs.update({ id: job.id }, { rowsImported: upTo, rowsRejected: live.rowsRejected });
    })();
    // Awaited before the next batch or at the end; until then a failure must not count as unhandled.
    writing.catch(() => undefined);
  };
  try {
    const fileColumns = options.createsDataset ? columns : reorderForFile(columns, order, inference.columns.length);
    for await (const item of readNormalizedRows(path, { ...inference, columns: fileColumns })) {
      if ('error' in item) {
        errorCount++;
        live.rowsRejected++;
        if (errors.length < MAX_LISTED_ERRORS) errors.push(toRecord({ line: item.line, ...item.error }));
        continue;
      }
      const values = options.createsDataset ? item.values : order.map((fileIndex) => item.values[fileIndex]);
      columnStore.append(seq, values);
      batch.push({ seq: seq++, externalId: idPosition >= 0 ? values[idPosition] : null, values });
      if (batch.length >= BATCH_ROWS) {
        await flush(batch);
        batch = [];
      }
    }
    if (writing) await writing;
    await writer.write(batch);
    live.rowsImported = seq;
  } catch (error) {
    if (error instanceof CsvImportError) return failed(error.message, [toRecord(error.toIssue())]);
    throw error;
  } finally {
    // The connection is released only once no batch is still being written on it.
    await (writing as Promise<void> | null)?.catch(() => undefined);
    await writer.close();
  }

  if (errorCount > 0 && options.onInvalid !== 'skip') {
    return failed(importText('import.rowsRejected', { count: errorCount }), errors, errorCount);
  }
  if (seq === 0) return failed(importText('import.noCustomerRows'));

  let published = null as PublishedRows | null;
  const outcome = await dataSource.transaction(async (manager): Promise<ImportOutcome> => {
    // Serialises publishing into one dataset across processes, too (the in-process queue
    // already orders imports of this server).
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [dataset.id]);
    // Only a job still RUNNING publishes: one already failed (its process taken for dead) never does.
    const [row] = (await manager.query('SELECT status FROM import_jobs WHERE id = $1 FOR UPDATE', [job.id])) as { status: string }[];
    if (row?.status !== 'RUNNING') throw new Error('The import was marked failed while it ran; nothing is published.');
    if (options.createsDataset) await createColumns(manager, dataset, inference);
    const idColumn = options.createsDataset ? inference.idColumn : dataset.idColumn;
    const { inserted, duplicates, base, contiguous } = direct
      ? { inserted: seq, duplicates: 0, base: 0, contiguous: true }
      : await publishRows(manager, dataset.id, job.id, Boolean(idColumn), options.onDuplicate === 'replace');
    const rowCount = Number((await manager.query('SELECT count(*)::int AS n FROM customer_rows WHERE dataset_id = $1', [dataset.id]))[0].n);
    // Inference keeps exact distinct counts only up to a cap; past it, PostgreSQL counts them.
    const exactFromFile = options.createsDataset && duplicates === 0 && errorCount === 0;
    if (!exactFromFile) await refreshColumnStats(manager, dataset.id);
    else
      await countCappedDistincts(
        manager,
        dataset.id,
        inference.columns.filter((c) => c.distinctCapped).map((c) => c.name),
      );
    await manager
      .getRepository(DatasetEntity)
      .update({ id: dataset.id }, { rowCount, status: 'READY', version: () => 'version + 1' } as never);
    const [{ version }] = (await manager.query('SELECT version FROM datasets WHERE id = $1', [dataset.id])) as { version: number }[];
    published = { datasetId: dataset.id, version: Number(version), base, contiguous };
    const message = importSummary({ rowsImported: inserted, rowsDuplicate: duplicates, errorCount, rowsSkippedEmpty: inference.emptyRows });
    await manager.getRepository(ImportJobEntity).update(
      { id: job.id },
      {
        status: 'SUCCEEDED',
        phase: 'DONE',
        rowsImported: inserted,
        rowsRejected: errorCount,
        rowsDuplicate: duplicates,
        rowsSkippedEmpty: inference.emptyRows,
        errors: errors.slice(0, MAX_LISTED_ERRORS),
        errorCount,
        warnings,
        message,
        finishedAt: new Date(),
      },
    );
    live.rowsImported = inserted;
    live.phase = 'DONE';
    return { succeeded: true, rowsImported: inserted, rowsRejected: errorCount, rowsDuplicate: duplicates };
  });
  // The rows are published; a store that cannot be saved is only rebuilt later from them.
  if (published) await columnStore.publish(published).catch(() => false);
  return outcome;
}

function toRecord(issue: { line?: number; column?: string; message: string }): ImportErrorRecord {
  return { line: issue.line ?? null, column: issue.column ?? null, message: issue.message };
}

function isEmbedded(dataSource: DataSource): boolean {
  const extra = (dataSource.options as { extra?: { max?: number } }).extra;
  return extra?.max === 1;
}
