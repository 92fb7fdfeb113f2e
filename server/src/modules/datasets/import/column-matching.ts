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
    const list = (names: string[]) => names.map((n) => `"${n}"`).join(', ');
    const parts: string[] = [];
    if (missing.length) parts.push(`it lacks ${missing.length === 1 ? 'the column' : 'the columns'} ${list(missing)}`);
    if (extra.length) parts.push(`it has ${extra.length === 1 ? 'a column' : 'columns'} the dataset does not have: ${list(extra)}`);
    return {
      ok: false,
      message: `This file does not have the same columns as the dataset: ${parts.join('; and ')}. Nothing was imported.`,
    };
  }
  return { ok: true, fileIndexOf: datasetColumns.map((name) => fileIndex.get(key(name))!) };
}
