/** One column of every kind (and a leak, an ignored column, a target), for the feature-table and column-store specs. */
import type { ColumnSpec } from '../../../../../server/src/modules/training/pipeline/build-feature-table.js';

export const MIXED_COLUMNS: ColumnSpec[] = [
  { name: 'ID', kind: 'IDENTIFIER' },
  { name: 'Income', kind: 'NUMERIC' },
  { name: 'Education', kind: 'CATEGORICAL' },
  { name: 'Joined', kind: 'DATE', dateFormat: 'DMY' },
  { name: 'Loan', kind: 'BINARY' },
  { name: 'Gender', kind: 'BINARY', positiveLabel: 'F' },
  { name: 'duration', kind: 'NUMERIC', knownAfterContact: true },
  { name: 'Note', kind: 'IGNORED' },
  { name: 'Response', kind: 'BINARY' },
];

/** A day number (days since 1970-01-01) from a calendar date. */
export const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
