import { badInput } from '../../phrasing/user-errors.js';
import type { ImportOptions } from '../import-job.entity.js';

export interface ImportRequestOptions extends ImportOptions {
  name?: string;
}

const DELIMITERS: Record<string, string> = { ',': ',', ';': ';', '\t': '\t', tab: '\t', '|': '|', comma: ',', semicolon: ';', pipe: '|' };

function text(value: unknown, name: string, max = 200): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw badInput('error.param.once', { name });
  const trimmed = value.trim();
  if (trimmed.length > max) throw badInput('error.param.long', { name, max });
  return trimmed === '' ? undefined : trimmed;
}

/** The optional query parameters of both import endpoints, checked with clear messages. */
export function parseImportQuery(query: Record<string, unknown>, createsDataset: boolean): ImportRequestOptions {
  const delimiterText = text(query.delimiter, 'delimiter', 10);
  let delimiter: string | undefined;
  if (delimiterText !== undefined) {
    delimiter = DELIMITERS[delimiterText.toLowerCase()] ?? DELIMITERS[String(query.delimiter)];
    if (!delimiter) throw badInput('error.import.delimiter');
  }
  const onInvalid = text(query.onInvalid, 'onInvalid', 10) ?? 'reject';
  if (onInvalid !== 'reject' && onInvalid !== 'skip') throw badInput('error.onInvalid');
  const onDuplicate = text(query.onDuplicate, 'onDuplicate', 10) ?? 'skip';
  if (onDuplicate !== 'skip' && onDuplicate !== 'replace') throw badInput('error.onDuplicate');
  return {
    createsDataset,
    name: createsDataset ? text(query.name, 'name', 120) : undefined,
    target: text(query.target, 'target'),
    positive: text(query.positive, 'positive'),
    id: text(query.id, 'id'),
    delimiter,
    onInvalid,
    onDuplicate,
  };
}
