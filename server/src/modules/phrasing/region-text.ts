/**
 * The caption of a region of interest on the Drivers page, in the same words as the target
 * group's conditions: "Customers with no teenagers at home", "Customers who have bought
 * within the last 29 days", "Customers who accepted campaign 5".
 */
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
  return whoSentence([conditionClause(feature, { min, max, levels }, ctx)], ctx.locale).replace(/\.$/, '');
}
