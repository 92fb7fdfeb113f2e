/**
 * Words for the segment texts a marketing manager reads: a column's label (the dataset's,
 * else its name) and how a segment differs from all customers on a feature, e.g. "fewer
 * children at home (on average 0.12 vs 0.44)". The wording rules are the target-group
 * module's (labels lower-cased mid-sentence, plural labels take more/fewer, yes/no flags
 * read as verbs), so both pages speak alike.
 */
import { differencePhrase as phraseDifference, fillVerb, phrasingOf, tagPhrase, type Feature } from '../phrasing/phrase.js';
import type { Phrasing } from '../phrasing/phrasing.js';
import { formatNumber, inSentence, joinAnd } from '../../common/format.js';
import { columnLabel } from '../datasets/import/column-labels.js';
import type { FeatureProfile } from './profiles.js';

/** Column labels, units and phrasing models by column name (DatasetColumnEntity), and the dataset's currency. */
export interface ColumnWords {
  labels?: Record<string, string>;
  units?: Record<string, string>;
  phrasings?: Record<string, Phrasing>;
  currency?: string | null;
}

export function labelOf(words: ColumnWords | undefined, name: string): string {
  return words?.labels?.[name] ?? name;
}

/** The label as it reads mid-sentence ("children at home"); a bare column name stays as it is. */
function inText(words: ColumnWords | undefined, name: string): string {
  const label = words?.labels?.[name];
  return label === undefined ? name : inSentence(label);
}

/** The profile's feature as the phrasing module sees it (its stored phrasing, else inferred from label and unit). */
function featureOf(p: FeatureProfile, words: ColumnWords | undefined): Feature {
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
 * How the segment differs from all customers on `p`, as a clause after "they": "have fewer
 * children at home (median 0 vs 1)", "were born earlier (median 1964 vs 1969)", "accepted
 * campaign 5 more often (24.0 % vs 7.3 %)", "more often have education “PhD” (35.0 % vs 22.0 %)".
 * Yes/no features are shares, never means; years are years, never quantities.
 */
export function differencePhrase(p: FeatureProfile, words?: ColumnWords): string {
  const strong = Math.abs(p.standardisedDifference) >= 1;
  const direction = p.standardisedDifference > 0 ? 'higher' : 'lower';
  const feature = featureOf(p, words);
  const ctx = { currency: words?.currency ?? null };
  if (p.kind === 'CATEGORICAL')
    return phraseDifference(
      feature,
      { direction: 'higher', strong, shares: { group: p.share, rest: p.overallShare }, level: p.level },
      ctx,
    );
  if (p.source === 'BINARY') return phraseDifference(feature, { direction, strong, shares: { group: p.mean, rest: p.overallMean } }, ctx);
  if (p.source === 'DATE') {
    // Dates are counted in days before the latest date: more days = earlier.
    const days = `on average ${formatNumber(Math.abs(p.mean - p.overallMean))} days ${direction === 'higher' ? 'earlier' : 'later'}`;
    const verb = phrasingOf(feature).verb;
    if (verb) return `${fillVerb(verb, direction === 'higher' ? 'earlier' : 'later')} (${days})`;
    return `have ${direction === 'higher' ? 'an earlier' : 'a later'} ${inText(words, p.feature)} (${days})`;
  }
  const figures =
    p.median !== p.overallMedian
      ? { stat: 'median' as const, group: p.median, rest: p.overallMedian }
      : { stat: 'mean' as const, group: p.mean, rest: p.overallMean };
  return phraseDifference(feature, { direction, strong, figures }, ctx);
}

/** "they have A, B and more often C": a repeated leading "have" is said once. */
export function joinDifferences(phrases: readonly string[]): string {
  const parts = phrases.map((p, i) => (i > 0 && p.startsWith('have ') && phrases[i - 1].startsWith('have ') ? p.slice(5) : p));
  return joinAnd(parts);
}

/** A short tag for a segment name: "more children at home", "high yearly household income", "often accepted campaign 5". */
export function namePhrase(p: FeatureProfile, words?: ColumnWords): string {
  const label = inText(words, p.feature);
  const higher = p.standardisedDifference > 0;
  if (p.kind === 'CATEGORICAL') return `${label} ${p.level}`;
  // Dates are days before the latest date: a higher value is earlier.
  if (p.source === 'DATE') return tagPhrase(featureOf(p, words), higher ? 'lower' : 'higher');
  return tagPhrase(featureOf(p, words), higher ? 'higher' : 'lower');
}
