/**
 * Which column of an uploaded list is which dataset column: names compared case-insensitively
 * (then labels, as a marketer may export with the names the app shows), in any order. Every
 * feature the model uses must be there; the target column and columns the dataset does not
 * have are ignored and listed. Pure: the runner reads the file, this only decides.
 */
import { formatCount } from '../datasets/import/import-error.js';

export interface ListColumnInfo {
  name: string;
  label: string;
}

export interface ListColumnPlan {
  /** filePosition[c] = the file column holding dataset column c, or -1 when the file has none. */
  filePosition: number[];
  /** The file column holding the identifier, or -1. */
  idPosition: number;
  /** File columns that are not used, as written in the file (the target among them). */
  ignored: string[];
}

export type ListColumnMatch = { ok: true; plan: ListColumnPlan } | { ok: false; message: string; missing: string[] };

const key = (text: string) => text.trim().toLowerCase();

export function matchListColumns(
  header: readonly string[],
  columns: readonly ListColumnInfo[],
  required: ReadonlySet<string>,
  roles: { target: string | null; identifier: string | null },
): ListColumnMatch {
  const byName = new Map<string, number>();
  const byLabel = new Map<string, number>();
  columns.forEach((c, i) => {
    byName.set(key(c.name), i);
    if (!byLabel.has(key(c.label))) byLabel.set(key(c.label), i);
  });
  const filePosition = columns.map(() => -1);
  const ignored: string[] = [];
  const unmatched: number[] = [];
  // Names first, so a file column named like one column and labelled like another goes by its name.
  header.forEach((name, f) => {
    const c = byName.get(key(name));
    if (c === undefined || filePosition[c] >= 0) unmatched.push(f);
    else filePosition[c] = f;
  });
  for (const f of unmatched) {
    const c = byLabel.get(key(header[f]));
    if (c === undefined || filePosition[c] >= 0) ignored.push(header[f]);
    else filePosition[c] = f;
  }
  const targetIndex = roles.target === null ? -1 : columns.findIndex((c) => c.name === roles.target);
  if (targetIndex >= 0 && filePosition[targetIndex] >= 0) {
    ignored.push(header[filePosition[targetIndex]]);
    filePosition[targetIndex] = -1;
  }
  const missing = columns.filter((c, i) => required.has(c.name) && filePosition[i] < 0);
  if (missing.length > 0) return { ok: false, message: missingMessage(missing), missing: missing.map((c) => c.name) };
  const idIndex = roles.identifier === null ? -1 : columns.findIndex((c) => c.name === roles.identifier);
  return { ok: true, plan: { filePosition, idPosition: idIndex >= 0 ? filePosition[idIndex] : -1, ignored } };
}

function named(c: ListColumnInfo): string {
  return c.label && key(c.label) !== key(c.name) ? `"${c.name}" (${c.label})` : `"${c.name}"`;
}

function missingMessage(missing: readonly ListColumnInfo[]): string {
  const shown = missing.slice(0, 10).map(named);
  const more = missing.length > 10 ? ` and ${formatCount(missing.length - 10)} more` : '';
  const list = shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join(', ')}${more ? ', ' : ' and '}${shown[shown.length - 1]}${more}`;
  const what = missing.length === 1 ? 'a column the model needs' : `${formatCount(missing.length)} columns the model needs`;
  return `The list is missing ${what}: ${list}. Add ${missing.length === 1 ? 'it' : 'them'} with the same name${missing.length === 1 ? '' : 's'} as in the dataset (in any order) and upload the list again. Nothing was scored.`;
}
