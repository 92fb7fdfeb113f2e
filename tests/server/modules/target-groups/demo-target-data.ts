/**
 * The generated demo customers (seeds/) in the columnar form the target-group math takes,
 * and drivers built from the GROUND TRUTH's true shapes, so tests need no trained model.
 */
import { DEMO_COLUMNS, generateDemoRows, type DemoRow } from '../../../../seeds/demo-dataset.js';
import { ACCEPTED_COLUMNS, trueResponseProbability } from '../../../../seeds/ground-truth.js';
import { createRng } from '../../../../server/src/common/random.js';
import type { ColumnData, TargetDriver, TargetGroupData } from '../../../../server/src/modules/target-groups/types.js';

const CATEGORICAL: (keyof DemoRow)[] = ['Education', 'Marital_Status', 'FavouriteColour', 'SignupWeekday'];
const BINARY: (keyof DemoRow)[] = [...ACCEPTED_COLUMNS, 'Complain'];
/** Every other column but the id, the signup date and the target. */
const NUMERIC = DEMO_COLUMNS.filter((c) => ![...CATEGORICAL, ...BINARY, 'ID', 'Dt_Customer', 'Response'].includes(c));
const LABELS: Partial<Record<string, string>> = {
  Income: 'yearly income',
  Recency: 'days since last purchase',
  MntWines: 'amount spent on wine',
  Education: 'education',
  AcceptedCmpTotal: 'number of earlier campaigns accepted',
  FavouriteColour: 'favourite colour',
};

export function usDateToDays(text: string): number {
  const [m, d, y] = text.split('/').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

export function demoTargetData(n = 2000, seed = 1, testShare = 0.25): { rows: DemoRow[]; data: TargetGroupData } {
  const rows = generateDemoRows(n, seed);
  const columns: Record<string, ColumnData> = {};
  for (const name of NUMERIC) {
    columns[name] = {
      kind: 'NUMERIC',
      label: LABELS[name],
      values: Float64Array.from(rows, (r) => (r[name] === null ? NaN : Number(r[name]))),
    };
  }
  columns.Income.unit = 'currency';
  columns.Recency.unit = 'days';
  columns.Dt_Customer = {
    kind: 'DATE',
    label: 'customer since',
    unit: 'date',
    values: Float64Array.from(rows, (r) => usDateToDays(r.Dt_Customer)),
  };
  for (const name of CATEGORICAL) columns[name] = { kind: 'CATEGORICAL', label: LABELS[name], values: rows.map((r) => String(r[name])) };
  for (const name of BINARY) columns[name] = { kind: 'BINARY', values: rows.map((r) => String(r[name])) };
  columns.AcceptedCmpTotal = {
    kind: 'NUMERIC',
    label: LABELS.AcceptedCmpTotal,
    unit: 'count',
    values: Float64Array.from(rows, (r) => r.AcceptedCmp1 + r.AcceptedCmp2 + r.AcceptedCmp3 + r.AcceptedCmp4 + r.AcceptedCmp5),
  };
  const rng = createRng(seed + 1000);
  return {
    rows,
    data: {
      rowCount: n,
      columns,
      target: Uint8Array.from(rows, (r) => r.Response),
      testMask: Uint8Array.from(rows, () => (rng() < testShare ? 1 : 0)),
      predicted: Float64Array.from(rows, (r) => trueResponseProbability(r)),
      identifier: { name: 'ID', values: rows.map((r) => r.ID) },
    },
  };
}

/** The true drivers as a model with perfect partial dependence would report them (raw, unrounded bounds). */
export function trueDrivers(): TargetDriver[] {
  return [
    {
      feature: 'Recency',
      label: 'days since last purchase',
      kind: 'NUMERIC',
      unit: 'days',
      importance: 0.09,
      regions: [{ min: null, max: 29.5, meanPrediction: 0.29 }],
    },
    {
      feature: 'AcceptedCmpTotal',
      label: 'number of earlier campaigns accepted',
      kind: 'NUMERIC',
      unit: 'count',
      importance: 0.07,
      regions: [{ min: 0.5, max: null, meanPrediction: 0.35 }],
    },
    {
      feature: 'Income',
      label: 'yearly income',
      kind: 'NUMERIC',
      unit: 'currency',
      importance: 0.05,
      regions: [{ min: 59_871.3, max: null, meanPrediction: 0.24 }],
    },
    {
      feature: 'Education',
      label: 'education',
      kind: 'CATEGORICAL',
      importance: 0.02,
      regions: [{ min: null, max: null, levels: ['PhD', 'Master'], meanPrediction: 0.19 }],
    },
    {
      feature: 'FavouriteColour',
      label: 'favourite colour',
      kind: 'CATEGORICAL',
      importance: 0.001,
      regions: [{ min: null, max: null, levels: ['Red', 'Blue'], meanPrediction: 0.16 }],
    },
    {
      feature: 'LoyaltyCardDigit',
      label: 'loyalty card digit',
      kind: 'NUMERIC',
      unit: 'count',
      importance: 0.0005,
      regions: [{ min: 6.5, max: null, meanPrediction: 0.155 }],
    },
  ];
}
