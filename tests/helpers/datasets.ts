/**
 * Test-side loading of the shared real datasets into a FeatureTable, written independently
 * of the app's importer and mirroring ../shared/bench/sklearn_reference.py's preprocessing
 * (identifier and constant columns dropped, binaries 0/1, dates as days before the latest
 * date, other text categorical). ML tests use it so they can compare against scikit-learn
 * on identical inputs without depending on the import pipeline.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Feature, FeatureTable } from '../../server/src/modules/training/data/feature-table.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** ../shared beside the project (a worktree elsewhere points SHARED_DIR at it). */
export const sharedDir = process.env.SHARED_DIR ? resolve(process.env.SHARED_DIR) : resolve(repoRoot, '../shared');
export const datasetPath = (file: string) => resolve(sharedDir, 'datasets', file);
export const IFOOD = datasetPath('ifood-marketing-campaign.csv');
export const BANK = datasetPath('bank-full.csv');
export const hasDataset = (path: string) => existsSync(path);

/** Call at the top of a describe.skipIf block so the reason is printed. */
export function reasonIfMissing(path: string): boolean {
  if (existsSync(path)) return false;
  console.warn(`Skipping: real dataset ${path} is not present (../shared/datasets beside the project).`);
  return true;
}

const MISSING = new Set(['', 'na', 'n/a', 'null', 'none', '?', 'nan']);
const POSITIVE = new Set(['1', 'yes', 'true', 'y', 't']);
const BINARY_WORDS = new Set(['yes', 'no', 'true', 'false', 'y', 'n', 't', 'f', '0', '1']);

export interface LoadedDataset {
  table: FeatureTable;
  y: Uint8Array;
  header: string[];
  kinds: Record<string, string>;
}

export function loadCsv(path: string, options: { target: string; drop?: string[] }): LoadedDataset {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const firstLine = text.slice(0, text.indexOf('\n'));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const records: string[][] = parse(text, { delimiter, relax_column_count: true });
  const header = records[0].map((h) => h.trim());
  const rows = records
    .slice(1)
    .filter((r) => r.some((c) => c.trim() !== ''))
    .map((r) => r.map((c) => (MISSING.has(c.trim().toLowerCase()) ? null : c.trim())));
  const targetIndex = header.indexOf(options.target);
  const y = Uint8Array.from(rows, (r) => (POSITIVE.has(String(r[targetIndex]).toLowerCase()) ? 1 : 0));
  const features: Feature[] = [];
  const kinds: Record<string, string> = {};
  header.forEach((name, c) => {
    if (c === targetIndex) return;
    const values = rows.map((r) => r[c]);
    const present = values.filter((v): v is string => v !== null);
    const distinct = new Set(present);
    if (options.drop?.includes(name) || distinct.size <= 1) return void (kinds[name] = 'ignored');
    const numeric = present.every((v) => v !== '' && Number.isFinite(Number(v)));
    if (numeric && distinct.size === rows.length && /^(id|customer_?id)$/i.test(name)) return void (kinds[name] = 'identifier');
    const lower = new Set(present.map((v) => v.toLowerCase()));
    if (lower.size === 2 && [...lower].every((v) => BINARY_WORDS.has(v)) && (!numeric || [...lower].every((v) => v === '0' || v === '1'))) {
      kinds[name] = 'binary';
      features.push({
        name,
        kind: 'BINARY',
        values: Float64Array.from(values, (v) => (v === null ? NaN : POSITIVE.has(v.toLowerCase()) ? 1 : 0)),
      });
      return;
    }
    if (numeric) {
      kinds[name] = 'numeric';
      features.push({ name, kind: 'NUMERIC', values: Float64Array.from(values, (v) => (v === null ? NaN : Number(v))) });
      return;
    }
    if (present.every((v) => /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/.test(v))) {
      const days = values.map((v) => (v === null ? NaN : parseMdy(v)));
      // A loop, not Math.max(...days): spreading a data-sized array overflows the stack.
      const latest = days.reduce((a, d) => (Number.isNaN(d) ? a : Math.max(a, d)), -Infinity);
      kinds[name] = 'date';
      features.push({ name, kind: 'DATE', values: Float64Array.from(days, (d) => latest - d) });
      return;
    }
    if (distinct.size === rows.length) return void (kinds[name] = 'identifier');
    const levels = [...distinct].sort();
    const index = new Map(levels.map((l, i) => [l, i]));
    kinds[name] = 'categorical';
    features.push({ name, kind: 'CATEGORICAL', levels, codes: Int32Array.from(values, (v) => (v === null ? -1 : index.get(v)!)) });
  });
  return { table: { rowCount: rows.length, features }, y, header, kinds };
}

/** Days since 1970-01-01 of an ISO (Y-M-D) or US (M/D/Y) date. */
function parseMdy(text: string): number {
  const parts = text.split(/[-/.]/).map(Number);
  const [year, month, day] = parts[0] > 31 ? parts : [parts[2], parts[0], parts[1]];
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

export const loadIfood = () => loadCsv(IFOOD, { target: 'Response' });
export const loadBank = () => loadCsv(BANK, { target: 'y', drop: ['duration'] });
