/**
 * Turns the raw header line into safe, unique column names.
 *
 * Decision: hostile or messy headers are CLEANED, not rejected, because the marketer
 * usually cannot fix an export, and every change is reported so nothing happens silently:
 * - HTML tags (`<b>Income</b>`), script/style elements with their content, and the characters
 *   `<` `>` are removed,
 *   so a header can never become markup in the UI or a report;
 * - control, zero-width and bidirectional-override characters are removed;
 * - leading `=`, `+`, `@` are removed, so an exported header is never a spreadsheet formula;
 * - whitespace is collapsed and trimmed, and names are cut to MAX_HEADER_LENGTH characters;
 * - a header line of separators and spaces only is refused (csv-reader.ts), never skipped;
 * - an empty name becomes `column_<position>` (1-based);
 * - duplicates (compared case-insensitively, as SQL and most tools do) get `_2`, `_3`…
 */
import { importText, type ImportIssue } from './import-error.js';

export const MAX_HEADER_LENGTH = 100;

export interface CsvHeader {
  /** Cleaned, unique names, one per column. */
  names: string[];
  /** The header cells as they were in the file. */
  original: string[];
  /** One entry per renamed column (line 1). */
  issues: ImportIssue[];
}

const SCRIPTS = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const TAGS = /<[^>]*>/g;
// C0/C1 controls, zero-width characters, bidi overrides/isolates, BOM.
const INVISIBLE = /[\p{Cc}\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu;

/** The cleaned form of one header cell (may be empty). */
export function cleanHeaderName(raw: string): string {
  let name = raw.replace(SCRIPTS, ' ').replace(TAGS, ' ').replace(/[<>]/g, ' ').replace(INVISIBLE, ' ');
  name = name.replace(/\s+/g, ' ').trim();
  name = name.replace(/^[=+@\s]+/, '').trim();
  if (name.length > MAX_HEADER_LENGTH) name = name.slice(0, MAX_HEADER_LENGTH).trim();
  return name;
}

export function buildHeader(original: string[]): CsvHeader {
  const issues: ImportIssue[] = [];
  const taken = new Set<string>();
  const cleaned = original.map(cleanHeaderName);
  // Names that are already clean keep priority, so `Name, Name_2, Name` gives the third `Name_3`.
  for (const name of cleaned) if (name) taken.add(name.toLowerCase());
  const seen = new Set<string>();
  const names = cleaned.map((name, i) => {
    const position = i + 1;
    let final = name || `column_${position}`;
    const written = original[i].trim();
    if (!name) {
      issues.push({ line: 1, column: final, message: importText('import.header.unnamed', { position, name: final }) });
    } else if (cleanHeaderName(written.slice(0, MAX_HEADER_LENGTH)) === name && written.length > MAX_HEADER_LENGTH) {
      issues.push({
        line: 1,
        column: final,
        message: importText('import.header.cut', { position, length: written.length, max: MAX_HEADER_LENGTH, name: final }),
      });
    } else if (name !== written) {
      issues.push({
        line: 1,
        column: final,
        message: importText('import.header.cleaned', { position, name: final }),
      });
    }
    const key = final.toLowerCase();
    if (seen.has(key) || (!name && taken.has(key))) {
      let n = 2;
      while (taken.has(`${key}_${n}`) || seen.has(`${key}_${n}`)) n++;
      const renamed = `${final}_${n}`;
      issues.push({
        line: 1,
        column: renamed,
        message: importText('import.header.repeated', { name: final, position, renamed }),
      });
      final = renamed;
    }
    seen.add(final.toLowerCase());
    taken.add(final.toLowerCase());
    return final;
  });
  return { names, original, issues };
}
