/**
 * The yes/no rule of the product. A two-valued column is yes/no (BINARY) when its values,
 * compared case-insensitively, are one of these pairs; its "yes" is the column's own
 * positive label when it has one, otherwise any of the yes tokens. The importer, training,
 * target groups and the client's chips all read values through this one rule.
 */

/** Lower-case pairs that make a two-valued column BINARY: [no, yes]. */
export const BINARY_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['0', '1'],
  ['no', 'yes'],
  ['false', 'true'],
  ['n', 'y'],
  ['f', 't'],
];

/** Values read as "yes" ("responded") when nobody says otherwise: 1, yes, true, y, t. */
export const YES_TOKENS: ReadonlySet<string> = new Set(BINARY_PAIRS.map(([, yes]) => yes));
/** Values read as "no": 0, no, false, n, f. */
export const NO_TOKENS: ReadonlySet<string> = new Set(BINARY_PAIRS.map(([no]) => no));

/** Case-insensitive. */
export function isYesToken(value: string): boolean {
  return YES_TOKENS.has(value.toLowerCase());
}

/** Case-insensitive. */
export function isNoToken(value: string): boolean {
  return NO_TOKENS.has(value.toLowerCase());
}

/** The test for "yes" in a column: its positive label (case-insensitive) when set, else the yes tokens. */
export function positiveTest(label: string | undefined | null): (text: string) => boolean {
  if (label === undefined || label === null) return isYesToken;
  const wanted = label.trim().toLowerCase();
  return (text) => text.toLowerCase() === wanted;
}
