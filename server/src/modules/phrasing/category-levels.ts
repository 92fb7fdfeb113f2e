/**
 * What a category's levels say about a customer, as who-clauses: "are married", "are living
 * together", "have a PhD". The importer infers them for the category columns it knows
 * (marital status and education, as the iFood and UCI bank exports write them); people type
 * their own on the Data page. A condition whose every level has words reads "who are married
 * or living together"; otherwise it stays "whose marital status is Married or Together".
 */

/** Level (lower case) -> predicate, per family of columns, recognised by the column's name or label. */
const FAMILIES: { test: RegExp; levels: Record<string, string> }[] = [
  {
    test: /marital|civil status|relationship status/i,
    levels: {
      married: 'are married',
      together: 'are living together',
      single: 'are single',
      divorced: 'are divorced',
      widow: 'are widowed',
      widowed: 'are widowed',
      alone: 'live alone',
      separated: 'are separated',
    },
  },
  {
    test: /education|qualification|degree/i,
    levels: {
      basic: 'have basic education',
      primary: 'have primary education',
      secondary: 'have secondary education',
      tertiary: 'have tertiary education',
      graduation: 'have a university degree',
      '2n cycle': 'have a second-cycle degree',
      master: 'have a master’s degree',
      phd: 'have a PhD',
    },
  },
];

/** The words inferred for a category column's levels: every level the family knows, or only `values` when given. */
export function inferLevelWords(name: string, label: string, values?: readonly string[] | null): Record<string, string> | null {
  const family = FAMILIES.find((f) => f.test.test(`${name} ${label}`));
  if (!family) return null;
  const words: Record<string, string> = {};
  if (values && values.length > 0) {
    for (const value of values) {
      const text = family.levels[value.trim().toLowerCase()];
      if (text) words[value] = text;
    }
  } else {
    for (const [level, text] of Object.entries(family.levels)) words[level] = text;
  }
  return Object.keys(words).length > 0 ? words : null;
}

/** The words for one level: exact, else by lower case (inferred words are kept in lower case when no values were known). */
export function levelWords(words: Readonly<Record<string, string>> | null | undefined, level: string): string | null {
  if (!words) return null;
  if (Object.hasOwn(words, level)) return words[level];
  const lower = level.trim().toLowerCase();
  const key = Object.keys(words).find((k) => k.toLowerCase() === lower);
  return key === undefined ? null : words[key];
}

/**
 * English: "are divorced, single or widowed" rather than "are divorced, are single or are
 * widowed", when every predicate opens with the same verb.
 */
export function sharedVerb(predicates: readonly string[]): { verb: string; rests: string[] } | null {
  if (predicates.length < 2) return null;
  const verb = predicates[0].split(' ')[0];
  if (!predicates.every((p) => p.startsWith(`${verb} `))) return null;
  return { verb, rests: predicates.map((p) => p.slice(verb.length + 1)) };
}
