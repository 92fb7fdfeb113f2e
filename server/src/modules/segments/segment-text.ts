/**
 * Words for the segment texts a marketing manager reads: a column's label (the dataset's,
 * else the importer's label for its name) and how a segment differs from all customers on a
 * feature, e.g. "have fewer children at home (on average 0.12 vs 0.44)". Every sentence goes
 * through the phrasing module (years as years, yes/no features as shares, medians and means
 * labelled, money in the dataset's currency), and a difference is only called one when the
 * figures a reader sees differ materially (see isMaterial).
 */
import { fillVerb, formatValue, message, phrasingOf, type Feature } from '../phrasing/phrase.js';
import { differencePhrase as phraseDifference, tagPhrase } from '../phrasing/phrase-difference.js';
import type { Phrasing } from '../phrasing/phrasing.js';
import type { Locale } from '../phrasing/locale.js';
import { plainLabel } from '../phrasing/lexicon.js';
import { joinAndIn } from '../phrasing/locale-format.js';
import { formatPercent, joinAnd } from '../../common/format.js';
import { columnLabel } from '../datasets/import/column-labels.js';
import type { FeatureProfile } from './profiles.js';

/** Column labels, units and phrasing models by column name (DatasetColumnEntity), and the dataset's currency. */
export interface ColumnWords {
  labels?: Record<string, string>;
  units?: Record<string, string>;
  phrasings?: Record<string, Phrasing>;
  currency?: string | null;
  /** The reader's language (texts are written per request in it); default English. */
  locale?: Locale;
}

export function labelOf(words: ColumnWords | undefined, name: string): string {
  return words?.labels?.[name] ?? name;
}

/** The profile's feature as the phrasing module sees it (its stored phrasing, else inferred from label and unit). */
export function featureOf(p: Pick<FeatureProfile, 'feature' | 'kind'> & { source?: 'BINARY' | 'DATE' }, words?: ColumnWords): Feature {
  const kind = p.kind === 'CATEGORICAL' ? 'CATEGORICAL' : p.source === 'BINARY' ? 'BINARY' : p.source === 'DATE' ? 'DATE' : 'NUMERIC';
  // Without a stored label, the importer's label for the name ("Kidhome" -> "Children at home").
  return {
    feature: p.feature,
    label: words?.labels?.[p.feature] ?? columnLabel(p.feature),
    kind,
    unit: words?.units?.[p.feature] ?? null,
    phrasing: words?.phrasings?.[p.feature] ?? null,
  };
}

/**
 * Below this many overall standard deviations a difference is too small to name, however the
 * figures round (a "small" effect in the usual reading of standardised differences).
 */
export const MATERIAL_DIFFERENCE = 0.2;

/**
 * The figures a reader sees for the segment and for everyone: the medians, unless they are
 * equal or point the other way than the means do (skewed spend: "less (median 290 vs 274)"
 * would contradict itself), then the means, labelled as such.
 */
function numericFigures(p: Extract<FeatureProfile, { kind: 'NUMERIC' }>) {
  const agree = Math.sign(p.median - p.overallMedian) !== -Math.sign(p.mean - p.overallMean);
  return p.median !== p.overallMedian && agree
    ? { stat: 'median' as const, group: p.median, rest: p.overallMedian }
    : { stat: 'mean' as const, group: p.mean, rest: p.overallMean };
}

/**
 * Whether the segment differs materially from all customers on `p`: at least
 * MATERIAL_DIFFERENCE standard deviations apart AND the rounded figures the text shows differ
 * (never "more … (0.4 vs 0.4)"); a category level also has to hold 5 % of the segment.
 */
export function isMaterial(p: FeatureProfile, words?: ColumnWords): boolean {
  if (!(Math.abs(p.standardisedDifference) >= MATERIAL_DIFFERENCE)) return false;
  if (p.kind === 'CATEGORICAL') return p.share >= 0.05 && formatPercent(p.share) !== formatPercent(p.overallShare);
  if (p.source === 'BINARY') return formatPercent(p.mean) !== formatPercent(p.overallMean);
  if (p.source === 'DATE') return Math.round(Math.abs(p.mean - p.overallMean)) >= 1;
  const phrasing = phrasingOf(featureOf(p, words));
  const ctx = { currency: words?.currency ?? null };
  const f = numericFigures(p);
  const whole = f.stat === 'median' && (phrasing.kind === 'COUNT' || phrasing.kind === 'YEAR');
  const show = (x: number) => formatValue(whole ? Math.round(x) : x, phrasing, ctx);
  return show(f.group) !== show(f.rest);
}

/**
 * How the segment differs from all customers on `p`, as a clause after "they": "have fewer
 * children at home (median 0 vs 1)", "were born earlier (median 1964 vs 1969)", "accepted
 * campaign 5 more often (24.0 % vs 7.3 %)", "more often have education “PhD” (35.0 % vs 22.0 %)".
 * Yes/no features are shares, never means; years are years, never quantities.
 */
export function differencePhrase(p: FeatureProfile, words?: ColumnWords): string {
  const strong = Math.abs(p.standardisedDifference) >= 1;
  const direction = p.standardisedDifference > 0 ? 'higher' : 'lower';
  const feature = featureOf(p, words);
  const locale = words?.locale ?? 'en';
  const ctx = { currency: words?.currency ?? null, locale };
  if (p.kind === 'CATEGORICAL')
    return phraseDifference(
      feature,
      { direction: 'higher', strong, shares: { group: p.share, rest: p.overallShare }, level: p.level },
      ctx,
    );
  if (p.source === 'BINARY') return phraseDifference(feature, { direction, strong, shares: { group: p.mean, rest: p.overallMean } }, ctx);
  if (p.source === 'DATE') {
    // Dates are counted in days before the latest date: more days = earlier.
    const verb = phrasingOf(feature).verb;
    const later = message('compare.later', { direction: direction === 'higher' ? 'lower' : 'higher' }, locale);
    return message(
      'segment.dateDifference',
      {
        verb: verb ? fillVerb(verb, later, locale) : 'none',
        direction,
        label: locale === 'en' ? feature.label.charAt(0).toLowerCase() + feature.label.slice(1) : plainLabel(feature.label, locale).text,
        days: Math.round(Math.abs(p.mean - p.overallMean)),
      },
      locale,
    );
  }
  return phraseDifference(feature, { direction, strong, figures: numericFigures(p) }, ctx);
}

/** A feature of a segment card: the difference in words, and the arrow's direction (null: not material, no arrow). */
export interface FeatureDifference {
  text: string;
  direction: 'higher' | 'lower' | null;
}

export function featureDifference(p: FeatureProfile, words?: ColumnWords): FeatureDifference {
  const text = differencePhrase(p, words);
  const material = isMaterial(p, words);
  const up = p.kind === 'CATEGORICAL' || p.standardisedDifference > 0;
  return { text: text.charAt(0).toUpperCase() + text.slice(1), direction: material ? (up ? 'higher' : 'lower') : null };
}

/**
 * "they have fewer A and more B": a repeated leading "have" is said once, except before a
 * "have X more often" (a level's words), which keeps its verb ("and have a PhD more often").
 */
export function joinDifferences(phrases: readonly string[], locale: Locale = 'en'): string {
  if (locale !== 'en') return joinAndIn(phrases, locale);
  const elide = (p: string, i: number) =>
    i > 0 && p.startsWith('have ') && phrases[i - 1].startsWith('have ') && !/ (more|less) often \(/.test(p);
  const parts = phrases.map((p, i) => (elide(p, i) ? p.slice(5) : p));
  return joinAnd(parts);
}

/** A short tag for a segment name: "more children at home", "high yearly household income", "often accepted campaign 5". */
export function namePhrase(p: FeatureProfile, words?: ColumnWords): string {
  const feature = featureOf(p, words);
  const ctx = { currency: words?.currency ?? null, locale: words?.locale };
  if (p.kind === 'CATEGORICAL') return tagPhrase(feature, 'higher', p.level, ctx);
  const higher = p.standardisedDifference > 0;
  // Dates are days before the latest date: a higher value is earlier.
  if (p.source === 'DATE') return tagPhrase(feature, higher ? 'lower' : 'higher', undefined, ctx);
  return tagPhrase(feature, higher ? 'higher' : 'lower', undefined, ctx);
}

/**
 * The words for the derived RFM features: Frequency counts purchases, Monetary is money
 * spent in total, Recency reads as the recency column it comes from ("days since last purchase").
 */
export function withRfmWords(words: ColumnWords, recencySource: string | null): ColumnWords {
  const recency = recencySource ? words.phrasings?.[recencySource] : undefined;
  return {
    ...words,
    labels: {
      ...words.labels,
      Recency: recencySource ? labelOf(words, recencySource) : 'Days since last purchase',
      Frequency: 'Purchases',
      Monetary: 'Total spend',
    },
    phrasings: {
      ...words.phrasings,
      Recency: recency?.kind === 'DURATION' ? recency : { kind: 'DURATION', unit: 'day', event: 'bought' },
      Frequency: { kind: 'COUNT', one: 'purchase', other: 'purchases' },
      Monetary: { kind: 'MONEY', verb: 'spent {value} in total' },
    },
  };
}
