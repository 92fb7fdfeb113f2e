import { countText, t } from '../i18n';

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
export function betterGroup(): string {
  return t('targetGroup.topn.better');
}

/** "5 to 10 drivers describe the same group: more drivers found no better one." Null when this N's group is its own. */
export function sameGroupNote(facts: TopNFacts): string | null {
  if (facts.sameGroupFrom === facts.sameGroupTo) return null;
  const range = { from: facts.sameGroupFrom, to: facts.sameGroupTo };
  return facts.topN > facts.sameGroupFrom ? t('targetGroup.topn.sameExtra', range) : t('targetGroup.topn.sameMore', range);
}

/** Why the page starts at the suggested N, with how the best group compares. */
export function suggestionNote(facts: TopNFacts): string {
  const drivers = countText('targetGroup.topn.drivers', facts.suggestedTopN);
  const upTo = Math.min(10, facts.qualityByTopN.length);
  if (!facts.qualityByTopN.some((q) => q > 0)) return t('targetGroup.topn.suggestedNone', { drivers, upTo });
  return t('targetGroup.topn.suggested', { drivers, upTo });
}
