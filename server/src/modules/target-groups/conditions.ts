/**
 * Candidate conditions built from the drivers' regions of interest, with bounds rounded to
 * numbers a manager would write down (70,000 rather than 69,871.3), plus widened and narrowed
 * variants so the search can trade size against response rate. Every count downstream is taken
 * with these rounded bounds, never with the raw region bounds.
 */
import { MS_PER_DAY } from '../../domain/dates.js';
import { bitsetFrom, type Bitset } from './bitset.js';
import { isTextColumn, type ColumnData, type DriverRegion, type TargetDriver, type TargetGroupData } from './types.js';

export interface RawCondition {
  feature: string;
  min: number | null;
  max: number | null;
  levels: string[] | null;
}

/** Whether row `row` satisfies the condition; a missing value satisfies none. */
export function rowMatcher(condition: RawCondition, column: ColumnData): (row: number) => boolean {
  if (isTextColumn(column)) {
    const levels = new Set(condition.levels ?? []);
    return (row) => {
      const value = column.values[row];
      return value !== null && levels.has(value);
    };
  }
  const lo = condition.min ?? -Infinity;
  const hi = condition.max ?? Infinity;
  const values = column.values;
  // NaN fails both comparisons, so missing values never match.
  return (row) => values[row] >= lo && values[row] <= hi;
}

export function conditionBitset(condition: RawCondition, data: TargetGroupData): Bitset {
  const column = data.columns[condition.feature];
  if (!column) throw new Error(`Unknown column "${condition.feature}".`);
  return bitsetFrom(data.rowCount, rowMatcher(condition, column));
}

export function conditionKey(c: RawCondition): string {
  return c.levels ? `${c.feature}∈${[...c.levels].sort().join('|')}` : `${c.feature}:${c.min ?? ''}..${c.max ?? ''}`;
}

/** The smallest of 1, 2, 5 x 10^k that is at least x. */
export function niceStep(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return 1;
  const power = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 5, 10]) if (m * power >= x * (1 - 1e-9)) return m * power;
  return 10 * power;
}

export function roundTo(x: number, step: number): number {
  const r = Math.round(x / step) * step;
  // Keep 0.1 + 0.2-style float noise out of bounds shown to people.
  return Number(r.toPrecision(12));
}

interface NumericScale {
  step: number;
  integer: boolean;
}

/** A rounding step of about 1/20 of the central 90 % of the values; whole numbers stay whole. */
export function numericScale(values: Float64Array): NumericScale {
  const stride = Math.max(1, Math.floor(values.length / 50_000));
  const sample: number[] = [];
  let integer = true;
  for (let i = 0; i < values.length; i += stride) {
    const v = values[i];
    if (Number.isNaN(v)) continue;
    sample.push(v);
    if (integer && !Number.isInteger(v)) integer = false;
  }
  if (sample.length === 0) return { step: 1, integer: true };
  sample.sort((a, b) => a - b);
  const q = (p: number) => sample[Math.min(sample.length - 1, Math.floor(p * (sample.length - 1)))];
  let spread = q(0.95) - q(0.05);
  if (!(spread > 0)) spread = sample[sample.length - 1] - sample[0];
  let step = niceStep(spread / 20);
  if (integer) step = Math.max(1, Math.round(step));
  return { step, integer };
}

/** Dates round to the first of the nearest month (lower bounds) or the last day of a month (upper bounds). */
function dateBoundVariants(day: number, isUpper: boolean): number[] {
  const d = new Date(day * MS_PER_DAY);
  const firstOfMonth = (y: number, m: number) => Date.UTC(y, m, 1) / MS_PER_DAY;
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + (d.getUTCDate() > 15 ? 1 : 0);
  const starts = [-1, 0, 1].map((shift) => firstOfMonth(y, m + shift));
  return isUpper ? starts.map((s) => s - 1) : starts;
}

function numericBoundVariants(bound: number, scale: NumericScale, isUpper: boolean): number[] {
  const centre = roundTo(bound, scale.step);
  const out = [centre, roundTo(centre - scale.step, scale.step), roundTo(centre + scale.step, scale.step)];
  // "Under 30" on whole numbers is "at most 29": keep the form closest to the region.
  if (isUpper && scale.integer && centre > bound) out.push(centre - 1);
  if (!isUpper && scale.integer && centre < bound) out.push(centre + 1);
  return out;
}

function regionCandidates(driver: TargetDriver, region: DriverRegion, column: ColumnData, scale: NumericScale | null): RawCondition[] {
  if (isTextColumn(column) || driver.kind === 'CATEGORICAL' || driver.kind === 'BINARY') {
    const levels = (region.levels ?? []).filter((l) => typeof l === 'string');
    if (levels.length === 0) return [];
    return [{ feature: driver.feature, min: null, max: null, levels }];
  }
  const boundsFor = (bound: number | null, isUpper: boolean): (number | null)[] => {
    if (bound === null || !Number.isFinite(bound)) return [null];
    const variants = driver.kind === 'DATE' ? dateBoundVariants(bound, isUpper) : numericBoundVariants(bound, scale!, isUpper);
    return [...new Set(variants), null];
  };
  const out: RawCondition[] = [];
  for (const min of boundsFor(region.min, false)) {
    for (const max of boundsFor(region.max, true)) {
      if (min === null && max === null) continue;
      if (min !== null && max !== null && min > max) continue;
      out.push({ feature: driver.feature, min, max, levels: null });
    }
  }
  return out;
}

/**
 * Text levels of a region, plus the prefixes of those levels ordered by observed response
 * rate (narrowed variants: "PhD" alone as well as "PhD or Master").
 */
function levelVariants(condition: RawCondition, column: ColumnData, data: TargetGroupData, rows: Uint8Array | null): RawCondition[] {
  if (!isTextColumn(column) || !condition.levels || condition.levels.length < 2) return [condition];
  const stats = new Map(condition.levels.map((l) => [l, { n: 0, pos: 0 }]));
  for (let i = 0; i < data.rowCount; i++) {
    if (rows && !rows[i]) continue;
    const s = stats.get(column.values[i] ?? '');
    if (s) {
      s.n++;
      s.pos += data.target[i];
    }
  }
  const ranked = [...condition.levels].sort((a, b) => rate(stats.get(b)!) - rate(stats.get(a)!) || a.localeCompare(b));
  const out: RawCondition[] = [];
  for (let k = 1; k <= ranked.length; k++) out.push({ ...condition, levels: ranked.slice(0, k) });
  return out;
}

const rate = (s: { n: number; pos: number }) => (s.n > 0 ? s.pos / s.n : 0);

/** All candidate conditions for the given drivers, deduplicated, in driver order. */
export function candidateConditions(
  drivers: readonly TargetDriver[],
  data: TargetGroupData,
  rows: Uint8Array | null = null,
): RawCondition[] {
  const seen = new Set<string>();
  const out: RawCondition[] = [];
  for (const driver of drivers) {
    const column = data.columns[driver.feature];
    if (!column) throw new Error(`The driver "${driver.feature}" has no column in the data.`);
    const scale = isTextColumn(column) ? null : numericScale(column.values);
    for (const region of driver.regions) {
      for (const base of regionCandidates(driver, region, column, scale)) {
        for (const candidate of levelVariants(base, column, data, rows)) {
          const key = conditionKey(candidate);
          if (seen.has(key)) continue;
          seen.add(key);
          out.push(candidate);
        }
      }
    }
  }
  return out;
}
