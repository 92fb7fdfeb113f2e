/**
 * Inputs and outputs of the target-group math. Deliberately free of the stored explanation
 * and feature-table types: the caller maps a featured model's drivers and the dataset's rows
 * into these, so this module can be tested on any data without a model or database.
 */

import type { Phrasing } from '../phrasing/phrasing.js';

export type DriverKind = 'NUMERIC' | 'DATE' | 'BINARY' | 'CATEGORICAL';
import type { ColumnUnit } from '../../domain/units.js';

export type DriverUnit = ColumnUnit;

/** A stretch of a driver's values where the model predicts more responses (from partial dependence). */
export interface DriverRegion {
  min: number | null;
  max: number | null;
  levels?: string[] | null;
  meanPrediction: number;
}

export interface TargetDriver {
  feature: string;
  label: string;
  kind: DriverKind;
  importance: number;
  unit?: DriverUnit;
  /** What the feature counts or measures; inferred from label, kind and unit when absent. */
  phrasing?: Phrasing;
  /** BINARY: the file's text meaning yes. */
  positiveLabel?: string | null;
  regions: DriverRegion[];
  /** false when the models disagree on which way the feature pushes the response. */
  directionAgreed?: boolean;
}

/** NUMERIC values, or DATE values as days since 1970-01-01 (UTC); NaN = missing. */
export interface NumericColumnData {
  kind: 'NUMERIC' | 'DATE';
  values: Float64Array;
  label?: string;
  unit?: DriverUnit;
  phrasing?: Phrasing;
}

/** CATEGORICAL or BINARY values as the trimmed text in the file; null = missing. */
export interface TextColumnData {
  kind: 'CATEGORICAL' | 'BINARY';
  values: readonly (string | null)[];
  label?: string;
  unit?: DriverUnit;
  phrasing?: Phrasing;
  /** BINARY: the file's text meaning yes. */
  positiveLabel?: string | null;
}

export type ColumnData = NumericColumnData | TextColumnData;

export interface TargetGroupData {
  rowCount: number;
  columns: Record<string, ColumnData>;
  /** 1 = responded. */
  target: Uint8Array;
  /** 1 = a held-out test row of the featured model. */
  testMask?: Uint8Array;
  /** The featured model's response probability per row. */
  predicted?: Float64Array;
  /** The dataset's currency (ISO code) for money in the texts. */
  currency?: string | null;
  /** The customer identifier column, for audience exports. */
  identifier?: { name: string; values: readonly (string | number | null)[] };
}

/** min <= value <= max (either may be null) for numeric/date; value in levels for text columns. */
export interface GroupCondition {
  feature: string;
  label: string;
  kind: DriverKind;
  unit?: DriverUnit;
  min: number | null;
  max: number | null;
  levels: string[] | null;
  text: string;
  /** The condition with its relative word: "with no teenagers at home", "who accepted campaign 5". */
  clause: string;
  phrasing?: Phrasing;
  positiveLabel?: string | null;
}

export interface GroupStats {
  matchedCustomers: number;
  responders: number;
  share: number;
  responseRate: number;
  baseRate: number;
  lift: number;
}

export function isTextColumn(column: ColumnData): column is TextColumnData {
  return column.kind === 'CATEGORICAL' || column.kind === 'BINARY';
}
