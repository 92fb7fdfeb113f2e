/**
 * What the Segments page says about how a run arrived at its segments: why k-means took this
 * many, how DBSCAN's eps and minPts were found, and warnings when the result is hard to act
 * on (one segment holding nearly everyone, segments too small to judge).
 */
import { formatCount, formatPercent, joinAnd, plural } from '../../common/format.js';
import type { ChooseKResult } from './kmeans.js';

const two = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : 'unknown');

/**
 * "k = 4: the best-separated grouping (silhouette 0.41) among 3 to 8 segments in which every
 * segment holds at least 5 % of the customers." Near-ties say so, with three decimals.
 */
export function kChoiceReason(choice: ChooseKResult | null, k: number): string {
  if (!choice) return `k = ${k}, as asked.`;
  const chosen = choice.choices.find((c) => c.k === choice.k)!;
  const tried = choice.choices.filter((c) => c.k >= choice.kMin);
  const range = `${tried[0].k} to ${tried[tried.length - 1].k} segments`;
  const minShare = `${Math.round(choice.minShare * 1000) / 10} %`;
  const where = chosen.eligible
    ? `among ${range} in which every segment holds at least ${minShare} of the customers`
    : `among ${range} (no number of segments kept every segment at ${minShare} of the customers or more)`;
  const parts: string[] = [];
  if (choice.bestSilhouetteK !== choice.k) {
    const top = choice.choices.find((c) => c.k === choice.bestSilhouetteK)!;
    const three = (x: number) => x.toFixed(3);
    parts.push(
      `k = ${choice.k}: ${where}, k = ${top.k} separates best (silhouette ${three(top.silhouette)}) and k = ${choice.k} almost as well ` +
        `(${three(chosen.silhouette)}, within ${choice.tolerance}): a difference that small is noise, so the finer split wins.`,
    );
  } else {
    parts.push(`k = ${choice.k}: the best-separated grouping (silhouette ${two(chosen.silhouette)}) ${where}.`);
  }
  const small = tried.filter((c) => !c.eligible).map((c) => String(c.k));
  if (small.length > 0 && chosen.eligible) {
    parts.push(
      `${small.length === 1 ? `k = ${small[0]} was` : `k = ${joinAnd(small)} were`} left out: a segment would hold under ${minShare} of the customers.`,
    );
  }
  const k2 = choice.choices.find((c) => c.k === 2 && c.k < choice.kMin);
  if (k2 && k2.silhouette > chosen.silhouette) {
    parts.push(
      `Two segments separate better (silhouette ${two(k2.silhouette)}) but are rarely something to act on; ask for k = 2 to see them.`,
    );
  }
  return parts.join(' ');
}

/** Customers under which a segment's response rates say too little to build campaign advice on. */
export const MIN_SEGMENT_FOR_ADVICE = 30;

/** Warnings for a result that is hard to act on; each suggests what to do instead. */
export function segmentationWarnings(algorithm: string, sizes: readonly number[], rowCount: number, noise: number): string[] {
  const warnings: string[] = [];
  const alternative = algorithm === 'DBSCAN' ? ' Try k-means, which always splits customers into groups of useful size.' : '';
  const largest = sizes.length > 0 ? sizes.reduce((a, b) => Math.max(a, b)) : 0;
  if (sizes.length === 0) {
    warnings.push(`No dense group was found: every customer is an outlier at these settings.${alternative}`);
  } else if (largest > 0.8 * rowCount) {
    warnings.push(
      `One segment holds ${formatPercent(largest / rowCount)} of the customers, so the segmentation says little about how they differ.${alternative}`,
    );
  }
  const tiny = sizes.filter((s) => s < MIN_SEGMENT_FOR_ADVICE);
  if (tiny.length > 0) {
    warnings.push(
      `${tiny.length === 1 ? 'One segment has' : `${formatCount(tiny.length)} segments have`} fewer than ${MIN_SEGMENT_FOR_ADVICE} customers: ` +
        `too few to tell how they answer campaigns, so their briefs give no campaign advice.${alternative}`,
    );
  }
  if (noise > 0.3 * rowCount)
    warnings.push(`${plural(noise, 'customer')} (${formatPercent(noise / rowCount)}) fit no segment.${alternative}`);
  // The suggestion is made once, on the first warning.
  return warnings.map((w, i) => (i === 0 ? w : w.replace(alternative, '')));
}
