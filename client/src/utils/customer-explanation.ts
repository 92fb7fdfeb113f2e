/**
 * Pure transforms for the Customer page: contributions as bars in percentage points, the
 * what-if controls a column allows (a slider within the values customers have, or a level
 * picker), and which values differ from the stored customer.
 */
import { isNoToken, isYesToken } from '../../../server/src/domain/yes-no';
import type { Contribution, CustomerExplanation, CustomerPageColumn, FeatureValue } from '../graphql/customer-operations';

export interface ContributionBar {
  feature: string;
  label: string;
  value: string | null;
  /** Percentage points of probability (exact on the probability scale, approximate on log-odds). */
  points: number;
  /** Bar width as a share of the largest bar, 0..1. */
  width: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The same points the server's text uses: exact x 100, or the move without that reason alone on log-odds. */
export function contributionPoints(scale: CustomerExplanation['scale'], probability: number, contribution: number): number {
  if (scale === 'PROBABILITY') return contribution * 100;
  const p = Math.min(Math.max(probability, 1e-12), 1 - 1e-12);
  const output = Math.log(p / (1 - p));
  return (p - sigmoid(output - contribution)) * 100;
}

/** The strongest `limit` contributions, largest first, as bars. */
export function contributionBars(
  scale: CustomerExplanation['scale'],
  probability: number,
  contributions: readonly Contribution[],
  limit = 10,
): ContributionBar[] {
  const bars = contributions
    .map((c) => ({
      feature: c.feature,
      label: c.label,
      value: c.value,
      points: contributionPoints(scale, probability, c.contribution),
      width: 0,
    }))
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points))
    .slice(0, limit);
  const largest = bars.reduce((m, b) => Math.max(m, Math.abs(b.points)), 0);
  for (const bar of bars) bar.width = largest > 0 ? Math.abs(bar.points) / largest : 0;
  return bars;
}

export type WhatIfControl =
  | { feature: string; label: string; kind: 'slider'; min: number; max: number; step: number }
  | { feature: string; label: string; kind: 'levels'; levels: string[]; yesNo: boolean }
  | { feature: string; label: string; kind: 'text' };

/** A control per column a model can use: numbers slide within the seen range, levels are picked. */
export function whatIfControls(columns: readonly CustomerPageColumn[]): WhatIfControl[] {
  return columns
    .filter((c) => !c.isTarget && c.kind !== 'IDENTIFIER' && c.kind !== 'IGNORED')
    .map((c): WhatIfControl => {
      if (c.kind === 'NUMERIC' && c.min !== null && c.max !== null && c.max > c.min) {
        const span = c.max - c.min;
        const whole = Number.isInteger(c.min) && Number.isInteger(c.max);
        return {
          feature: c.name,
          label: c.label,
          kind: 'slider',
          min: c.min,
          max: c.max,
          step: whole ? Math.max(1, Math.round(span / 200)) : span / 200,
        };
      }
      if ((c.kind === 'CATEGORICAL' || c.kind === 'BINARY') && c.topLevels.length > 0) {
        return { feature: c.name, label: c.label, kind: 'levels', levels: c.topLevels.map((l) => l.value), yesNo: c.kind === 'BINARY' };
      }
      return { feature: c.name, label: c.label, kind: 'text' };
    });
}

/** The stored values with the edits applied (an edit to '' means missing). */
export function withEdits(values: readonly FeatureValue[], edits: Readonly<Record<string, string>>): FeatureValue[] {
  return values.map((v) => (v.feature in edits ? { feature: v.feature, value: edits[v.feature] === '' ? null : edits[v.feature] } : v));
}

/** Features whose edited value differs from the stored one. */
export function changedFeatures(values: readonly FeatureValue[], edits: Readonly<Record<string, string>>): string[] {
  return values.filter((v) => v.feature in edits && (edits[v.feature] === '' ? null : edits[v.feature]) !== v.value).map((v) => v.feature);
}

export interface CurveShape {
  /** SVG polyline points in a 0..width x 0..height box (numbers), or null for levels. */
  line: string | null;
  /** Where the customer's current value sits (numbers), in box coordinates. */
  marker: { x: number; y: number } | null;
  bars: { value: string; probability: number; current: boolean }[];
}

/**
 * A ceteris-paribus curve for drawing: numbers as a line with the current value marked
 * (placed on the line by interpolation), levels as bars with the current level flagged.
 */
export function curveShape(
  points: readonly { value: string; numericValue: number | null; probability: number }[],
  current: string | null,
  width = 100,
  height = 40,
): CurveShape {
  const numeric = points.length > 0 && points.every((p) => p.numericValue !== null);
  if (!numeric)
    return {
      line: null,
      marker: null,
      bars: points.map((p) => ({ value: p.value, probability: p.probability, current: p.value === current })),
    };
  const xs = points.map((p) => p.numericValue as number);
  const [lo, hi] = [xs[0], xs[xs.length - 1]];
  const top = Math.max(...points.map((p) => p.probability), 0.01);
  const x = (v: number) => (hi > lo ? ((v - lo) / (hi - lo)) * width : width / 2);
  const y = (p: number) => height - (p / top) * height;
  const line = points.map((p, i) => `${x(xs[i]).toFixed(2)},${y(p.probability).toFixed(2)}`).join(' ');
  const v = current === null ? NaN : Number(current);
  let marker: CurveShape['marker'] = null;
  if (Number.isFinite(v)) {
    const clamped = Math.min(Math.max(v, lo), hi);
    let k = 0;
    while (k < xs.length - 2 && xs[k + 1] < clamped) k++;
    const span = xs[k + 1] - xs[k];
    const t = xs.length > 1 && span > 0 ? (clamped - xs[k]) / span : 0;
    const p = xs.length > 1 ? points[k].probability + t * (points[k + 1].probability - points[k].probability) : points[0].probability;
    marker = { x: x(clamped), y: y(p) };
  }
  return { line, marker, bars: [] };
}

/** A yes/no column's level as an answer ("1", "yes", "true" -> yes); null when it is neither. */
export function yesNoOf(level: string): 'yes' | 'no' | null {
  return isYesToken(level) ? 'yes' : isNoToken(level) ? 'no' : null;
}
