/**
 * The stored form of a finished segmentation: what the API shows, with column labels
 * resolved, every number JSON-safe (NaN -> null), and no per-customer arrays (the labels go
 * to `members`, the fitted model to `model`).
 */
import type { CampaignOutcome, FeatureProfile } from './profiles.js';
import type { SegmentationResult } from './segment-customers.types.js';
import type { FeatureDifference } from './segment-text.js';
import type { SegmentTextFacts } from './segment-texts.js';

export interface StoredCampaignOutcome extends CampaignOutcome {
  label: string;
}

export interface StoredFeatureProfile {
  feature: string;
  label: string;
  kind: 'NUMERIC' | 'CATEGORICAL';
  mean: number | null;
  median: number | null;
  overallMean: number | null;
  overallMedian: number | null;
  level: string | null;
  share: number | null;
  overallShare: number | null;
  standardisedDifference: number | null;
  /** How the segment differs on it, in words ("Were born earlier (median 1965 vs 1970)"); absent in runs stored before. */
  text?: string | null;
  /** The arrow: "higher" or "lower" when the shown figures differ materially, else null. */
  direction?: 'higher' | 'lower' | null;
}

export interface StoredSegment {
  index: number;
  name: string;
  description: string;
  size: number;
  share: number;
  meanPredicted: number | null;
  /** Customers of the segment in the featured model's target group (top 3 drivers) and their share; null without a model. */
  targetGroupCustomers?: number | null;
  targetGroupShare?: number | null;
  generatedBrief: string;
  /** The analyst's edit of the brief; null = the generated one stands. */
  editedBrief: string | null;
  profile: StoredFeatureProfile[];
  /** Feature names, most distinctive first. */
  distinctive: string[];
  campaigns: StoredCampaignOutcome[];
}

export interface StoredSegmentation {
  rowCount: number;
  /** smallestShare and leftOut are absent in runs stored before they existed. */
  kChoice: { k: number; silhouette: number; inertia: number; smallestShare?: number | null; leftOut?: string | null }[];
  overallCampaigns: StoredCampaignOutcome[];
  projection: { x: number; y: number; segment: number }[];
  explainedVariance: number[];
  segments: StoredSegment[];
  /** RFM_SCORES: customers per (R, F) score cell and its segment (absent in runs stored before it existed). */
  rfmGrid?: { recency: number; frequency: number; customers: number; segment: number; name: string }[];
  choiceReason?: string | null;
  warnings?: string[];
  eps?: number | null;
  minPts?: number | null;
  /** The figures the texts above are written from, to write them in the reader's language (absent in runs stored before). */
  textFacts?: SegmentTextFacts;
}

const finite = (x: number | undefined | null): number | null => (x === undefined || x === null || !Number.isFinite(x) ? null : x);

function profileOf(p: FeatureProfile, label: string, difference: FeatureDifference | undefined): StoredFeatureProfile {
  const base = {
    feature: p.feature,
    label,
    kind: p.kind,
    standardisedDifference: finite(p.standardisedDifference),
    text: difference?.text ?? null,
    direction: difference?.direction ?? null,
  };
  if (p.kind === 'NUMERIC') {
    return {
      ...base,
      mean: finite(p.mean),
      median: finite(p.median),
      overallMean: finite(p.overallMean),
      overallMedian: finite(p.overallMedian),
      level: null,
      share: null,
      overallShare: null,
    };
  }
  return {
    ...base,
    mean: null,
    median: null,
    overallMean: null,
    overallMedian: null,
    level: p.level,
    share: finite(p.share),
    overallShare: finite(p.overallShare),
  };
}

export function toStored(result: SegmentationResult, rowCount: number, labels: Record<string, string>): StoredSegmentation {
  const label = (name: string) => result.featureLabels?.[name] ?? labels[name] ?? name;
  const outcome = (c: CampaignOutcome): StoredCampaignOutcome => ({ ...c, label: label(c.column) });
  return {
    rowCount,
    kChoice: result.kChoice.map((c) => ({
      k: c.k,
      silhouette: finite(c.silhouette) ?? 0,
      inertia: finite(c.inertia) ?? 0,
      smallestShare: finite(c.smallestShare),
      leftOut: c.leftOut,
    })),
    overallCampaigns: result.overallCampaigns.map(outcome),
    projection: result.pca.points.map((p) => ({ x: finite(p.x) ?? 0, y: finite(p.y) ?? 0, segment: p.segment })),
    explainedVariance: result.pca.explained.map((v) => finite(v) ?? 0),
    rfmGrid: result.rfmGrid,
    choiceReason: result.choiceReason,
    warnings: result.warnings,
    eps: finite(result.eps),
    minPts: result.minPts,
    textFacts: result.textFacts,
    segments: result.segments.map((s) => ({
      index: s.index,
      name: s.name,
      description: s.description,
      size: s.size,
      share: s.share,
      meanPredicted: finite(s.meanPredicted),
      targetGroupCustomers: s.targetGroupCustomers ?? null,
      targetGroupShare: finite(s.targetGroupShare),
      generatedBrief: s.brief,
      editedBrief: null,
      profile: s.profile.features.map((p) => profileOf(p, label(p.feature), s.differences[p.feature])),
      distinctive: s.profile.distinctive,
      campaigns: s.campaigns.map(outcome),
    })),
  };
}
