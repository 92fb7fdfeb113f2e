/**
 * Exact figures for a group defined by conditions: counted row by row with the conditions'
 * own (rounded) bounds, over all rows and over the held-out test rows, plus the features that
 * set the group apart from everyone else.
 */
import { isYesToken } from '../../domain/yes-no.js';
import { rowMatcher, type RawCondition } from './conditions.js';
import { isTextColumn, type DriverUnit, type GroupStats, type TargetGroupData } from './types.js';
import type { Phrasing } from '../phrasing/phrasing.js';

/** 1 where the row satisfies every condition (no conditions: every row). */
export function matchMask(conditions: readonly RawCondition[], data: TargetGroupData): Uint8Array {
  const matchers = conditions.map((c) => {
    const column = data.columns[c.feature];
    if (!column) throw new Error(`Unknown column "${c.feature}".`);
    return rowMatcher(c, column);
  });
  const mask = new Uint8Array(data.rowCount);
  for (let i = 0; i < data.rowCount; i++) mask[i] = matchers.every((m) => m(i)) ? 1 : 0;
  return mask;
}

/** Figures of `mask` among the rows where `scope` is 1 (default: all rows). */
export function statsFor(mask: Uint8Array, target: Uint8Array, scope?: Uint8Array): GroupStats {
  let rows = 0;
  let positives = 0;
  let matched = 0;
  let responders = 0;
  for (let i = 0; i < mask.length; i++) {
    if (scope && !scope[i]) continue;
    rows++;
    positives += target[i];
    if (mask[i]) {
      matched++;
      responders += target[i];
    }
  }
  const baseRate = rows > 0 ? positives / rows : 0;
  const responseRate = matched > 0 ? responders / matched : 0;
  return {
    matchedCustomers: matched,
    responders,
    share: rows > 0 ? matched / rows : 0,
    responseRate,
    baseRate,
    lift: baseRate > 0 && matched > 0 ? responseRate / baseRate : 0,
  };
}

export function meanPredicted(mask: Uint8Array, predicted: Float64Array | undefined): number | null {
  if (!predicted) return null;
  let sum = 0;
  let n = 0;
  for (let i = 0; i < mask.length; i++) {
    if (mask[i] && !Number.isNaN(predicted[i])) {
      sum += predicted[i];
      n++;
    }
  }
  return n > 0 ? sum / n : null;
}

export interface DistinguishingFeature {
  feature: string;
  label: string;
  kind: 'NUMERIC' | 'DATE' | 'CATEGORICAL' | 'BINARY';
  unit?: DriverUnit;
  phrasing?: Phrasing;
  /** Standardised difference; the larger, the more the group stands out. */
  score: number;
  direction: 'higher' | 'lower';
  groupMedian?: number;
  restMedian?: number;
  groupMean?: number;
  restMean?: number;
  level?: string;
  groupShare?: number;
  restShare?: number;
  /** Numbers: which figures the text and the card quote, and how ("median 383 vs 107"). */
  stat?: 'median' | 'mean';
  figures?: string;
}

/** A level fewer customers have than this sets no group apart ("YOLO": 2 of 2,240 customers). */
export const MIN_LEVEL_CUSTOMERS = 10;

/**
 * The features (not used by the conditions) whose distribution differs most between the group
 * and the rest. Numeric: |mean difference| / standard deviation (medians of whole-number
 * columns jump by whole steps, so they would flag noise); the text then quotes medians.
 * Text: the level whose share differs most (for yes/no flags, the "yes" level), |share
 * difference| / its binomial standard deviation, over levels at least MIN_LEVEL_CUSTOMERS customers
 * have. Both read as "standard deviations apart".
 */
export function distinguishingFeatures(
  mask: Uint8Array,
  data: TargetGroupData,
  exclude: readonly string[],
  limit = 3,
  minScore = 0.25,
): DistinguishingFeature[] {
  const out: DistinguishingFeature[] = [];
  for (const [feature, column] of Object.entries(data.columns)) {
    if (exclude.includes(feature)) continue;
    const label = column.label ?? feature;
    if (isTextColumn(column)) {
      const inGroup = new Map<string, number>();
      const inRest = new Map<string, number>();
      let g = 0;
      let r = 0;
      column.values.forEach((v, i) => {
        if (v === null) return;
        const map = mask[i] ? inGroup : inRest;
        map.set(v, (map.get(v) ?? 0) + 1);
        if (mask[i]) g++;
        else r++;
      });
      if (g === 0 || r === 0) continue;
      let best: DistinguishingFeature | null = null;
      const flag = column.kind === 'BINARY' ? [...new Set([...inGroup.keys(), ...inRest.keys()])].find(isYesToken) : undefined;
      for (const [level, count] of inGroup) {
        if (flag !== undefined && level !== flag) continue;
        const groupShare = count / g;
        const restShare = (inRest.get(level) ?? 0) / r;
        if (count + (inRest.get(level) ?? 0) < MIN_LEVEL_CUSTOMERS) continue;
        const overall = (count + (inRest.get(level) ?? 0)) / (g + r);
        const sd = Math.sqrt(overall * (1 - overall));
        if (!(sd > 0)) continue;
        const score = Math.abs(groupShare - restShare) / sd;
        if (!best || score > best.score) {
          best = {
            feature,
            label,
            kind: column.kind,
            unit: column.unit,
            phrasing: column.phrasing,
            score,
            direction: groupShare >= restShare ? 'higher' : 'lower',
            level,
            groupShare,
            restShare,
          };
        }
      }
      if (best) out.push(best);
      continue;
    }
    // Scores from sums in two passes, no copies: at a million customers the copies and the
    // medians of every column cost more than the rest of the description.
    const values = column.values;
    let groupSize = 0;
    let groupSum = 0;
    let restSum = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (Number.isNaN(v) || !mask[i]) continue;
      groupSum += v;
      groupSize++;
    }
    let restSize = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (Number.isNaN(v) || mask[i]) continue;
      restSum += v;
      restSize++;
    }
    if (groupSize === 0 || restSize === 0) continue;
    const gm = groupSum / groupSize;
    const rm = restSum / restSize;
    const mean = (gm * groupSize + rm * restSize) / (groupSize + restSize);
    let ss = 0;
    for (let i = 0; i < values.length; i++) if (mask[i] && !Number.isNaN(values[i])) ss += (values[i] - mean) ** 2;
    for (let i = 0; i < values.length; i++) if (!mask[i] && !Number.isNaN(values[i])) ss += (values[i] - mean) ** 2;
    const sd = Math.sqrt(ss / (groupSize + restSize));
    if (!(sd > 0)) continue;
    const diff = gm - rm;
    const score = Math.abs(diff) / sd;
    out.push({
      feature,
      label,
      kind: column.kind,
      unit: column.unit,
      phrasing: column.phrasing,
      score,
      direction: diff >= 0 ? 'higher' : 'lower',
      groupMean: gm,
      restMean: rm,
    });
  }
  const chosen = out
    .filter((f) => f.score >= minScore)
    .sort((a, b) => b.score - a.score || a.feature.localeCompare(b.feature))
    .slice(0, limit);
  // Medians only for the features the text quotes.
  for (const f of chosen) {
    const column = data.columns[f.feature];
    if (f.level !== undefined || isTextColumn(column)) continue;
    f.groupMedian = maskedMedian(column.values, mask, 1);
    f.restMedian = maskedMedian(column.values, mask, 0);
  }
  return chosen;
}

/** The median of the known values where mask[i] === side (a typed-array sort: no comparator). */
function maskedMedian(values: ArrayLike<number>, mask: Uint8Array, side: 0 | 1): number {
  let size = 0;
  for (let i = 0; i < values.length; i++) if ((mask[i] ? 1 : 0) === side && !Number.isNaN(values[i])) size++;
  const picked = new Float64Array(size);
  let at = 0;
  for (let i = 0; i < values.length; i++) if ((mask[i] ? 1 : 0) === side && !Number.isNaN(values[i])) picked[at++] = values[i];
  picked.sort();
  const m = size >> 1;
  return size % 2 ? picked[m] : (picked[m - 1] + picked[m]) / 2;
}
