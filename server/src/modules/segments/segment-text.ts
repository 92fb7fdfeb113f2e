/**
 * Words for the segment texts a marketing manager reads: a column's label (the dataset's,
 * else its name) and how a segment differs from all customers on a feature, e.g. "fewer
 * children at home (on average 0.12 vs 0.44)". The wording rules are the target-group
 * module's (labels lower-cased mid-sentence, plural labels take more/fewer, yes/no flags
 * read as verbs), so both pages speak alike.
 */
import { formatNumber, formatPercent, formatWithUnit, inSentence, isPluralPhrase, joinAnd } from '../../common/format.js';
import type { DriverUnit } from '../target-groups/types.js';
import type { FeatureProfile } from './profiles.js';

/** Column labels and units by column name (DatasetColumnEntity.label / stats.unit). */
export interface ColumnWords {
  labels?: Record<string, string>;
  units?: Record<string, string>;
}

const UNITS = new Set<DriverUnit>(['currency', 'days', 'count', 'years', 'date', 'seconds']);

export function labelOf(words: ColumnWords | undefined, name: string): string {
  return words?.labels?.[name] ?? name;
}

/** The label as it reads mid-sentence ("children at home"); a bare column name stays as it is. */
function inText(words: ColumnWords | undefined, name: string): string {
  const label = words?.labels?.[name];
  return label === undefined ? name : inSentence(label);
}

function unitOf(words: ColumnWords | undefined, name: string): DriverUnit | undefined {
  const unit = words?.units?.[name];
  return unit && UNITS.has(unit as DriverUnit) ? (unit as DriverUnit) : undefined;
}

/** Labels such as "Accepted campaign 5" or "Complained in the last 2 years" read as a verb phrase. */
const isVerbLabel = (label: string) => /^[a-z]+ed\b/i.test(label);

/**
 * How the segment differs from all customers on `p`, as a clause after "they": "have fewer
 * children at home (on average 0.12 vs 0.44)", "have a far higher yearly household income
 * (median 71,000 vs 51,000)", "more often accepted campaign 5 (24 % vs 7.3 %)",
 * "more often have education “PhD” (35 % vs 22 %)".
 */
export function differencePhrase(p: FeatureProfile, words?: ColumnWords): string {
  const label = inText(words, p.feature);
  const strength = Math.abs(p.standardisedDifference) >= 1 ? 'far ' : '';
  const higher = p.standardisedDifference > 0;
  if (p.kind === 'CATEGORICAL') return `${strength}more often have ${label} “${p.level}” (${formatPercent(p.share)} vs ${formatPercent(p.overallShare)})`;
  if (p.source === 'BINARY') {
    const often = `${strength}${higher ? 'more' : 'less'} often`;
    const shares = `(${formatPercent(p.mean)} vs ${formatPercent(p.overallMean)})`;
    return isVerbLabel(label) ? `${often} ${label} ${shares}` : `are ${often} marked yes for ${label} ${shares}`;
  }
  if (p.source === 'DATE') {
    // Dates are counted in days before the latest date: more days = earlier.
    const days = Math.abs(p.mean - p.overallMean);
    return `have ${higher ? 'an earlier' : 'a later'} ${label} (on average ${formatNumber(days)} days ${higher ? 'earlier' : 'later'})`;
  }
  const show = (x: number) => formatWithUnit(x, unitOf(words, p.feature));
  const figures = p.median !== p.overallMedian ? `median ${show(p.median)} vs ${show(p.overallMedian)}` : `on average ${show(p.mean)} vs ${show(p.overallMean)}`;
  if (isPluralPhrase(label)) return `have ${strength}${higher ? 'more' : 'fewer'} ${label} (${figures})`;
  return `have a ${strength}${higher ? 'higher' : 'lower'} ${label} (${figures})`;
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
  if (p.source === 'BINARY') return `${higher ? 'often' : 'rarely'} ${isVerbLabel(label) ? label : `yes for ${label}`}`;
  if (p.source === 'DATE') return `${higher ? 'early' : 'late'} ${label}`;
  if (isPluralPhrase(label)) return `${higher ? 'more' : 'fewer'} ${label}`;
  return `${higher ? 'high' : 'low'} ${label}`;
}
