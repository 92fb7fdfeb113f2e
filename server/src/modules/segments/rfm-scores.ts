/**
 * Classic RFM scoring: recency, frequency and monetary value each scored 1-5 by quintile,
 * and every customer mapped from their R and F scores to one of the named segments
 * marketers use. Pure functions; the cut points are kept so new customers get the same
 * scores as the segmented ones.
 *
 * Scores: a value's mid-rank percentile p = (customers below + half the customers equal) / n,
 * score = floor(5 p) + 1 (1..5). Equal values therefore always share a score, and with
 * distinct values each quintile holds a fifth of the customers. Recency is reversed (fewest
 * days since the last purchase = 5). A customer without a value gets 1 on that part.
 *
 * Segments: the R x F map of the widely used open RFM analyses (pandas `seg_map` on the
 * "RF" score string: [1-2][1-2] hibernating, [1-2][3-4] at risk, [1-2]5 can't lose,
 * 3[1-2] about to sleep, 33 need attention, [3-4][4-5] loyal, 41 promising, 51 new,
 * [4-5][2-3] potential loyalists, 5[4-5] champions), with the corner R = 1, F = 1 split off
 * from Hibernating as "Lost" so that the eleven names of the usual RFM segment table appear.
 */

import type { Locale } from '../phrasing/locale.js';
import { message } from '../phrasing/phrase.js';

export type RfmPart = 'recency' | 'frequency' | 'monetary';

export const RFM_SEGMENT_NAMES = [
  'Champions',
  'Loyal customers',
  'Potential loyalists',
  'New customers',
  'Promising',
  'Need attention',
  'About to sleep',
  'At risk',
  'Cannot lose them',
  'Hibernating',
  'Lost',
] as const;
export type RfmSegmentName = (typeof RFM_SEGMENT_NAMES)[number];

/** Each segment's key in the message catalogue (rfm.name, rfm.rule). */
const RFM_SEGMENT_KEYS: Record<RfmSegmentName, string> = {
  Champions: 'champions',
  'Loyal customers': 'loyal',
  'Potential loyalists': 'potentialLoyalists',
  'New customers': 'new',
  Promising: 'promising',
  'Need attention': 'needAttention',
  'About to sleep': 'aboutToSleep',
  'At risk': 'atRisk',
  'Cannot lose them': 'cannotLose',
  Hibernating: 'hibernating',
  Lost: 'lost',
};

/** The segment's name as the page shows it (the catalogue's; in English the name itself). */
export function rfmSegmentTitle(name: RfmSegmentName, locale: Locale = 'en'): string {
  return message('rfm.name', { segment: RFM_SEGMENT_KEYS[name] }, locale);
}

/** What the segment means, in the R and F scores: "R 5, F 4-5: bought very recently and buy most often". */
export function rfmSegmentRule(name: RfmSegmentName, locale: Locale = 'en'): string {
  return message('rfm.rule', { segment: RFM_SEGMENT_KEYS[name] }, locale);
}

/** Every segment's rule (shown on the page and in the README). */
export const RFM_SEGMENT_RULES: Record<RfmSegmentName, string> = Object.fromEntries(
  RFM_SEGMENT_NAMES.map((n) => [n, rfmSegmentRule(n)]),
) as Record<RfmSegmentName, string>;

/** The segment of an R score and an F score (each 1..5). */
export function rfmSegmentOf(r: number, f: number): RfmSegmentName {
  if (r <= 2) {
    if (f === 5) return 'Cannot lose them';
    if (f >= 3) return 'At risk';
    return r === 1 && f === 1 ? 'Lost' : 'Hibernating';
  }
  if (r === 3) return f >= 4 ? 'Loyal customers' : f === 3 ? 'Need attention' : 'About to sleep';
  if (f >= 4) return r === 5 ? 'Champions' : 'Loyal customers';
  if (f >= 2) return 'Potential loyalists';
  return r === 5 ? 'New customers' : 'Promising';
}

/**
 * Cut points of one part: cuts[s - 2] is the smallest value scored s or more (s = 2..5), on the
 * ascending scale (before recency is reversed); null when no value reaches s.
 */
export type RfmCuts = (number | null)[];

/** Ascending 1..5 quintile scores (NaN -> 0, "no value") and the cut points that reproduce them. */
export function quintileScores(values: ArrayLike<number>): { scores: Uint8Array; cuts: RfmCuts } {
  const present: number[] = [];
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) present.push(values[i]);
  const sorted = Float64Array.from(present).sort();
  const n = sorted.length;
  const scoreOfValue = new Map<number, number>();
  for (let start = 0; start < n;) {
    let end = start;
    while (end < n && sorted[end] === sorted[start]) end++;
    const percentile = (start + (end - start) / 2) / n;
    scoreOfValue.set(sorted[start], Math.min(5, Math.floor(5 * percentile) + 1));
    start = end;
  }
  const cuts: RfmCuts = [null, null, null, null];
  for (const [value, score] of scoreOfValue) {
    for (let s = 2; s <= score; s++) if (cuts[s - 2] === null || value < cuts[s - 2]!) cuts[s - 2] = value;
  }
  const scores = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) scores[i] = Number.isNaN(values[i]) ? 0 : scoreOfValue.get(values[i])!;
  return { scores, cuts };
}

/** The ascending score of a value under stored cut points (a new customer's). */
export function scoreWithCuts(value: number, cuts: RfmCuts): number {
  if (Number.isNaN(value)) return 0;
  let score = 1;
  for (let s = 2; s <= 5; s++) if (cuts[s - 2] !== null && value >= cuts[s - 2]!) score = s;
  return score;
}

/** Final 1..5 score: recency reversed, a missing value counted as the worst (1). */
export function finalScore(ascending: number, part: RfmPart): number {
  if (ascending === 0) return 1;
  return part === 'recency' ? 6 - ascending : ascending;
}

export interface RfmScoreModel {
  /** Cut points per part; null = the dataset has no such part (scored 1 for everyone). */
  cuts: Record<RfmPart, RfmCuts | null>;
}

export interface RfmScoring {
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array | null;
  segment: RfmSegmentName[];
  model: RfmScoreModel;
}

export interface RfmParts {
  recency: ArrayLike<number> | null;
  frequency: ArrayLike<number> | null;
  monetary: ArrayLike<number> | null;
}

function checkParts(parts: RfmParts): number {
  if (!parts.recency || !parts.frequency) {
    throw new Error(
      'RFM scores need a recency column (days since the last purchase) and purchase counts; ' +
        (parts.recency ? 'no purchase-count column was found.' : 'no recency column was found.') +
        ' Name them in the RFM settings, or use k-means.',
    );
  }
  return parts.recency.length;
}

/** Scores every customer and maps them to a segment (every customer gets exactly one). */
export function scoreRfm(parts: RfmParts): RfmScoring {
  const n = checkParts(parts);
  const score = (part: RfmPart, values: ArrayLike<number> | null) => {
    if (!values) return { final: null, cuts: null };
    const { scores, cuts } = quintileScores(values);
    return { final: Uint8Array.from(scores, (s) => finalScore(s, part)), cuts };
  };
  const r = score('recency', parts.recency);
  const f = score('frequency', parts.frequency);
  const m = score('monetary', parts.monetary);
  const segment = Array.from({ length: n }, (_, i) => rfmSegmentOf(r.final![i], f.final![i]));
  return { r: r.final!, f: f.final!, m: m.final, segment, model: { cuts: { recency: r.cuts, frequency: f.cuts, monetary: m.cuts } } };
}

/** New customers scored with the stored cut points. */
export function scoreRfmWithModel(model: RfmScoreModel, parts: RfmParts): { r: Uint8Array; f: Uint8Array; segment: RfmSegmentName[] } {
  const n = checkParts(parts);
  const scoreAll = (part: RfmPart, values: ArrayLike<number>) =>
    Uint8Array.from({ length: n }, (_, i) => finalScore(model.cuts[part] ? scoreWithCuts(values[i], model.cuts[part]!) : 0, part));
  const r = scoreAll('recency', parts.recency!);
  const f = scoreAll('frequency', parts.frequency!);
  return { r, f, segment: Array.from({ length: n }, (_, i) => rfmSegmentOf(r[i], f[i])) };
}

export interface RfmGridCell {
  recency: number;
  frequency: number;
  customers: number;
  name: RfmSegmentName;
}

/** Customers per (R, F) cell, all 25 cells, R descending then F ascending. */
export function rfmGrid(r: ArrayLike<number>, f: ArrayLike<number>): RfmGridCell[] {
  const counts = new Int32Array(25);
  for (let i = 0; i < r.length; i++) counts[(r[i] - 1) * 5 + (f[i] - 1)]++;
  const cells: RfmGridCell[] = [];
  for (let rs = 5; rs >= 1; rs--) {
    for (let fs = 1; fs <= 5; fs++)
      cells.push({ recency: rs, frequency: fs, customers: counts[(rs - 1) * 5 + (fs - 1)], name: rfmSegmentOf(rs, fs) });
  }
  return cells;
}
