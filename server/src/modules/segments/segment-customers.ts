/**
 * Customer segmentation end to end, as one pure function: features (RFM, the model's top
 * drivers, or chosen columns) -> scaling -> k-means or DBSCAN -> profiles, names, campaign
 * heatmap, briefs and a 2-D picture. The result is plain data (plus the Int32Array of
 * labels) and carries the fitted scaler and centroids/core points to place new customers.
 */
import type { FeatureTable } from '../training/data/feature-table.js';
import { briefFacts } from './briefs.js';
import { fromArrays, toArrays } from './dense-matrix.js';
import { runDbscan, assignToCores, type DbscanModel } from './dbscan.js';
import { assignNearest, kmeansSegments, type KChoice } from './kmeans.js';
import { rfmPositions } from './naming.js';
import { projectSegments, type PcaProjection } from './pca.js';
import { campaignHeatmap, meanPerSegment, outcomeOf, profileSegments, segmentSizes } from './profiles.js';
import type { CampaignColumn, CampaignOutcome, SegmentProfile } from './profiles.js';
import { buildRfmFeatures, hasRfm, detectRfmColumns, RFM_NAMES, type RfmConfig, type RfmSources } from './rfm.js';
import {
  rfmGrid,
  RFM_SEGMENT_NAMES,
  rfmSegmentOf,
  type RfmSegmentName,
  scoreRfm,
  scoreRfmWithModel,
  type RfmParts,
  type RfmScoreModel,
} from './rfm-scores.js';
import { fitScaler, transform, type FittedScaler, type ScalerOptions } from './scaling.js';
import { silhouetteScore } from './silhouette.js';
import type { KChoiceFacts } from './choice-reasons.js';
import { chooseDbscanSettings, type DbscanReasonFacts } from './dbscan-settings.js';
import type { Phrasing } from '../phrasing/phrasing.js';
import { isMaterial, withRfmWords, type ColumnWords, type FeatureDifference } from './segment-text.js';
import { renderSegmentTexts, type SegmentTextFacts } from './segment-texts.js';
import type { DescribedCondition } from '../target-groups/condition-text.js';

import type { SegmentationAlgorithm } from '../../domain/algorithms.js';
export type SegmentFeatureSet = 'RFM' | 'TOP_DRIVERS' | 'CUSTOM';

export interface SegmentCustomersOptions {
  algorithm?: SegmentationAlgorithm;
  featureSet?: SegmentFeatureSet;
  /** TOP_DRIVERS: the driver feature names (the caller knows the model); CUSTOM: the chosen columns. */
  features?: string[];
  /** k-means only; omitted = chosen by silhouette between kMin and kMax (3..8) with every segment at minShare (5 %) or more. */
  k?: number;
  kMin?: number;
  kMax?: number;
  minShare?: number;
  nInit?: number;
  /** Rows used for choosing k, silhouette and DBSCAN itself. */
  sampleSize?: number;
  eps?: number;
  minPts?: number;
  rfm?: RfmConfig;
  scaling?: ScalerOptions;
  /** Predicted response probability per customer, for each segment's mean. */
  predicted?: ArrayLike<number>;
  pcaPoints?: number;
  randomState?: number;
  /** Column labels (and units) by name, for the descriptions, names and briefs; default: the names. */
  labels?: Record<string, string>;
  units?: Record<string, string>;
  /** Phrasing models by column name (what each column counts or measures) and the dataset's currency. */
  phrasings?: Record<string, Phrasing>;
  currency?: string | null;
  /**
   * The featured model's target group: 1 per customer in it (same rows as the table), and the
   * group in words ("customers who ..."). Each segment's overlap goes into its summary and brief.
   */
  targetGroup?: { mask: ArrayLike<number>; conditions: DescribedCondition[] };
}

export interface SegmentSummary {
  index: number;
  name: string;
  description: string;
  size: number;
  share: number;
  profile: SegmentProfile;
  campaigns: CampaignOutcome[];
  meanPredicted?: number;
  /** Customers of the segment in the target group, and their share of the segment (with options.targetGroup). */
  targetGroupCustomers?: number;
  targetGroupShare?: number;
  brief: string;
  /** Each profiled feature's difference in words, and its arrow (null: not material). */
  differences: Record<string, FeatureDifference>;
}

/** Everything needed to place new customers exactly as the segmented ones were placed. */
export interface SegmentationModel {
  algorithm: SegmentationAlgorithm;
  featureSet: SegmentFeatureSet;
  /** Set when the features are RFM: how to rebuild them from a new table. */
  rfm: RfmSources | null;
  scaler: FittedScaler;
  centroids: number[][] | null;
  dbscan: DbscanModel | null;
  /** RFM_SCORES: the quintile cut points, and the segment name of each index. */
  rfmScores?: (RfmScoreModel & { segments: string[] }) | null;
}

/** RFM_SCORES: customers per (R, F) score cell and the segment the cell belongs to (-1: none of the customers). */
export interface RfmGridSummary {
  recency: number;
  frequency: number;
  customers: number;
  segment: number;
  name: string;
}

export interface SegmentationResult {
  algorithm: SegmentationAlgorithm;
  featureSet: SegmentFeatureSet;
  features: string[];
  k: number;
  silhouette: number | null;
  /** Every k tried (k-means with automatic k), with why it could not be chosen when it could not. */
  kChoice: (KChoice & { leftOut: string | null })[];
  noiseCustomers: number;
  /** Segment index per customer, -1 for DBSCAN noise. */
  labels: Int32Array;
  segments: SegmentSummary[];
  /** Every campaign over all customers, for the heatmap's reference row. */
  overallCampaigns: CampaignOutcome[];
  pca: PcaProjection;
  model: SegmentationModel;
  /** RFM_SCORES only: the R x F grid (25 cells). */
  rfmGrid: RfmGridSummary[];
  /** Why this many segments (k-means), how eps and minPts were chosen (DBSCAN), or how scores map to segments. */
  choiceReason: string | null;
  /** What the page must warn about (one giant segment, tiny segments). */
  warnings: string[];
  /** Labels of every profiled feature, the derived RFM ones included ("Purchases", "Total spend"). */
  featureLabels: Record<string, string>;
  /** DBSCAN's own settings. */
  eps: number | null;
  minPts: number | null;
  /** The figures every text above is written from, to write them again in the reader's language. */
  textFacts: SegmentTextFacts;
}

export type SegmentationProgress = (fraction: number, stage: string) => void;

function validate(table: FeatureTable, campaigns: CampaignColumn[], o: SegmentCustomersOptions): void {
  if (o.algorithm && !['KMEANS', 'DBSCAN', 'RFM_SCORES'].includes(o.algorithm))
    throw new Error(`Unknown algorithm "${o.algorithm}"; use KMEANS, DBSCAN or RFM_SCORES.`);
  if (o.algorithm === 'RFM_SCORES' && o.featureSet && o.featureSet !== 'RFM')
    throw new Error('RFM scores are built from recency, frequency and monetary value: choose the RFM features.');
  if (o.k !== undefined && o.algorithm === 'RFM_SCORES')
    throw new Error('RFM scores give a fixed set of named segments; leave k empty or use KMEANS.');
  if (o.featureSet && !['RFM', 'TOP_DRIVERS', 'CUSTOM'].includes(o.featureSet)) throw new Error(`Unknown feature set "${o.featureSet}".`);
  if (o.featureSet && o.featureSet !== 'RFM' && !(o.features && o.features.length > 0)) {
    throw new Error(
      o.featureSet === 'TOP_DRIVERS'
        ? 'TOP_DRIVERS needs the driver feature names (train a model first).'
        : 'CUSTOM needs at least one column in `features`.',
    );
  }
  if (o.k !== undefined && o.algorithm === 'DBSCAN')
    throw new Error('DBSCAN finds the number of segments itself; leave k empty or use KMEANS.');
  if (o.k !== undefined && (!Number.isInteger(o.k) || o.k < 2)) throw new Error(`k must be an integer of at least 2; got ${o.k}.`);
  if (table.rowCount < 3) throw new Error(`Segmentation needs at least 3 customers; got ${table.rowCount}.`);
  for (const c of campaigns)
    if (c.values.length !== table.rowCount)
      throw new Error(`Campaign "${c.column}" has ${c.values.length} values for ${table.rowCount} customers.`);
  if (o.targetGroup && o.targetGroup.mask.length !== table.rowCount)
    throw new Error(`The target group has ${o.targetGroup.mask.length} entries for ${table.rowCount} customers.`);
}

/** Customers of each segment 0..k-1 where `mask` is 1. */
function countPerSegment(mask: ArrayLike<number>, labels: Int32Array, k: number): number[] {
  const counts = new Array<number>(k).fill(0);
  for (let i = 0; i < labels.length; i++) if (labels[i] >= 0 && mask[i] === 1) counts[labels[i]]++;
  return counts;
}

/**
 * Sorts segments by size (largest = 0) so indices are stable and meaningful, or keeps their
 * given order (RFM segments read best from Champions to Lost); drops empty ones.
 */
function relabelBySize(labels: Int32Array, k: number, keepOrder = false): { labels: Int32Array; order: number[] } {
  const sizes = segmentSizes(labels, k);
  const order = sizes
    .map((_, i) => i)
    .filter((i) => sizes[i] > 0)
    .sort((a, b) => (keepOrder ? a - b : sizes[b] - sizes[a] || a - b));
  const newIndex = new Int32Array(k).fill(-1);
  order.forEach((old, i) => (newIndex[old] = i));
  return { labels: Int32Array.from(labels, (l) => (l >= 0 ? newIndex[l] : -1)), order };
}

function profileTable(table: FeatureTable, rfm: FeatureTable | null): FeatureTable {
  if (!rfm) return table;
  const derived = new Set(rfm.features.map((f) => f.name));
  return { rowCount: table.rowCount, features: [...table.features.filter((f) => !derived.has(f.name)), ...rfm.features] };
}

function rfmParts(rfm: FeatureTable): RfmParts {
  const part = (name: string) => (rfm.features.find((f) => f.name === name) as { values: Float64Array } | undefined)?.values ?? null;
  return { recency: part(RFM_NAMES.recency), frequency: part(RFM_NAMES.frequency), monetary: part(RFM_NAMES.monetary) };
}

/** RFM_SCORES: labels = index of the segment name in RFM_SEGMENT_NAMES (relabelled afterwards). */
function rfmScoreLabels(rfm: FeatureTable): { labels: Int32Array; model: RfmScoreModel; r: Uint8Array; f: Uint8Array } {
  const scoring = scoreRfm(rfmParts(rfm));
  const index = new Map<string, number>(RFM_SEGMENT_NAMES.map((n, i) => [n, i]));
  return { labels: Int32Array.from(scoring.segment, (n) => index.get(n)!), model: scoring.model, r: scoring.r, f: scoring.f };
}

function rfmConfigOf(sources: RfmSources): RfmConfig {
  return {
    recency: sources.recency,
    frequency: sources.frequency,
    monetary: sources.monetary,
    recencyForNever: sources.recencyForNever ?? undefined,
  };
}

export function segmentCustomers(
  table: FeatureTable,
  campaigns: CampaignColumn[],
  options: SegmentCustomersOptions = {},
  onProgress?: SegmentationProgress,
): SegmentationResult {
  validate(table, campaigns, options);
  const algorithm = options.algorithm ?? 'KMEANS';
  const featureSet = options.featureSet ?? 'RFM';
  const randomState = options.randomState ?? 0;
  const sampleSize = options.sampleSize ?? 5000;
  onProgress?.(0, 'features');

  // RFM is built for naming even when segmenting on other columns, if the data has it.
  const wantRfm = featureSet === 'RFM' || hasRfm(detectRfmColumns(table, options.rfm));
  const rfm = wantRfm ? buildRfmFeatures(table, options.rfm) : null;
  const clusterTable = featureSet === 'RFM' ? rfm!.table : table;
  const features = featureSet === 'RFM' ? rfm!.featureNames : options.features!;
  const scaler = fitScaler(clusterTable, features, options.scaling);
  const X = transform(scaler, clusterTable);
  onProgress?.(0.05, 'clustering');

  let rawLabels: Int32Array;
  let rawK: number;
  let silhouette: number | null;
  let kChoice: (KChoice & { leftOut: string | null })[] = [];
  let centroids: number[][] | null = null;
  let dbscan: DbscanModel | null = null;
  let rfmScored: ReturnType<typeof rfmScoreLabels> | null = null;
  let kFacts: KChoiceFacts | null = null;
  let dbscanWhy: DbscanReasonFacts | null = null;
  if (algorithm === 'RFM_SCORES') {
    rfmScored = rfmScoreLabels(rfm!.table);
    rawLabels = rfmScored.labels;
    rawK = RFM_SEGMENT_NAMES.length;
    silhouette = null;
  } else if (algorithm === 'KMEANS') {
    const { fit, choice } = kmeansSegments(
      X,
      { k: options.k, kMin: options.kMin, kMax: options.kMax, minShare: options.minShare, nInit: options.nInit, sampleSize, randomState },
      (f) => onProgress?.(0.05 + 0.75 * f, 'clustering'),
    );
    rawLabels = fit.labels;
    rawK = fit.k;
    kChoice = choice ? choice.choices.map((c) => ({ ...c, leftOut: null })) : [];
    kFacts = choice
      ? {
          k: choice.k,
          choices: choice.choices,
          kMin: choice.kMin,
          minShare: choice.minShare,
          bestSilhouetteK: choice.bestSilhouetteK,
          tolerance: choice.tolerance,
        }
      : null;
    silhouette = choice
      ? choice.choices.find((c) => c.k === fit.k)!.silhouette
      : silhouetteScore(X, fit.labels, { sampleSize, randomState });
    centroids = toArrays(fit.centroids);
  } else {
    const settings = chooseDbscanSettings(X, { eps: options.eps, minPts: options.minPts, sampleSize, randomState });
    dbscanWhy = settings.why;
    const result = runDbscan(X, { eps: settings.eps, minPts: settings.minPts, sampleSize, randomState });
    rawLabels = result.labels;
    rawK = result.clusterCount;
    dbscan = result.model;
    silhouette = rawK >= 2 ? silhouetteScore(X, rawLabels, { sampleSize, randomState }) : null;
  }
  if (silhouette !== null && Number.isNaN(silhouette)) silhouette = null;
  const { labels, order } = relabelBySize(rawLabels, rawK, algorithm === 'RFM_SCORES');
  const k = order.length;
  if (centroids) centroids = order.map((old) => centroids![old]);
  if (dbscan) {
    const newIndex = new Map(order.map((old, i) => [old, i]));
    dbscan = { ...dbscan, coreLabels: dbscan.coreLabels.map((l) => newIndex.get(l) ?? -1) };
  }
  onProgress?.(0.8, 'profiles');

  const plainWords: ColumnWords = {
    labels: options.labels,
    units: options.units,
    phrasings: options.phrasings,
    currency: options.currency,
  };
  const words = rfm ? withRfmWords(plainWords, rfm.sources.recency) : plainWords;
  const profiles = profileSegments(profileTable(table, rfm?.table ?? null), labels, k).map((p) => ({
    ...p,
    // Only differences a reader can see in the rounded figures are called distinctive.
    distinctive: p.distinctive.filter((name) =>
      isMaterial(
        p.features.find((f) => f.feature === name)!,
        words,
      ),
    ),
  }));
  const positions = rfmPositions(rfm?.table ?? null, labels, k);
  const rfmNames = rfmScored ? order.map((old) => RFM_SEGMENT_NAMES[old]) : null;
  const heatmap = campaignHeatmap(campaigns, labels, k);
  const overallCampaigns = campaigns.map((c) => outcomeOf(c.column, c.values, null));
  const predicted = options.predicted ? meanPerSegment(options.predicted, labels, k) : null;
  const sizes = segmentSizes(labels, k);
  const group = options.targetGroup;
  const inGroup = group ? countPerSegment(group.mask, labels, k) : null;
  let noiseCustomers = 0;
  for (const l of labels) if (l < 0) noiseCustomers++;
  const grid = rfmScored ? rfmGrid(rfmScored.r, rfmScored.f) : [];
  const textFacts: SegmentTextFacts = {
    algorithm,
    rowCount: table.rowCount,
    noise: noiseCustomers,
    words: { labels: words.labels, units: words.units, phrasings: words.phrasings, currency: words.currency },
    segments: sizes.map((size, s) => ({
      size,
      share: size / table.rowCount,
      profile: profiles[s],
      position: positions[s],
      rfmName: rfmNames ? rfmNames[s] : null,
      brief: briefFacts({
        table,
        labels,
        segment: s,
        position: positions[s],
        campaigns: heatmap[s],
        overallCampaigns,
        words,
        targetGroup: inGroup ? { customers: inGroup[s], size } : undefined,
      }),
    })),
    kChoice: kFacts,
    k,
    dbscan: dbscanWhy,
    rfmGrid: rfmScored ? grid.map((c) => c.name) : null,
    targetGroup: group?.conditions ?? null,
  };
  // English as the run's own texts; readers get theirs from textFacts (segment-texts.ts).
  const texts = renderSegmentTexts(textFacts, 'en');
  const segments = sizes.map((size, s): SegmentSummary => {
    const summary: SegmentSummary = {
      index: s,
      name: texts.segments[s].name,
      description: texts.segments[s].description,
      size,
      share: size / table.rowCount,
      profile: profiles[s],
      campaigns: heatmap[s],
      brief: texts.segments[s].brief,
      differences: texts.segments[s].differences,
    };
    if (predicted) summary.meanPredicted = predicted[s];
    if (inGroup) {
      summary.targetGroupCustomers = inGroup[s];
      summary.targetGroupShare = size > 0 ? inGroup[s] / size : 0;
    }
    return summary;
  });
  onProgress?.(0.9, 'projection');
  const pca = projectSegments(X, labels, { maxPoints: options.pcaPoints, randomState });
  onProgress?.(1, 'done');

  return {
    algorithm,
    featureSet,
    features,
    k,
    silhouette,
    kChoice: kChoice.map((c, i) => ({ ...c, leftOut: texts.leftOut[i] ?? null })),
    noiseCustomers,
    labels,
    segments,
    overallCampaigns,
    pca,
    model: {
      algorithm,
      featureSet,
      rfm: featureSet === 'RFM' ? rfm!.sources : null,
      scaler,
      centroids,
      dbscan,
      rfmScores: rfmScored ? { ...rfmScored.model, segments: rfmNames! } : null,
    },
    choiceReason: texts.choiceReason,
    warnings: texts.warnings,
    featureLabels: { ...words.labels },
    eps: dbscan?.eps ?? null,
    minPts: dbscan?.minPts ?? null,
    rfmGrid: grid.map((c, i) => ({ ...c, name: texts.rfmGrid[i], segment: rfmNames!.indexOf(c.name as RfmSegmentName) })),
    textFacts,
  };
}

/** Segment of each customer of `table` (new or old) under a stored segmentation; -1 = noise. */
export function assignCustomers(model: SegmentationModel, table: FeatureTable): Int32Array {
  const source = model.rfm ? buildRfmFeatures(table, rfmConfigOf(model.rfm)).table : table;
  if (model.rfmScores) return assignByRfmScores(model.rfmScores, source);
  const X = transform(model.scaler, source);
  if (model.centroids) return assignNearest(fromArrays(model.centroids), X).labels;
  if (model.dbscan) return assignToCores(model.dbscan, X);
  throw new Error('The segmentation model has neither centroids nor core points.');
}

/**
 * New customers under RFM scores: scored with the stored cut points; a cell whose segment had
 * no customers in the run goes to the segment of the nearest (R, F) cell that has one.
 */
function assignByRfmScores(model: RfmScoreModel & { segments: string[] }, rfm: FeatureTable): Int32Array {
  const scored = scoreRfmWithModel(model, rfmParts(rfm));
  const present = new Map(model.segments.map((name, i) => [name, i]));
  const cells: { r: number; f: number; segment: number }[] = [];
  for (let r = 1; r <= 5; r++) {
    for (let f = 1; f <= 5; f++) {
      const segment = present.get(rfmSegmentOf(r, f));
      if (segment !== undefined) cells.push({ r, f, segment });
    }
  }
  return Int32Array.from(scored.segment, (name, i) => {
    const direct = present.get(name);
    if (direct !== undefined) return direct;
    let best = cells[0];
    for (const c of cells)
      if (Math.abs(c.r - scored.r[i]) + Math.abs(c.f - scored.f[i]) < Math.abs(best.r - scored.r[i]) + Math.abs(best.f - scored.f[i]))
        best = c;
    return best.segment;
  });
}
