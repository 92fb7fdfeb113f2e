/**
 * What pass 1 of an import says about one column (column-inference.ts builds it; the target
 * rules in target-column.ts and pass 2 read it). Types only, so both sides import them
 * without importing each other.
 */
import type { ColumnKind } from '../../../domain/column-kinds.js';
import type { DateFormat } from '../../../domain/dates.js';
import type { ColumnUnit } from '../../../domain/units.js';

export interface CampaignCounts {
  responded: number;
  total: number;
  rate: number;
}

export interface ColumnProfile {
  index: number;
  name: string;
  label: string;
  unit: ColumnUnit | null;
  kind: ColumnKind;
  /** Why this kind, in plain language. */
  reason: string;
  /** The same as `reason` (the name the dataset's column stats use). */
  note: string;
  missing: number;
  distinct: number;
  /** False when `distinct` is a lower bound (more than maxLevels distinct values). */
  distinctCapped: boolean;
  /** NUMERIC: smallest/largest number; DATE: days since 1970-01-01 (see minDate/maxDate). */
  min: number | null;
  max: number | null;
  /** DATE: first and last date as YYYY-MM-DD. */
  minDate: string | null;
  maxDate: string | null;
  /** Most frequent values, most frequent first (counts exact unless distinctCapped). */
  topLevels: { value: string; count: number }[];
  /** Up to 5 distinct values in order of first appearance. */
  examples: string[];
  /** DATE: which part comes first (ISO, MDY, DMY) and how it is written ("M/D/YYYY"). */
  dateFormat: DateFormat | null;
  datePattern: string | null;
  decimalComma: boolean;
  /** BINARY: [negative, positive] as spelled in the file. */
  levels: string[] | null;
  /** BINARY (and previous-outcome) columns: the value meaning "responded". */
  positiveLabel: string | null;
  isPastCampaign: boolean;
  isTarget: boolean;
  isIdentifier: boolean;
  /** Past campaigns and the target: responded / total over the file. */
  campaign: CampaignCounts | null;
}

export interface ProfilerOptions {
  /** The target column's name (else inferred from the names of BINARY columns). */
  target?: string;
  /** The target's positive label (else 1/yes/true/y/t, else the rarer value). */
  positive?: string;
  /** The identifier column's name (else inferred). */
  idColumn?: string;
  /** The delimiter is not a comma, so `1,5` may be a decimal number (default false). */
  decimalCommaAllowed?: boolean;
  /** Distinct values kept per column (default 1,000). */
  maxLevels?: number;
  /** Total 64-bit hashes for uniqueness checks across columns (default 4,000,000). */
  hashBudget?: number;
  /** How many top levels to report (default 10). */
  topLevels?: number;
}
