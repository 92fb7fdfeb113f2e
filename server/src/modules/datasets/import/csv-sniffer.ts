/**
 * Guesses a CSV file's delimiter from its first lines. Each candidate splits the first
 * ~1,000 records (quote-aware, so "a,b" inside quotes is one field); the delimiter whose
 * field count is most consistent across lines, and agrees with the header, wins. This is
 * what tells a `;` file with `1,5` decimals from a comma file: splitting it at commas gives
 * a different number of fields on the header line and on lines with and without decimals.
 */

export const DELIMITER_CANDIDATES = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITER_CANDIDATES)[number];
export type LineEnding = '\r\n' | '\n' | '\r';

export interface SniffResult {
  delimiter: Delimiter;
  lineEnding: LineEnding;
  quote: '"';
  /** Records judged, and the share of them with the winning field count. */
  linesExamined: number;
  consistency: number;
}

export interface SniffOptions {
  /** How many records to judge (default 1,000). */
  maxLines?: number;
  /** The text is only the start of the file: its last, possibly cut, record is ignored. */
  truncated?: boolean;
}

export function isDelimiter(value: string): value is Delimiter {
  return (DELIMITER_CANDIDATES as readonly string[]).includes(value);
}

/** `text` is the decoded start of the file (a BOM, if any, already removed). */
export function sniffCsv(text: string, options: SniffOptions = {}): SniffResult {
  const maxLines = options.maxLines ?? 1000;
  if (!Number.isInteger(maxLines) || maxLines < 1) throw new RangeError('maxLines must be a positive integer.');
  let best: { delimiter: Delimiter; score: number; mode: number; consistency: number; lines: number } | null = null;
  for (const delimiter of DELIMITER_CANDIDATES) {
    const counts = fieldCounts(text, delimiter, maxLines, options.truncated ?? false);
    if (counts.length === 0) continue;
    const { mode, freq } = modeOf(counts);
    const consistency = freq / counts.length;
    // A header that disagrees with the body is strong evidence against the delimiter.
    const score = mode < 2 ? 0 : consistency * (counts[0] === mode ? 1 : 0.5);
    const better = best === null || score > best.score + 1e-12 || (Math.abs(score - best.score) <= 1e-12 && mode > best.mode && score > 0);
    if (better) best = { delimiter, score, mode, consistency, lines: counts.length };
  }
  return {
    delimiter: best && best.score > 0 ? best.delimiter : ',',
    lineEnding: firstLineEnding(text),
    quote: '"',
    linesExamined: best?.lines ?? 0,
    consistency: best && best.score > 0 ? best.consistency : 1,
  };
}

/** Fields per non-blank record, splitting at `delimiter` outside double quotes. */
function fieldCounts(text: string, delimiter: string, maxLines: number, truncated: boolean): number[] {
  const counts: number[] = [];
  let fields = 1;
  let inQuotes = false;
  let blank = true;
  const d = delimiter.charCodeAt(0);
  for (let i = 0; i < text.length && counts.length < maxLines; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      inQuotes = !inQuotes; // "" inside quotes toggles twice: net effect is right
      blank = false;
    } else if (inQuotes) {
      continue;
    } else if (c === d) {
      fields++;
      blank = false;
    } else if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      if (!blank) counts.push(fields);
      fields = 1;
      blank = true;
    } else if (c !== 32) {
      blank = false;
    }
  }
  if (!blank && !truncated && counts.length < maxLines) counts.push(fields);
  return counts;
}

function modeOf(values: number[]): { mode: number; freq: number } {
  const freq = new Map<number, number>();
  for (const v of values) freq.set(v, (freq.get(v) ?? 0) + 1);
  let mode = values[0];
  let best = 0;
  for (const [v, f] of freq) {
    if (f > best || (f === best && v > mode)) {
      mode = v;
      best = f;
    }
  }
  return { mode, freq: best };
}

function firstLineEnding(text: string): LineEnding {
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) inQuotes = !inQuotes;
    else if (!inQuotes && c === 13) return text.charCodeAt(i + 1) === 10 ? '\r\n' : '\r';
    else if (!inQuotes && c === 10) return '\n';
  }
  return '\n';
}
