/**
 * The metric and method names the pages use that a manager may not know, each with a short
 * plain-language help text in the catalogues (help.<term> in client/src/locales/*.json),
 * shown by HelpTip on hover and on keyboard focus.
 */
export const HELP_TERMS = [
  'rocAuc',
  'prAuc',
  'brierScore',
  'lift',
  'silhouette',
  'pd',
  'ice',
  'ale',
  'permutationImportance',
  'modelStatus',
] as const;
export type HelpTerm = (typeof HELP_TERMS)[number];

export function isHelpTerm(value: string): value is HelpTerm {
  return (HELP_TERMS as readonly string[]).includes(value);
}
