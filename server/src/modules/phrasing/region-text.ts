/**
 * The caption of a region of interest on the Drivers page, in the same words as the target
 * group's conditions: "Customers with no teenagers at home", "Customers who have bought
 * within the last 29 days", "Customers who accepted campaign 5"; and the whole line under a
 * curve, saying which customers its count is of ("… (264 of the 561 customers held out from training)").
 */
import { message } from './catalogue.js';
import type { Locale } from './locale.js';
import { formatCountIn, formatPercentIn } from './locale-format.js';
import { conditionClause, whoSentence, type Feature, type PhraseContext } from './phrase.js';

export interface RegionBounds {
  min: number | null;
  max: number | null;
  levels?: string[] | null;
}

/**
 * `dateReference`: for DATE features the curve's values are days before that day (so the
 * bounds swap when turned into calendar days).
 */
export function regionText(feature: Feature, region: RegionBounds, ctx: PhraseContext = {}, dateReference: number | null = null): string {
  let { min, max } = region;
  if (feature.kind === 'DATE' && dateReference !== null)
    [min, max] = [max === null ? null : dateReference - max, min === null ? null : dateReference - min];
  const levels = region.levels && region.levels.length > 0 ? region.levels : null;
  const clause = conditionClause(feature, { min, max, levels }, ctx);
  const sentence = whoSentence([clause], ctx.locale);
  // The caption adds its own ending; an abbreviation's full stop ("2019 г.") stays.
  return clause.body.endsWith('.') ? sentence : sentence.replace(/\.$/, '');
}

/**
 * "Customers with no teenagers at home: 16.8% predicted to respond (264 of the 561 customers held
 * out from training)." The count is of the held-out customers the curves were computed on; without
 * a count (older models) the brackets go.
 */
export function regionCaption(
  who: string,
  meanPrediction: number,
  counts: { customers: number | null; total: number | null },
  locale: Locale = 'en',
): string {
  const counted = counts.customers !== null && counts.total !== null && counts.total > 0;
  return message(
    'region.caption',
    {
      who,
      rate: formatPercentIn(meanPrediction, locale),
      counted: counted ? 'yes' : 'no',
      customers: counted ? formatCountIn(counts.customers!, locale) : '',
      n: counted ? counts.total! : 0,
      total: counted ? formatCountIn(counts.total!, locale) : '',
    },
    locale,
  );
}
