import { t } from '../i18n';
/**
 * A quick look at the start of a CSV file in the browser, before uploading it: the header
 * (to offer a target column) and an estimate of the row count (so the "rows loaded" bar has
 * an end). The server does the real parsing; this only needs to be good enough to guide.
 */
export const SAMPLE_BYTES = 64 * 1024;

const DELIMITERS = [',', ';', '\t', '|'] as const;

/** The delimiter that splits the first lines most consistently (ties: the most fields). */
export function sniffDelimiter(sample: string): string {
  const lines = sample
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(0, 20);
  let best: string = ',';
  let bestScore = -1;
  for (const delimiter of DELIMITERS) {
    const counts = lines.map((line) => splitCsvLine(line, delimiter).length);
    const first = counts[0] ?? 1;
    if (first < 2) continue;
    const consistent = counts.filter((count) => count === first).length;
    const score = consistent * 1000 + first;
    if (score > bestScore) {
      bestScore = score;
      best = delimiter;
    }
  }
  return best;
}

/** Splits one line, honouring double quotes ("a, b" stays one field; "" is a quote). */
export function splitCsvLine(line: string, delimiter: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) {
      fields.push(field);
      field = '';
    } else field += char;
  }
  fields.push(field);
  return fields;
}

/** The column names of the header line, trimmed, a byte-order mark removed. */
export function parseHeader(sample: string): string[] {
  const text = sample.replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== '');
  if (!firstLine) return [];
  return splitCsvLine(firstLine, sniffDelimiter(text))
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/**
 * Rows in the whole file, estimated from the sample's average line length. Exact when the
 * sample is the whole file. Returns null when the sample has no complete data line.
 */
export function estimateRowCount(sample: string, sampleBytes: number, totalBytes: number): number | null {
  const lines = sample.split(/\r?\n/);
  const wholeFile = sampleBytes >= totalBytes;
  // The last piece of a partial sample is usually a cut line: leave it out of the average.
  const complete = wholeFile ? lines : lines.slice(0, -1);
  const nonEmpty = complete.filter((line) => line.trim() !== '');
  const dataLines = nonEmpty.length - 1;
  if (dataLines < 1) return null;
  if (wholeFile) return dataLines;
  const bytesPerLine = sampleBytes / Math.max(1, lines.length - 1);
  return Math.max(dataLines, Math.round(totalBytes / bytesPerLine) - 1);
}

/** A dataset name from a file name, its extension dropped: "bank-full.csv" -> "bank-full". */
export function datasetNameFromFile(fileName: string): string {
  const base = fileName.replace(/\.(csv|tsv|txt)$/i, '').trim();
  return base || t('upload.defaultName');
}
