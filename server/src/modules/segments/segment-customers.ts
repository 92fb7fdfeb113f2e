/**
 * Customer segmentation end to end, as one pure function: features (RFM, the model's top
 * drivers, or chosen columns) -> scaling -> k-means or DBSCAN -> profiles, names, campaign
 * heatmap, briefs and a 2-D picture. The result is plain data (plus the Int32Array of
 * labels) and carries the fitted scaler and centroids/core points to place new customers.
 */
import type { FeatureTable } from '../training/data/feature-table.js';
import { briefFacts } from './briefs.js';
import { toArrays } from './dense-matrix.js';
import { runDbscan, type DbscanModel } from './dbscan.js';
import { kmeansSegments, type KChoice } from './kmeans.js';
import { rfmPositions } from './naming.js';
import { projectSegments } from './pca.js';
import { campaignHeatmap, meanPerSegment, outcomeOf, profileSegments, segmentSizes } from './profiles.js';
import type { CampaignColumn } from './profiles.js';
import { buildRfmFeatures, hasRfm, detectRfmColumns } from './rfm.js';
import { rfmGrid, RFM_SEGMENT_NAMES, type RfmSegmentName, scoreRfm, type RfmScoreModel } from './rfm-scores.js';
import { fitScaler, transform } from './scaling.js';
import { silhouetteScore } from './silhouette.js';
import type { KChoiceFacts } from './choice-reasons.js';
import { chooseDbscanSettings, type DbscanReasonFacts } from './dbscan-settings.js';
import { isMaterial, withRfmWords, type ColumnWords } from './segment-text.js';
import { renderSegmentTexts, type SegmentTextFacts } from './segment-texts.js';
import { rfmParts } from './segment-assign.js';
import type { SegmentationProgress, SegmentationResult, SegmentCustomersOptions, SegmentSummary } from './segment-customers.types.js';
import { validateSegmentOptions } from './segment-options.js';

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

/** RFM_SCORES: labels = index of the segment name in RFM_SEGMENT_NAMES (relabelled afterwards). */
function rfmScoreLabels(rfm: FeatureTable): { labels: Int32Array; model: RfmScoreModel; r: Uint8Array; f: Uint8Array } {
  const scoring = scoreRfm(rfmParts(rfm));
  const index = new Map<string, number>(RFM_SEGMENT_NAMES.map((n, i) => [n, i]));
  return { labels: Int32Array.from(scoring.segment, (n) => index.get(n)!), model: scoring.model, r: scoring.r, f: scoring.f };
}

export function segmentCustomers(
  table: FeatureTable,
  campaigns: CampaignColumn[],
  options: SegmentCustomersOptions = {},
  onProgress?: SegmentationProgress,
): SegmentationResult {
  validateSegmentOptions(table, campaigns, options);
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
