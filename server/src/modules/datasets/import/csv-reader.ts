/**
 * Streaming record reader over csv-parse. Structural problems of ONE row (wrong number of
 * values, a value over the size limit) reject that row and reading goes on; problems that
 * make the rest of the file unreadable (an unclosed quote, a huge record, too many
 * columns) throw a CsvImportError. Rows whose values are all empty (e.g. the `,,,,,` rows
 * spreadsheets leave at the end) are skipped and counted, never rejected.
 *
 * Line numbers are file lines (header = 1) where the record STARTS, so a quoted value
 * with embedded newlines does not shift the numbers of later rows.
 */
import { pipeline, type Readable } from 'node:stream';
import { parse, CsvError, type Options, type Parser } from 'csv-parse';
import { buildHeader, type CsvHeader } from './csv-header.js';
import type { Delimiter } from './csv-sniffer.js';
import { importError, importText, type ImportIssue } from './import-error.js';

export interface CsvReaderOptions {
  delimiter: Delimiter;
  /** Longest value in characters; longer values reject the row (default 1 MiB of characters). */
  maxFieldSize?: number;
  /** Most columns a header may have (default 2,000). */
  maxColumns?: number;
  /** Longest record in characters before reading stops; guards memory against an unclosed quote (default 8 MiB). */
  maxRecordSize?: number;
}

export const DEFAULT_MAX_FIELD_SIZE = 1024 * 1024;
export const DEFAULT_MAX_COLUMNS = 2000;
export const DEFAULT_MAX_RECORD_SIZE = 8 * 1024 * 1024;

export type CsvItem = { line: number; fields: string[] } | { line: number; error: ImportIssue };

export interface CsvReadStats {
  /** Data rows yielded with fields (not rejected, not empty). */
  rows: number;
  rejected: number;
  /** All-empty rows skipped (anywhere in the file, including trailing ones). */
  emptyRows: number;
}

interface ParsedRecord {
  record: string[];
  /** File line where the record starts. */
  line: number;
}

export class CsvRecordReader {
  readonly stats: CsvReadStats = { rows: 0, rejected: 0, emptyRows: 0 };
  private consumed = false;

  private constructor(
    readonly header: CsvHeader,
    private readonly records: AsyncIterator<ParsedRecord>,
    private readonly limits: Required<Omit<CsvReaderOptions, 'delimiter'>>,
    private readonly tracker: { nextLine: number },
    leadingEmpty: number,
  ) {
    this.stats.emptyRows = leadingEmpty;
  }

  /** Reads up to and including the header. `input` yields UTF-8 text without a BOM. */
  static async open(input: Readable, options: CsvReaderOptions): Promise<CsvRecordReader> {
    const limits = {
      maxFieldSize: positive(options.maxFieldSize ?? DEFAULT_MAX_FIELD_SIZE, 'maxFieldSize'),
      maxColumns: positive(options.maxColumns ?? DEFAULT_MAX_COLUMNS, 'maxColumns'),
      maxRecordSize: positive(options.maxRecordSize ?? DEFAULT_MAX_RECORD_SIZE, 'maxRecordSize'),
    };
    const tracker = { nextLine: 1 };
    const parseOptions: Options = {
      delimiter: options.delimiter,
      quote: '"',
      escape: '"',
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      relax_quotes: true, // a stray quote inside an unquoted value (5" screen) is kept as text
      rtrim: true, // tolerates `"a" ,b`; values are trimmed later anyway
      skip_empty_lines: false,
      max_record_size: limits.maxRecordSize,
    };
    const parser: Parser = parse(parseOptions);
    // Records are numbered as the parser hands them over, synchronously inside its
    // transform, so the tracker knows where the NEXT record starts even when a parse error
    // is raised while records parsed before it still sit unread in the stream buffer.
    // Lines are counted here rather than taken from csv-parse's info.lines, which counts a
    // CRLF inside a quoted value as two lines; and not in an on_record hook, for which
    // csv-parse builds an info object per record (a large share of the reading time).
    const push = parser.push.bind(parser);
    parser.push = (record: string[] | null): boolean => {
      if (record === null) return push(null);
      const line = tracker.nextLine;
      tracker.nextLine += 1 + embeddedLineBreaks(record);
      return push({ record, line } satisfies ParsedRecord);
    };
    // Errors of the source (and early exits of the consumer) travel through the pipeline.
    pipeline(input, parser, () => undefined);
    const records = parser[Symbol.asyncIterator]() as AsyncIterator<ParsedRecord>;
    let leadingEmpty = 0;
    for (;;) {
      const next = await nextRecord(records, tracker, limits.maxRecordSize);
      if (next.done) {
        throw importError('EMPTY_FILE', 'error.import.empty');
      }
      const { record, line: startLine } = next.value;
      if (isBlank(record)) {
        // Separators and spaces only (` , , ,`): a header with no names. Taking the next line as
        // the header would turn the first customer into column names and lose them.
        if (record.length > 1) {
          throw importError('BLANK_HEADER', 'import.blankHeader', { line: startLine }, { line: startLine });
        }
        leadingEmpty++;
        continue;
      }
      if (record.length > limits.maxColumns) {
        throw importError(
          'TOO_MANY_COLUMNS',
          'import.tooManyColumns',
          { count: record.length, max: limits.maxColumns },
          { line: startLine },
        );
      }
      const header = buildHeader(record);
      return new CsvRecordReader(header, records, limits, tracker, leadingEmpty);
    }
  }

  /** The data rows, in file order. Can be iterated once. */
  async *rows(): AsyncGenerator<CsvItem> {
    if (this.consumed) throw new Error('CsvRecordReader.rows() can be iterated only once.');
    this.consumed = true;
    const width = this.header.names.length;
    try {
      for (;;) {
        const next = await nextRecord(this.records, this.tracker, this.limits.maxRecordSize);
        if (next.done) return;
        const { record, line } = next.value;
        if (isBlank(record)) {
          this.stats.emptyRows++;
          continue;
        }
        const error = this.check(record, width, line);
        if (error) {
          this.stats.rejected++;
          yield { line, error };
          continue;
        }
        this.stats.rows++;
        yield { line, fields: record.length > width ? record.slice(0, width) : record };
      }
    } finally {
      await this.records.return?.();
    }
  }

  private check(record: string[], width: number, line: number): ImportIssue | null {
    // Extra trailing EMPTY values (a delimiter at the end of every line) are harmless.
    if (record.length !== width && !(record.length > width && isBlank(record.slice(width)))) {
      return {
        line,
        message: importText('import.rowWidth', { line, count: record.length, width }),
      };
    }
    for (let c = 0; c < width; c++) {
      if (record[c].length > this.limits.maxFieldSize) {
        const column = this.header.names[c];
        return {
          line,
          column,
          message: importText('import.fieldTooLong', { line, column, length: record[c].length, max: this.limits.maxFieldSize }),
        };
      }
    }
    return null;
  }
}

/** Line breaks inside quoted values (CRLF, LF or CR each count once). */
function embeddedLineBreaks(record: string[]): number {
  let count = 0;
  for (const field of record) {
    if (field.indexOf('\n') < 0 && field.indexOf('\r') < 0) continue;
    for (let i = 0; i < field.length; i++) {
      const c = field.charCodeAt(i);
      if (c === 10) count++;
      else if (c === 13) {
        count++;
        if (field.charCodeAt(i + 1) === 10) i++;
      }
    }
  }
  return count;
}

function isBlank(record: string[]): boolean {
  for (const field of record) if (field.trim() !== '') return false;
  return true;
}

function positive(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be a positive integer, got ${value}.`);
  return value;
}

/** Next record, with csv-parse's errors reworded for people. */
async function nextRecord(
  records: AsyncIterator<ParsedRecord>,
  tracker: { nextLine: number },
  maxRecordSize: number,
): Promise<IteratorResult<ParsedRecord>> {
  try {
    return await records.next();
  } catch (err) {
    throw toImportError(err, tracker.nextLine, maxRecordSize);
  }
}

function toImportError(err: unknown, line: number, maxRecordSize: number): unknown {
  if (!(err instanceof CsvError)) return err;
  switch (err.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return importError('UNTERMINATED_QUOTE', 'error.import.unterminated', { line }, { line });
    case 'CSV_MAX_RECORD_SIZE':
      return importError('RECORD_TOO_LARGE', 'import.recordTooLarge', { line, max: maxRecordSize }, { line });
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return importError('BAD_QUOTE', 'import.badQuote', { line }, { line });
    default:
      return importError('PARSE_ERROR', 'import.parseError', { line, detail: err.message }, { line });
  }
}
