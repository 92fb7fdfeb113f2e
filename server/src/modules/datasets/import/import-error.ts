import { message, type MessageParams } from '../../phrasing/catalogue.js';
import type { Locale } from '../../phrasing/locale.js';
import type { MessageKey } from '../../phrasing/messages-en.js';
import type { ImportJobEntity } from '../import-job.entity.js';

/**
 * Problems found while reading a CSV file, worded for the marketer who uploaded it.
 * `line` is the 1-based line in the file (the header is line 1) where the record starts;
 * `column` is the (cleaned) header name when one column is to blame.
 */
export interface ImportIssue {
  line?: number;
  column?: string;
  message: string;
}

/** Why the whole file cannot be imported (as opposed to one rejected row). */
export type ImportErrorCode =
  | 'EMPTY_FILE'
  | 'BLANK_HEADER'
  | 'NO_DATA_ROWS'
  | 'BINARY_FILE'
  | 'UNTERMINATED_QUOTE'
  | 'BAD_QUOTE'
  | 'PARSE_ERROR'
  | 'RECORD_TOO_LARGE'
  | 'TOO_MANY_COLUMNS'
  | 'BAD_TARGET'
  | 'BAD_OPTION'
  | 'HEADER_CHANGED';

/** A file-level failure: the import stops. Routes map it to ImportJob.errors / a 4xx body. */
export class CsvImportError extends Error implements ImportIssue {
  readonly code: ImportErrorCode;
  readonly line?: number;
  readonly column?: string;

  constructor(code: ImportErrorCode, message: string, where: { line?: number; column?: string } = {}) {
    super(message);
    this.name = 'CsvImportError';
    this.code = code;
    if (where.line !== undefined) this.line = where.line;
    if (where.column !== undefined) this.column = where.column;
  }

  toIssue(): ImportIssue {
    const issue: ImportIssue = { message: this.message };
    if (this.line !== undefined) issue.line = this.line;
    if (this.column !== undefined) issue.column = this.column;
    return issue;
  }
}

/** A problem's text: the English of a catalogue template (`import.*`, `error.import.*`), stored so and written again in the reader's language when read. */
export const importText = (key: MessageKey, params: MessageParams = {}): string => message(key, params);

/** A file-level failure by catalogue key. */
export const importError = (
  code: ImportErrorCode,
  key: MessageKey,
  params: MessageParams = {},
  where: { line?: number; column?: string } = {},
) => new CsvImportError(code, importText(key, params), where);

/** 1234567 -> "1,234,567" (English; the scored lists' messages). */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** "a, b, c" (the first 30), for messages about a column name that is not there. */
export function columnList(columns: readonly { name: string }[]): string {
  const list = columns
    .slice(0, 30)
    .map((c) => c.name)
    .join(', ');
  return `${list}${columns.length > 30 ? ', …' : ''}`;
}

/** A succeeded import's outcome from its counts, in a language (English is what the job stores). */
export function importSummary(
  job: Pick<ImportJobEntity, 'rowsImported' | 'rowsDuplicate' | 'errorCount' | 'rowsSkippedEmpty'>,
  locale: Locale = 'en',
): string {
  const params = { imported: job.rowsImported, duplicates: job.rowsDuplicate, rejected: job.errorCount, empty: job.rowsSkippedEmpty };
  return message('import.summary', params, locale);
}
