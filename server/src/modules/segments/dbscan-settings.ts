/**
 * DBSCAN's eps and minPts chosen from the data. One radius from the k-distance knee often
 * gives one giant cluster (the demo data: 96 % of customers in one segment) or mostly noise,
 * so a small grid is tried on the rows DBSCAN runs on: minPts in {max(5, 2 x columns),
 * max(10, 4 x columns)} (the usual 2 x dimensions rule and a stricter one), eps at the
 * k-distance knee and at the 50th..95th percentiles of the k-distances. A setting is *useful*
 * when it gives at least two clusters, none holding more than 80 % of the customers, every
 * cluster at least 2 % of them, and at most 30 % noise; the useful setting with the best
 * silhouette (noise left out, on a seeded sample of 1,500 rows) wins. When none is useful the
 * knee is kept and the result says DBSCAN found no dense groups of useful size.
 */
import { createRng, sampleIndices } from '../../common/random.js';
import { formatShare } from '../../domain/number-format.js';
import { takeMatrixRows, type DenseMatrix } from './dense-matrix.js';
import { dbscanLabels, dbscanSample, defaultMinPts, kDistances, kneeIndex } from './dbscan.js';
import { pairwiseDistances, silhouetteFromDistances } from './silhouette.js';
import { message } from '../phrasing/phrase.js';
import { INTL_TAGS, type Locale } from '../phrasing/locale.js';
import { joinAndIn } from '../phrasing/locale-format.js';
import { formatFixed } from '../../domain/number-format.js';

export interface DbscanCandidate {
  eps: number;
  minPts: number;
  clusters: number;
  largestShare: number;
  smallestShare: number;
  noiseShare: number;
  silhouette: number | null;
  useful: boolean;
}

export interface DbscanSettings {
  eps: number;
  minPts: number;
  /** Whether a useful setting was found (see the module comment). */
  found: boolean;
  candidates: DbscanCandidate[];
  /** How they were chosen, in English; `why` holds the figures to write it in any language (dbscanReason). */
  reason: string;
  why: DbscanReasonFacts;
}

/** The figures behind the sentence saying how eps and minPts were chosen. */
export interface DbscanReasonFacts {
  kind: 'asked' | 'found' | 'notFound';
  eps: number;
  minPts: number;
  /** The minPts values tried (found / notFound). */
  tried: number[];
  silhouette: number | null;
  clusters: number;
}

export const USEFUL = { maxLargest: 0.8, minSmallest: 0.02, maxNoise: 0.3 } as const;
const PERCENTILES = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95];
const SILHOUETTE_ROWS = 1500;

const nudge = (eps: number) => (eps > 0 ? eps * (1 + 1e-9) : 1e-9);
/** "How eps and minPts were chosen", in the reader's language. */
export function dbscanReason(why: DbscanReasonFacts, locale: Locale = 'en'): string {
  const two = (x: number) => formatFixed(x, 2, INTL_TAGS[locale]);
  if (why.kind === 'asked') return message('dbscan.asked', { eps: two(why.eps), minPts: why.minPts }, locale);
  const how = message('dbscan.how', { minPts: joinAndIn(why.tried.map(String), locale) }, locale);
  const pct = (x: number) => formatShare(x, 0, INTL_TAGS[locale]);
  const limits = { maxLargest: pct(USEFUL.maxLargest), minSmallest: pct(USEFUL.minSmallest), maxNoise: pct(USEFUL.maxNoise) };
  if (why.kind === 'found')
    return message(
      'dbscan.found',
      {
        eps: two(why.eps),
        minPts: why.minPts,
        how,
        silhouette: why.silhouette === null ? '–' : two(why.silhouette),
        clusters: why.clusters,
        ...limits,
      },
      locale,
    );
  return message('dbscan.notFound', { kmeans: 'k-means', how, eps: two(why.eps), minPts: why.minPts, ...limits }, locale);
}

const withReason = (s: Omit<DbscanSettings, 'reason'>): DbscanSettings => ({ ...s, reason: dbscanReason(s.why) });

function evaluate(S: DenseMatrix, eps: number, minPts: number, silhouetteRows: Int32Array, distances: Float32Array): DbscanCandidate {
  const { labels, clusterCount } = dbscanLabels(S, eps, minPts);
  const sizes = new Int32Array(clusterCount);
  let noise = 0;
  for (const l of labels) {
    if (l < 0) noise++;
    else sizes[l]++;
  }
  const n = S.rows;
  let largest = 0;
  let smallest = clusterCount > 0 ? Infinity : 0;
  for (const s of sizes) {
    largest = Math.max(largest, s);
    smallest = Math.min(smallest, s);
  }
  const candidate: DbscanCandidate = {
    eps,
    minPts,
    clusters: clusterCount,
    largestShare: largest / n,
    smallestShare: smallest / n,
    noiseShare: noise / n,
    silhouette: null,
    useful: false,
  };
  candidate.useful =
    clusterCount >= 2 &&
    candidate.largestShare <= USEFUL.maxLargest &&
    candidate.smallestShare >= USEFUL.minSmallest &&
    candidate.noiseShare <= USEFUL.maxNoise;
  if (candidate.useful) {
    const score = silhouetteFromDistances(
      distances,
      Int32Array.from(silhouetteRows, (r) => labels[r]),
      clusterCount,
    );
    candidate.silhouette = Number.isFinite(score) ? score : null;
  }
  return candidate;
}

/** eps and minPts for DBSCAN: the given ones, else chosen from the data as the module comment says. */
export function chooseDbscanSettings(
  X: DenseMatrix,
  options: { eps?: number; minPts?: number; sampleSize?: number; randomState?: number } = {},
): DbscanSettings {
  const S = dbscanSample(X, options.sampleSize ?? 5000, options.randomState ?? 0);
  const minPtsOptions = options.minPts !== undefined ? [options.minPts] : [...new Set([defaultMinPts(X.cols), Math.max(10, 4 * X.cols)])];
  if (options.eps !== undefined && options.minPts !== undefined) {
    return withReason({
      eps: options.eps,
      minPts: options.minPts,
      found: true,
      candidates: [],
      why: { kind: 'asked', eps: options.eps, minPts: options.minPts, tried: [], silhouette: null, clusters: 0 },
    });
  }
  const silhouetteRows =
    S.rows > SILHOUETTE_ROWS
      ? sampleIndices(createRng((options.randomState ?? 0) ^ 0xdb5), S.rows, SILHOUETTE_ROWS).sort()
      : Int32Array.from({ length: S.rows }, (_, i) => i);
  const distances = pairwiseDistances(takeMatrixRows(S, silhouetteRows));
  const candidates: DbscanCandidate[] = [];
  let knee: { eps: number; minPts: number } | null = null;
  for (const minPts of minPtsOptions) {
    if (minPts > S.rows) continue;
    const kd = kDistances(S, minPts);
    const kneeEps = nudge(kd[kneeIndex(kd)]);
    knee ??= { eps: kneeEps, minPts };
    const epsOptions =
      options.eps !== undefined
        ? [options.eps]
        : [kneeEps, ...PERCENTILES.map((q) => nudge(kd[Math.min(kd.length - 1, Math.floor(q * kd.length))]))];
    for (const eps of [...new Set(epsOptions)]) candidates.push(evaluate(S, eps, minPts, silhouetteRows, distances));
  }
  const useful = candidates.filter((c) => c.useful);
  if (useful.length > 0) {
    const best = useful.reduce((a, b) => ((b.silhouette ?? -1) > (a.silhouette ?? -1) ? b : a));
    return withReason({
      eps: best.eps,
      minPts: best.minPts,
      found: true,
      candidates,
      why: {
        kind: 'found',
        eps: best.eps,
        minPts: best.minPts,
        tried: minPtsOptions,
        silhouette: best.silhouette,
        clusters: best.clusters,
      },
    });
  }
  const fallback = knee ?? { eps: nudge(1), minPts: minPtsOptions[0] };
  const eps = options.eps ?? fallback.eps;
  return withReason({
    eps,
    minPts: fallback.minPts,
    found: false,
    candidates,
    why: { kind: 'notFound', eps, minPts: fallback.minPts, tried: minPtsOptions, silhouette: null, clusters: 0 },
  });
}
