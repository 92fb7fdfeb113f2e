/**
 * Inputs and outputs of the target-group math. Deliberately free of the stored explanation
 * and feature-table types: the caller maps a featured model's drivers and the dataset's rows
 * into these, so this module can be tested on any data without a model or database.
 */

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
}

/** CATEGORICAL or BINARY values as the trimmed text in the file; null = missing. */
export interface TextColumnData {
  kind: 'CATEGORICAL' | 'BINARY';
  values: readonly (string | null)[];
  label?: string;
  unit?: DriverUnit;
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
