/**
 * Name- and level-based rules that say which columns are campaign outcomes: the target
 * (the campaign to learn from), earlier campaigns' outcomes, identifiers, and what the two
 * values of a yes/no column are.
 *
 * Previous-outcome columns (bank marketing's `poutcome`: failure / other / success /
 * unknown) stay CATEGORICAL, as they are in the data, but are marked as a past campaign
 * with "success" as "responded"; rows with "unknown" (or "nonexistent", bank-additional's
 * spelling) were not in that campaign and are left out of its total, so the rate reads
 * "of the customers contacted last time, this share responded".
 */
import { BINARY_PAIRS } from '../../../domain/yes-no.js';

/** Target names in order of preference (compared lower-case, without spaces/underscores/dashes). */
export const TARGET_NAMES: readonly string[] = ['response', 'target', 'y', 'converted', 'outcome', 'responded', 'conversion'];

const squash = (name: string): string => name.toLowerCase().replace(/[\s_\-.]+/g, '');

export function targetNameRank(name: string): number {
  return TARGET_NAMES.indexOf(squash(name));
}

/** AcceptedCmp3, accepted_campaign_2, Cmp1Response, campaign4_accepted, response_cmp2… */
export function isPastCampaignName(name: string): boolean {
  const n = squash(name);
  return (
    /^(accepted|acc|response|responded|resp|outcome|converted)(cmp|campaign)\d+$/.test(n) ||
    /^(cmp|campaign)\d+(accepted|response|responded|resp|outcome|converted)?$/.test(n)
  );
}

/** poutcome, prev_outcome, previous_campaign_outcome. */
export function isPreviousOutcomeName(name: string): boolean {
  return /^(p|prev|previous)(campaign)?outcome$/.test(squash(name));
}

/** Levels of a previous-outcome column that mean "was not in that campaign". */
export const NOT_CONTACTED_LEVELS: ReadonlySet<string> = new Set(['unknown', 'nonexistent']);
export const PREVIOUS_SUCCESS_LEVEL = 'success';

/** `ID`, `customer_id`, `CustomerID`, `clientKey`, `uuid`, `Customer`, `customer number`. */
export function isIdentifierName(name: string): boolean {
  const n = name.trim();
  if (/(^|[\s_.-])(id|key|uuid|guid)$/i.test(n)) return true;
  if (/[a-z](ID|Id|Key|Uuid)$/.test(n)) return true;
  return /^(customer|client|user|member)([\s_-]?(id|no|nr|number|key|code))?$/i.test(n);
}

/** Case-insensitive groups of a column's values: lower-case key -> most frequent spelling and total count. */
export function levelGroups(levels: ReadonlyMap<string, number>): Map<string, { text: string; count: number; best: number }> {
  const groups = new Map<string, { text: string; count: number; best: number }>();
  for (const [value, count] of levels) {
    const key = value.toLowerCase();
    const g = groups.get(key);
    if (!g) groups.set(key, { text: value, count, best: count });
    else {
      g.count += count;
      if (count > g.best) {
        g.best = count;
        g.text = value;
      }
    }
  }
  return groups;
}

/** [negative, positive] lower-case keys when two keys form a known yes/no pair. */
export function knownBinaryPair(keys: string[]): [string, string] | null {
  if (keys.length !== 2) return null;
  for (const [neg, pos] of BINARY_PAIRS) {
    if (keys.includes(neg) && keys.includes(pos)) return [neg, pos];
  }
  return null;
}
