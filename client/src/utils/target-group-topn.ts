/**
 * Words for the Target group page's driver slider: which N describe the same group, which N
 * the page suggests and why, and what "better" means for a group.
 */

export interface TopNFacts {
  topN: number;
  found: boolean;
  sameGroupFrom: number;
  sameGroupTo: number;
  suggestedTopN: number;
  qualityByTopN: number[];
}

/** What the search calls a better group, in one sentence. */
export const BETTER_GROUP =
  'A group is better when it is bigger and more responsive together: the search scores each group by the square root of its share of customers times how far its response rate is above the base rate, and more drivers can only keep or improve that score.';

/** "5 to 10 drivers describe the same group: more drivers found no better one." Null when this N's group is its own. */
export function sameGroupNote(facts: TopNFacts): string | null {
  if (facts.sameGroupFrom === facts.sameGroupTo) return null;
  const range = `${facts.sameGroupFrom} to ${facts.sameGroupTo} drivers describe the same group`;
  return facts.topN > facts.sameGroupFrom
    ? `${range}: the extra drivers found no better one.`
    : `${range}: more drivers find no better one.`;
}

/** Why the page starts at the suggested N, with how the best group compares. */
export function suggestionNote(facts: TopNFacts): string {
  const n = facts.suggestedTopN;
  const drivers = n === 1 ? '1 driver' : `${n} drivers`;
  const upTo = Math.min(10, facts.qualityByTopN.length);
  if (!facts.qualityByTopN.some((q) => q > 0))
    return `Suggested: ${drivers}. No number of drivers up to ${upTo} finds a group that responds better than average.`;
  return `Suggested: ${drivers}, the fewest whose group scores within 5% of the best group found with up to ${upTo} drivers.`;
}
