/**
 * Column labels on their way out of GraphQL, in the reader's language: a label the importer
 * inferred from a known column name ("Amount spent on wines", "Accepted campaign 5") is written
 * from the language's lexicon; a label someone typed on the Data page is not in the lexicon and
 * reaches every reader as typed. Stored labels stay English, so one dataset reads right in
 * every language. Put on each `label` field that shows a column's label:
 * `@Field({ simple: false }) @UseMiddleware(InferredLabel) label!: string`.
 */
import type { MiddlewareFn } from 'type-graphql';
import { standaloneLabel } from './lexicon.js';
import type { Locale } from './locale.js';

export const InferredLabel: MiddlewareFn<{ locale?: Locale }> = async ({ context }, next) => {
  const label: unknown = await next();
  const locale = context.locale ?? 'en';
  return typeof label === 'string' && locale !== 'en' ? standaloneLabel(label, locale) : label;
};
