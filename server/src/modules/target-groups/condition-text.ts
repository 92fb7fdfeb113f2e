/**
 * Plain-English wording of a target group's conditions, through the phrasing module: "have
 * bought within the last 29 days", "with no teenagers at home", "who spent at least 500 on
 * wines", "who did not accept campaign 5". The feature's phrasing model (stored per column,
 * else inferred from its label, kind and unit) decides the words.
 */
import {
  clauseText,
  conditionClause as phraseClause,
  whoSentence as phraseSentence,
  type Clause,
  type PhraseContext,
} from '../phrasing/phrase.js';
import type { Phrasing } from '../phrasing/phrasing.js';
import type { RawCondition } from './conditions.js';
import type { DriverKind, DriverUnit } from './types.js';

export type { Clause };

export interface DescribedCondition extends RawCondition {
  label: string;
  kind: DriverKind;
  unit?: DriverUnit;
  phrasing?: Phrasing;
  /** BINARY: the file's text meaning yes. */
  positiveLabel?: string | null;
}

export function conditionClause(c: DescribedCondition, ctx: PhraseContext = {}): Clause {
  return phraseClause({ feature: c.feature, label: c.label, kind: c.kind, unit: c.unit, phrasing: c.phrasing }, c, ctx, c.positiveLabel);
}

/** The condition on its own, e.g. for a chip or a table row. */
export function conditionText(c: DescribedCondition, ctx: PhraseContext = {}): string {
  return conditionClause(c, ctx).body;
}

/** The condition with its relative word, to join into a sentence: "with no teenagers at home". */
export function conditionClauseText(c: DescribedCondition, ctx: PhraseContext = {}): string {
  return clauseText(conditionClause(c, ctx), ctx.locale);
}

/** "Customers who have bought within the last 29 days, with no teenagers at home and who earn at least 70,000 a year." */
export function whoSentence(conditions: readonly DescribedCondition[], ctx: PhraseContext = {}): string {
  return phraseSentence(
    conditions.map((c) => conditionClause(c, ctx)),
    ctx.locale,
  );
}
