import { importText } from './import-error.js';

/**
 * An appended file must have the dataset's columns: order free, names compared trimmed and
 * case-insensitively. Returns where each dataset column sits in the file, or a message
 * naming what is missing and what is extra.
 */
export function matchColumns(
  datasetColumns: string[],
  fileColumns: string[],
): { ok: true; fileIndexOf: number[] } | { ok: false; message: string } {
  const key = (name: string) => name.trim().toLowerCase();
  const fileIndex = new Map(fileColumns.map((name, i) => [key(name), i]));
  const missing = datasetColumns.filter((name) => !fileIndex.has(key(name)));
  const known = new Set(datasetColumns.map(key));
  const extra = fileColumns.filter((name) => !known.has(key(name)));
  if (missing.length || extra.length) {
    const list = (names: string[]) => (names.length ? names.map((n) => `"${n}"`).join(', ') : 'none');
    const params = {
      missing: list(missing),
      missingCount: missing.length,
      extra: list(extra),
      extraCount: extra.length,
      both: missing.length && extra.length ? 'yes' : 'no',
    };
    return { ok: false, message: importText('import.appendColumns', params) };
  }
  return { ok: true, fileIndexOf: datasetColumns.map((name) => fileIndex.get(key(name))!) };
}
