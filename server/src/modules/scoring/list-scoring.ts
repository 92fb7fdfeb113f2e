/**
 * Scoring one uploaded list, in two streaming passes over the spooled file (never the whole
 * file in memory; one probability per row is kept, 8 bytes each):
 * 1. read every row with the importer's reader and rules, match the columns, put each value
 *    in the dataset's terms and predict: the probabilities give every row its rank and decile;
 * 2. read the file again and, batch by batch, explain each row (its three strongest reasons
 *    in words), match it against the featured target group and place it in the latest
 *    segmentation, and hand the finished rows to `write`.
 * Free of the database: the service stores what `write` gets and the outcome.
 */
import { CsvImportError, formatCount } from '../datasets/import/import-error.js';
import { openCsvFile } from '../datasets/import/csv-file.js';
import type { CsvItem } from '../datasets/import/csv-reader.js';
import type { ImportErrorRecord } from '../datasets/import-job.entity.js';
import type { Prepared } from '../customers/customer.service.js';
import { valuesToTableBy } from '../customers/customer-table.js';
import type { ColumnSpec } from '../training/pipeline/build-feature-table.js';
import { assignCustomers } from '../segments/segment-assign.js';
import type { SegmentationModel } from '../segments/segment-customers.types.js';
import { segmentationTable, targetGroupMask, type TargetGroupSpec } from '../segments/segment-data.js';
import { matchListColumns, type ListColumnInfo } from './list-columns.js';
import { listExplainer, type ListExplainer } from './list-explainer.js';
import { decileOf, gainsOf, ranksOf, type GainPoint } from './list-ranking.js';
import { listReasons, type ListReasons, type ReasonContext } from './list-reasons.js';
import { listRowValues, ReplacedValues, type ListValueColumn } from './list-values.js';
import type { ScoredRow } from './scored-rows.js';
import type { ReplacedValuesRecord } from './scoring.entity.js';

const PREDICT_BATCH = 2000;
/** Rows explained at once: split over the worker threads (list-explainer.ts), about a second of work each. */
const EXPLAIN_BATCH = 2000;
const MAX_LISTED_ERRORS = 100;

export interface ListScoringInputs {
  /** The dataset's columns, in dataset order. */
  columns: (ListValueColumn & ListColumnInfo)[];
  specs: ColumnSpec[];
  target: string | null;
  identifier: string | null;
  /** The model, its explainer and feature context (CustomerService.explainerFor). */
  prepared: Pick<Prepared, 'model' | 'explainer' | 'context' | 'background'>;
  reasons: ReasonContext;
  targetGroup: TargetGroupSpec | null;
  segmentation: { model: SegmentationModel; names: ReadonlyMap<number, string> } | null;
}

export interface ListScoringOutcome {
  rowsScored: number;
  rowsRejected: number;
  errors: ImportErrorRecord[];
  ignoredColumns: string[];
  replaced: ReplacedValuesRecord[];
  gains: GainPoint[];
  identifier: string | null;
}

/** A list that cannot be scored, with the reason in words (nothing is kept). */
export class ListScoringError extends Error {
  constructor(
    message: string,
    readonly errors: ImportErrorRecord[] = [],
  ) {
    super(message);
    this.name = 'ListScoringError';
  }
}

export interface ListScoringHooks {
  /** READING: fraction of the first pass (bytes are not known, so rows read); SCORING: rows done / rows. */
  progress(phase: 'READING' | 'SCORING', done: number, total: number | null): Promise<void> | void;
  write(rows: ScoredRow[]): Promise<void>;
  signal?: AbortSignal;
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function scoreList(
  path: string,
  options: { delimiter?: string },
  inputs: ListScoringInputs,
  hooks: ListScoringHooks,
): Promise<ListScoringOutcome> {
  const featureColumn = featurePositions(inputs);
  const required = new Set(inputs.prepared.context.features.map((f) => f.name));
  const roles = { target: inputs.target, identifier: inputs.identifier };

  // Pass 1: columns, values, probabilities.
  const first = await open(path, options);
  const match = matchListColumns(first.header.names, inputs.columns, required, roles);
  if (!match.ok) {
    await close(first.rows);
    throw new ListScoringError(match.message, [{ line: 1, column: match.missing[0] ?? null, message: match.message }]);
  }
  const plan = match.plan;
  const replaced = new ReplacedValues(inputs.columns);
  const errors: ImportErrorRecord[] = [];
  let rejected = 0;
  const parts: Float64Array[] = [];
  let batch: (string | null)[][] = [];
  let read = 0;
  const predict = () => {
    if (batch.length === 0) return;
    parts.push(Float64Array.from(inputs.prepared.model.predictProba(featureTable(inputs, featureColumn, batch))));
    batch = [];
  };
  await readItems(first.rows, async (item) => {
    if (!('fields' in item)) {
      rejected++;
      if (errors.length < MAX_LISTED_ERRORS)
        errors.push({ line: item.line, column: item.error.column ?? null, message: item.error.message });
      return;
    }
    batch.push(listRowValues(item.fields, inputs.columns, plan.filePosition, replaced));
    if (batch.length >= PREDICT_BATCH) {
      predict();
      read += PREDICT_BATCH;
      if (hooks.signal?.aborted) throw new ListScoringError('The scoring was stopped.');
      await hooks.progress('READING', read, null);
      await turn();
    }
  });
  predict();
  const probabilities = concat(parts);
  const n = probabilities.length;
  if (n === 0) {
    const why =
      rejected > 0
        ? ` None of its ${formatCount(rejected)} rows could be read; the first problem: ${errors[0].message}`
        : ' Add the customers below the header line and upload the list again.';
    throw new ListScoringError(`The list has column names but no customers to score.${why}`, errors);
  }
  const rank = ranksOf(probabilities);
  const gains = gainsOf(probabilities, rank);
  await hooks.progress('SCORING', 0, n);

  // Pass 2: reasons, target group, segment; rows written in file order. While the worker
  // threads explain one batch, this thread reads the next; at most two batches are in hand.
  const explainer = listExplainer(inputs.prepared);
  const words = listReasons(inputs.reasons);
  const second = await open(path, options);
  let ordinal = 0;
  let pending: PendingRow[] = [];
  let previous: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    const done = ordinal;
    const scored = scoreBatch(inputs, explainer, words, featureColumn, batch, done - batch.length, probabilities, rank, n, hooks.signal);
    scored.catch(() => undefined);
    const before = previous;
    previous = (async () => {
      await before;
      await hooks.write(await scored);
      await hooks.progress('SCORING', done, n);
    })();
    previous.catch(() => undefined);
    await before;
  };
  try {
    await readItems(second.rows, async (item) => {
      if (!('fields' in item)) return;
      if (ordinal >= n) throw new ListScoringError('The file changed while it was being scored. Upload it again.');
      const values = listRowValues(item.fields, inputs.columns, plan.filePosition);
      const key = plan.idPosition >= 0 ? item.fields[plan.idPosition].trim() : String(item.line);
      pending.push({ line: item.line, key, values });
      ordinal++;
      if (pending.length >= EXPLAIN_BATCH) {
        if (hooks.signal?.aborted) throw new ListScoringError('The scoring was stopped.');
        await flush();
      }
    });
    await flush();
    await previous;
  } catch (error) {
    // Nothing may be written after the caller removes what was written.
    await previous.catch(() => undefined);
    throw error;
  }
  if (ordinal !== n) throw new ListScoringError('The file changed while it was being scored. Upload it again.');
  return {
    rowsScored: n,
    rowsRejected: rejected,
    errors,
    ignoredColumns: plan.ignored,
    replaced: replaced.records(),
    gains,
    identifier: plan.idPosition >= 0 ? first.header.names[plan.idPosition] : null,
  };
}

interface PendingRow {
  line: number;
  key: string;
  values: (string | null)[];
}

async function scoreBatch(
  inputs: ListScoringInputs,
  explainer: ListExplainer,
  words: ListReasons,
  featureColumn: number[],
  batch: PendingRow[],
  firstOrdinal: number,
  probabilities: Float64Array,
  rank: Int32Array,
  n: number,
  signal?: AbortSignal,
): Promise<ScoredRow[]> {
  const rows = batch.map((r) => r.values);
  const explained = await explainer.explain(featureTable(inputs, featureColumn, rows), signal);
  const { width, phi, output, scale } = explained;
  const reasons = rows.map((row, k) =>
    words({ scale, output: output[k], phi: phi.subarray(k * width, (k + 1) * width) }, (j) => row[featureColumn[j]] ?? null),
  );
  const inGroup = inputs.targetGroup ? targetGroupMask(inputs.targetGroup, rows) : null;
  const segments = inputs.segmentation
    ? assignCustomers(inputs.segmentation.model, segmentationTable(inputs.specs, rows, inputs.target))
    : null;
  return batch.map((r, k) => {
    const ordinal = firstOrdinal + k;
    return {
      ordinal,
      line: r.line,
      key: r.key,
      probability: probabilities[ordinal],
      rank: rank[ordinal],
      decile: decileOf(rank[ordinal], n),
      reasons: reasons[k],
      inTargetGroup: inGroup ? inGroup[k] === 1 : false,
      segment: segments ? (inputs.segmentation!.names.get(segments[k]) ?? '') : '',
    };
  });
}

/** For each model feature (explainer order), its dataset column. */
function featurePositions(inputs: ListScoringInputs): number[] {
  return inputs.prepared.explainer.features.map((name) => {
    const c = inputs.columns.findIndex((column) => column.name === name);
    if (c < 0) throw new ListScoringError(`The model uses the column "${name}", which the dataset no longer has. Retrain the model.`);
    return c;
  });
}

/** The rows as the model's table (valuesToTable's rules, without a map per row). */
function featureTable(inputs: ListScoringInputs, featureColumn: number[], rows: (string | null)[][]) {
  const { context, explainer } = inputs.prepared;
  // Per table feature, its dataset column (-1: not a feature the explainer names, so missing).
  const column = context.features.map((feature) => {
    const j = explainer.features.indexOf(feature.name);
    return j < 0 ? -1 : featureColumn[j];
  });
  return valuesToTableBy(context, rows.length, (i, f) => (column[f] < 0 ? undefined : rows[i][column[f]]));
}

async function open(path: string, options: { delimiter?: string }) {
  try {
    const { reader } = await openCsvFile(path, { delimiter: options.delimiter });
    return { header: reader.header, rows: reader.rows() };
  } catch (error) {
    throw asListError(error);
  }
}

async function readItems(rows: AsyncGenerator<CsvItem>, each: (item: CsvItem) => Promise<void>): Promise<void> {
  try {
    for await (const item of rows) await each(item);
  } catch (error) {
    throw asListError(error);
  }
}

/** Ends a reader that will not be read (closes the file). */
async function close(rows: AsyncGenerator<CsvItem>): Promise<void> {
  await rows.next().catch(() => undefined);
  await rows.return(undefined).catch(() => undefined);
}

function asListError(error: unknown): unknown {
  if (error instanceof CsvImportError) {
    const issue = error.toIssue();
    const message =
      error.code === 'EMPTY_FILE'
        ? 'The list is empty: it has no column names and no customers. Choose a CSV file with a header line and at least one customer.'
        : error.message;
    return new ListScoringError(message, [{ line: issue.line ?? null, column: issue.column ?? null, message }]);
  }
  return error;
}

function concat(parts: Float64Array[]): Float64Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Float64Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
