/**
 * Feature values (a stored customer's or edited ones) -> score, exact contributions and the
 * reasons in words, for a model made ready by CustomerService. Pure: no database.
 */
import type { Locale } from '../phrasing/locale.js';
import { dayOf, valuesToTable, type TextValues } from './customer-table.js';
import type { ExplanationView, Prepared } from './customer-views.js';
import { reasonsText } from './reasons-text.js';
import { probabilityOf } from './shap-explainer.js';

export function explainValues(
  prepared: Pick<Prepared, 'explainer' | 'context' | 'reasonColumns' | 'currency'>,
  given: TextValues,
  locale: Locale = 'en',
): ExplanationView {
  const { explainer, context, reasonColumns } = prepared;
  const result = explainer.explain(valuesToTable(context, [given]))[0];
  const reasons = reasonColumns.map((column, j) => ({ column, value: given.get(column.name) ?? null, contribution: result.phi[j] }));
  const specOf = new Map(context.specs.map((s) => [s.name, s]));
  const text = reasonsText({
    scale: result.scale,
    baseValue: result.baseValue,
    output: result.output,
    averageProbability: explainer.averageProbability,
    reasons,
    locale,
    currency: prepared.currency,
    parseDay: (feature, value) => dayOf(specOf.get(feature), value),
  });
  return {
    probability: probabilityOf(result),
    scale: result.scale,
    baseValue: result.baseValue,
    contributions: reasons.map((r) => ({ feature: r.column.name, label: r.column.label, value: r.value, contribution: r.contribution })),
    text,
  };
}
