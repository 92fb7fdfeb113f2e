/**
 * What the Segments page says about how a run arrived at its segments: why k-means took this
 * many, how DBSCAN's eps and minPts were found, and warnings when the result is hard to act
 * on (one segment holding nearly everyone, segments too small to judge).
 */
import { message } from '../phrasing/phrase.js';
import { formatFixed, formatShare } from '../../domain/number-format.js';
import { INTL_TAGS, type Locale } from '../phrasing/locale.js';
import { formatPercentIn, joinAndIn } from '../phrasing/locale-format.js';
import type { ChooseKResult, KChoice } from './kmeans.js';

/** What the automatic choice of k is explained from (ChooseKResult without the fit), as stored with a run. */
export type KChoiceFacts = Pick<ChooseKResult, 'k' | 'choices' | 'kMin' | 'minShare' | 'bestSilhouetteK' | 'tolerance'>;

const fixed = (x: number, digits: number, locale: Locale) => formatFixed(x, digits, INTL_TAGS[locale]);

/**
 * "k = 4: the best-separated grouping (silhouette 0.41) among 3 to 8 segments in which every
 * segment holds at least 5 % of the customers." Near-ties say so, with three decimals.
 */
export function kChoiceReason(choice: KChoiceFacts | null, k: number, locale: Locale = 'en'): string {
  const say = (key: Parameters<typeof message>[0], params: Parameters<typeof message>[1]) => message(key, params, locale);
  const two = (x: number) => fixed(x, 2, locale);
  if (!choice) return say('k.asked', { k });
  const chosen = choice.choices.find((c) => c.k === choice.k)!;
  const tried = choice.choices.filter((c) => c.k >= choice.kMin);
  const range = say('k.range', { from: tried[0].k, to: tried[tried.length - 1].k });
  const minShare = minShareText(choice, locale);
  const where = say(chosen.eligible ? 'k.whereEligible' : 'k.whereNone', { range, minShare });
  const parts: string[] = [];
  if (choice.bestSilhouetteK !== choice.k) {
    const top = choice.choices.find((c) => c.k === choice.bestSilhouetteK)!;
    const three = (x: number) => fixed(x, 3, locale);
    parts.push(
      say('k.tie', {
        k: choice.k,
        where,
        top: top.k,
        topSilhouette: three(top.silhouette),
        silhouette: three(chosen.silhouette),
        tolerance: fixed(choice.tolerance, String(choice.tolerance).split('.')[1]?.length ?? 0, locale),
      }),
    );
  } else {
    parts.push(say('k.best', { k: choice.k, silhouette: two(chosen.silhouette), where }));
  }
  const small = excludedKs(choice);
  if (small.length > 0 && chosen.eligible)
    parts.push(say('k.excluded', { count: small.length, list: joinAndIn(small.map(String), locale), minShare }));
  const k2 = choice.choices.find((c) => c.k === 2 && c.k < choice.kMin);
  if (k2 && k2.silhouette > chosen.silhouette) parts.push(say('k.two', { silhouette: two(k2.silhouette) }));
  return parts.join(' ');
}

/**
 * Why a k of the automatic choice could not be chosen, for the k-choice chart; null when it could.
 * "A segment would hold only 2.1 % of the customers (under 5 %)."
 */
export function kLeftOutReason(c: KChoice, choice: KChoiceFacts, locale: Locale = 'en'): string | null {
  if (c.k < choice.kMin) return message('k.leftOutFew', { k: c.k, kMin: choice.kMin }, locale);
  if (!c.eligible)
    return message('k.leftOutSize', { share: formatPercentIn(c.smallestShare, locale), minShare: minShareText(choice, locale) }, locale);
  return null;
}

/** The minimum segment size as a share: "5%", "2.5%" (whole when it is whole). */
function minShareText(choice: KChoiceFacts, locale: Locale): string {
  return formatShare(choice.minShare, Number.isInteger(Math.round(choice.minShare * 1e6) / 1e4) ? 0 : 1, INTL_TAGS[locale]);
}

/** The k values of the automatic range left out because a segment would fall under the minimum size. */
export function excludedKs(choice: KChoiceFacts): number[] {
  return choice.choices.filter((c) => c.k >= choice.kMin && !c.eligible).map((c) => c.k);
}

/** Customers under which a segment's response rates say too little to build campaign advice on. */
export const MIN_SEGMENT_FOR_ADVICE = 30;

/** Warnings for a result that is hard to act on; the first suggests what to do instead (DBSCAN: k-means). */
export function segmentationWarnings(
  algorithm: string,
  sizes: readonly number[],
  rowCount: number,
  noise: number,
  locale: Locale = 'en',
): string[] {
  const warnings: {
    key: 'warning.allNoise' | 'warning.giant' | 'warning.tiny' | 'warning.noise';
    params: Record<string, string | number>;
  }[] = [];
  const largest = sizes.length > 0 ? sizes.reduce((a, b) => Math.max(a, b)) : 0;
  if (sizes.length === 0) warnings.push({ key: 'warning.allNoise', params: {} });
  else if (largest > 0.8 * rowCount)
    warnings.push({ key: 'warning.giant', params: { share: formatPercentIn(largest / rowCount, locale) } });
  const tiny = sizes.filter((s) => s < MIN_SEGMENT_FOR_ADVICE);
  if (tiny.length > 0) warnings.push({ key: 'warning.tiny', params: { count: tiny.length, min: MIN_SEGMENT_FOR_ADVICE } });
  if (noise > 0.3 * rowCount) warnings.push({ key: 'warning.noise', params: { noise, share: formatPercentIn(noise / rowCount, locale) } });
  // The suggestion is made once, on the first warning.
  return warnings.map((w, i) =>
    message(w.key, { ...w.params, kmeans: 'k-means', suggest: i === 0 && algorithm === 'DBSCAN' ? 'yes' : 'no' }, locale),
  );
}
