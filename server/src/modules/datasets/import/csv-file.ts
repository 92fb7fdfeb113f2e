/**
 * The two streaming passes of an import over a spooled CSV file.
 *
 * `inferCsvFile`: encoding over the whole file (byte scan), delimiter from the first ~1 MB,
 * then pass 1 feeds EVERY row to a ColumnProfiler. `readNormalizedRows`: pass 2 reads the
 * file again and yields each row's normalised values (or why the row is rejected). Both
 * keep memory bounded: one record at a time plus the profiler's capped per-column state.
 */
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import iconv from 'iconv-lite';
import { ColumnProfiler, type ColumnInference } from './column-inference.js';
import type { ColumnProfile } from './column-profile.js';
import { CsvRecordReader, type CsvReaderOptions } from './csv-reader.js';
import { isDelimiter, sniffCsv, type Delimiter, type LineEnding } from './csv-sniffer.js';
import { createDecoder, detectEncoding, type EncodingInfo, type TextEncoding } from './encoding.js';
import { importError, importText, type ImportIssue } from './import-error.js';
import { normalizeValue } from './value-normalizer.js';

export type InferredColumn = ColumnProfile;

export interface InferOptions extends Omit<CsvReaderOptions, 'delimiter'> {
  /** `,` `;` tab or `|`; else sniffed. */
  delimiter?: string;
  /** Target column name, its positive label, and the identifier column (else inferred). */
  target?: string;
  positive?: string;
  id?: string;
  /** Distinct values kept per column / hashes for uniqueness across columns (see ColumnProfiler). */
  maxLevels?: number;
  hashBudget?: number;
  /** Row problems listed in `errors` (all are counted in `rejectedRows`; default 100). */
  maxErrors?: number;
  /** Bytes read to sniff the delimiter (default 1 MiB). */
  sniffBytes?: number;
}

export interface InferenceResult extends ColumnInference {
  columns: InferredColumn[];
  encoding: TextEncoding;
  bom: boolean;
  bytes: number;
  delimiter: Delimiter;
  lineEnding: LineEnding;
  /** Cleaned unique column names (as in `columns`) and the header cells as written. */
  header: string[];
  originalHeader: string[];
  /** Renamed header cells (duplicates, empty, markup). */
  headerIssues: ImportIssue[];
  /** All-empty rows skipped. */
  emptyRows: number;
  /** Rows that cannot be read (wrong number of values, value too long), and the first few. */
  rejectedRows: number;
  errors: ImportIssue[];
}

export type NormalizedRow = { line: number; values: (string | null)[] } | { line: number; error: ImportIssue };

/** Pass 1. Throws CsvImportError when the file as a whole cannot be imported. */
export async function inferCsvFile(path: string, options: InferOptions = {}): Promise<InferenceResult> {
  const maxErrors = options.maxErrors ?? 100;
  const encoding = await detectEncoding(createReadStream(path));
  if (encoding.bytes === 0) throw importError('EMPTY_FILE', 'error.import.empty');
  const sniffed = await sniffFile(path, encoding, options.sniffBytes ?? 1024 * 1024);
  let delimiter = sniffed.delimiter;
  if (options.delimiter !== undefined) {
    if (!isDelimiter(options.delimiter)) throw importError('BAD_OPTION', 'error.import.delimiter');
    delimiter = options.delimiter;
  }
  const reader = await openReader(path, encoding, { ...options, delimiter });
  const profiler = new ColumnProfiler(reader.header.names, {
    target: options.target,
    positive: options.positive,
    idColumn: options.id,
    decimalCommaAllowed: delimiter !== ',',
    maxLevels: options.maxLevels,
    hashBudget: options.hashBudget,
  });
  const errors: ImportIssue[] = [];
  for await (const item of reader.rows()) {
    if ('fields' in item) profiler.addRow(item.fields);
    else if (errors.length < maxErrors) errors.push(item.error);
  }
  if (profiler.rowCount === 0) {
    if (errors.length === 0) throw importError('NO_DATA_ROWS', 'import.noDataRows');
    throw importError('NO_DATA_ROWS', 'import.noReadableRows', { count: reader.stats.rejected, problem: errors[0].message }, errors[0]);
  }
  const inference = profiler.finalize();
  return {
    ...inference,
    encoding: encoding.encoding,
    bom: encoding.bom,
    bytes: encoding.bytes,
    delimiter,
    lineEnding: sniffed.lineEnding,
    header: reader.header.names,
    originalHeader: reader.header.original,
    headerIssues: reader.header.issues,
    emptyRows: reader.stats.emptyRows,
    rejectedRows: reader.stats.rejected,
    errors,
  };
}

/**
 * Pass 2: every data row, values in header order as `normalizeValue` makes them, or the
 * first problem of a row that cannot be stored. `inference.columns[i]` describes file
 * column i (a hole keeps that column's values as text).
 */
export async function* readNormalizedRows(
  path: string,
  inference: Pick<InferenceResult, 'encoding' | 'delimiter' | 'header' | 'columns'>,
  options: Omit<CsvReaderOptions, 'delimiter'> = {},
): AsyncGenerator<NormalizedRow> {
  const reader = await openReader(path, { encoding: inference.encoding }, { ...options, delimiter: inference.delimiter });
  const names = reader.header.names;
  if (names.length !== inference.header.length || names.some((n, i) => n !== inference.header[i])) {
    throw importError('HEADER_CHANGED', 'error.import.changed');
  }
  const columns = inference.columns;
  const width = names.length;
  for await (const item of reader.rows()) {
    if (!('fields' in item)) {
      yield { line: item.line, error: item.error };
      continue;
    }
    const values = new Array<string | null>(width);
    let problem: ImportIssue | null = null;
    for (let c = 0; c < width; c++) {
      const column = columns[c];
      if (!column) {
        const text = item.fields[c].trim();
        values[c] = text === '' ? null : text;
        continue;
      }
      const result = normalizeValue(item.fields[c], column);
      if (!result.ok) {
        problem = {
          line: item.line,
          column: column.name,
          message: importText(result.problem.key, { ...result.problem.params, line: item.line }),
        };
        break;
      }
      values[c] = result.value;
    }
    yield problem ? { line: item.line, error: problem } : { line: item.line, values };
  }
}

/**
 * A spooled CSV file opened for one streaming read with the importer's rules (encoding over
 * the whole file, delimiter given or sniffed, the reader's size limits), without pass 1's
 * column profiling: for files read against columns already known (scoring a list).
 * Throws CsvImportError when the file cannot be read at all.
 */
export async function openCsvFile(
  path: string,
  options: Omit<InferOptions, 'target' | 'positive' | 'id' | 'maxLevels' | 'hashBudget' | 'maxErrors'> = {},
): Promise<{ reader: CsvRecordReader; encoding: TextEncoding; delimiter: Delimiter }> {
  const encoding = await detectEncoding(createReadStream(path));
  if (encoding.bytes === 0) throw importError('EMPTY_FILE', 'error.import.empty');
  let delimiter = (await sniffFile(path, encoding, options.sniffBytes ?? 1024 * 1024)).delimiter;
  if (options.delimiter !== undefined) {
    if (!isDelimiter(options.delimiter)) throw importError('BAD_OPTION', 'error.import.delimiter');
    delimiter = options.delimiter;
  }
  const reader = await openReader(path, encoding, { ...options, delimiter });
  return { reader, encoding: encoding.encoding, delimiter };
}

function openReader(path: string, encoding: Pick<EncodingInfo, 'encoding'>, options: CsvReaderOptions): Promise<CsvRecordReader> {
  const decoder = createDecoder(encoding);
  pipeline(createReadStream(path), decoder, () => undefined);
  return CsvRecordReader.open(decoder, options);
}

async function sniffFile(path: string, encoding: EncodingInfo, bytes: number) {
  const chunks: Buffer[] = [];
  for await (const chunk of createReadStream(path, { start: 0, end: bytes - 1 })) chunks.push(chunk as Buffer);
  let head = Buffer.concat(chunks);
  if (encoding.bom) head = head.subarray(3);
  const text = encoding.encoding === 'windows-1252' ? iconv.decode(head, 'win1252') : head.toString('utf8');
  return sniffCsv(text, { truncated: encoding.bytes > bytes });
}
