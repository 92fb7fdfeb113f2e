/**
 * What each segment looks like: size, every feature against the whole customer base, the
 * features that set it apart most, and how it answered every past campaign (the heatmap).
 */
import { isCategorical, type FeatureTable } from '../training/data/feature-table.js';
import { median, presentSorted } from './scaling.js';

export interface CampaignColumn {
  column: string;
  /** 1 = responded, 0 = did not, NaN = unknown. */
  values: ArrayLike<number>;
}

export interface CampaignOutcome {
  column: string;
  responded: number;
  total: number;
  rate: number;
}

export interface NumericFeatureProfile {
  feature: string;
  kind: 'NUMERIC';
  mean: number;
  median: number;
  overallMean: number;
  overallMedian: number;
  /** (segment mean - overall mean) / overall sd. */
  standardisedDifference: number;
  /** Set for 0/1 flags (means are shares) and dates (days before the latest date). */
  source?: 'BINARY' | 'DATE';
}

export interface CategoricalFeatureProfile {
  feature: string;
  kind: 'CATEGORICAL';
  /** The level most over-represented in the segment, with its shares. */
  level: string;
  share: number;
  overallShare: number;
  /** Difference of the level's shares over the sd of its 0/1 indicator. */
  standardisedDifference: number;
}

export type FeatureProfile = NumericFeatureProfile | CategoricalFeatureProfile;

export interface SegmentProfile {
  features: FeatureProfile[];
  /** Feature names by decreasing |standardised difference| (at most 5). */
  distinctive: string[];
}

function groupRows(labels: Int32Array, k: number): Int32Array[] {
  const sizes = new Int32Array(k);
  for (const l of labels) if (l >= 0) sizes[l]++;
  const groups = Array.from(sizes, (s) => new Int32Array(s));
  const fill = new Int32Array(k);
  labels.forEach((l, i) => {
    if (l >= 0) groups[l][fill[l]++] = i;
  });
  return groups;
}

function meanSd(values: ArrayLike<number>): { mean: number; sd: number } {
  let n = 0;
  let sum = 0;
  let sq = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (Number.isNaN(x)) continue;
    n++;
    sum += x;
    sq += x * x;
  }
  const mean = n > 0 ? sum / n : NaN;
  return { mean, sd: n > 0 ? Math.sqrt(Math.max(0, sq / n - mean * mean)) : NaN };
}

const safeDiff = (diff: number, sd: number) => (sd > 0 && Number.isFinite(diff) ? diff / sd : 0);

/** Profiles of segments 0..k-1 (rows labelled -1 belong to none but count in "overall"). */
export function profileSegments(table: FeatureTable, labels: Int32Array, k: number): SegmentProfile[] {
  const groups = groupRows(labels, k);
  const perSegment: FeatureProfile[][] = groups.map(() => []);
  for (const feature of table.features) {
    if (isCategorical(feature)) {
      const overall = new Float64Array(feature.levels.length);
      let overallN = 0;
      for (const c of feature.codes)
        if (c >= 0) {
          overall[c]++;
          overallN++;
        }
      groups.forEach((rows, s) => {
        const counts = new Float64Array(feature.levels.length);
        let n = 0;
        for (const r of rows)
          if (feature.codes[r] >= 0) {
            counts[feature.codes[r]]++;
            n++;
          }
        let best: CategoricalFeatureProfile | null = null;
        counts.forEach((count, level) => {
          const p = overallN > 0 ? overall[level] / overallN : 0;
          const share = n > 0 ? count / n : 0;
          const d = safeDiff(share - p, Math.sqrt(p * (1 - p)));
          if (!best || d > best.standardisedDifference) {
            best = {
              feature: feature.name,
              kind: 'CATEGORICAL',
              level: feature.levels[level],
              share,
              overallShare: p,
              standardisedDifference: d,
            };
          }
        });
        if (best) perSegment[s].push(best);
      });
      continue;
    }
    const { mean: overallMean, sd } = meanSd(feature.values);
    const overallMedian = median(presentSorted(feature.values));
    groups.forEach((rows, s) => {
      const values = Float64Array.from(rows, (r) => feature.values[r]);
      const { mean } = meanSd(values);
      perSegment[s].push({
        feature: feature.name,
        kind: 'NUMERIC',
        mean,
        median: median(presentSorted(values)),
        overallMean,
        overallMedian,
        standardisedDifference: safeDiff(mean - overallMean, sd),
        ...(feature.kind === 'NUMERIC' ? {} : { source: feature.kind }),
      });
    });
  }
  return perSegment.map((features) => ({
    features,
    distinctive: features
      .filter((f) => f.standardisedDifference !== 0)
      .sort((a, b) => Math.abs(b.standardisedDifference) - Math.abs(a.standardisedDifference))
      .slice(0, 5)
      .map((f) => f.feature),
  }));
}

export function outcomeOf(column: string, values: ArrayLike<number>, rows: ArrayLike<number> | null): CampaignOutcome {
  let responded = 0;
  let total = 0;
  const n = rows ? rows.length : values.length;
  for (let i = 0; i < n; i++) {
    const v = values[rows ? rows[i] : i];
    if (Number.isNaN(v)) continue;
    total++;
    if (v === 1) responded++;
  }
  return { column, responded, total, rate: total > 0 ? responded / total : 0 };
}

/** The segment x campaign heatmap: one row per segment, one outcome per campaign column. */
export function campaignHeatmap(campaigns: CampaignColumn[], labels: Int32Array, k: number): CampaignOutcome[][] {
  campaigns.forEach((c) => {
    if (c.values.length !== labels.length)
      throw new Error(`Campaign "${c.column}" has ${c.values.length} values for ${labels.length} customers.`);
  });
  return groupRows(labels, k).map((rows) => campaigns.map((c) => outcomeOf(c.column, c.values, rows)));
}

export function meanPerSegment(values: ArrayLike<number>, labels: Int32Array, k: number): number[] {
  if (values.length !== labels.length) throw new Error(`Got ${values.length} predictions for ${labels.length} customers.`);
  return groupRows(labels, k).map((rows) => meanSd(Float64Array.from(rows, (r) => values[r])).mean);
}

export function segmentSizes(labels: Int32Array, k: number): number[] {
  return groupRows(labels, k).map((g) => g.length);
}
