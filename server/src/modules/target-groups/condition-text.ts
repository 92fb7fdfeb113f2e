/**
 * Plain-English wording of one condition, using the feature's label and unit: "have bought
 * within the last 29 days", "earn at least 70,000 a year", "education is PhD or Master".
 * A few everyday phrasings are recognised from the label (recency, income, yes/no flags);
 * everything else reads "<label> is at least ...".
 */
import { isNoToken, isYesToken } from '../../domain/yes-no.js';
import type { RawCondition } from './conditions.js';
import { formatWithUnit, inSentence, joinOr } from '../../common/format.js';
import type { DriverKind, DriverUnit } from './types.js';

export interface DescribedCondition extends RawCondition {
  label: string;
  kind: DriverKind;
  unit?: DriverUnit;
}

/** `who` clauses start with a verb ("have bought ..."), `whose` clauses with the label. */
export interface Clause {
  relative: 'who' | 'whose';
  body: string;
}


function range(c: DescribedCondition, show: (x: number) => string): string {
  const isDate = c.kind === 'DATE' || c.unit === 'date';
  if (c.min !== null && c.max !== null) {
    if (c.min === c.max) return isDate ? `on ${show(c.min)}` : `exactly ${show(c.min)}`;
    return isDate ? `between ${show(c.min)} and ${show(c.max)}` : `between ${show(c.min)} and ${show(c.max)}`;
  }
  if (c.min !== null) return isDate ? `on or after ${show(c.min)}` : `at least ${show(c.min)}`;
  if (c.max !== null) return isDate ? `on or before ${show(c.max)}` : `at most ${show(c.max)}`;
  return 'known';
}

/** "days since last purchase" -> "purchase". */
function lastEvent(label: string): string | null {
  const m = /days?\s+since\s+(?:the\s+|their\s+)?last\s+(.+)$/i.exec(label.trim());
  return m ? m[1].trim() : null;
}

function recencyClause(c: DescribedCondition, event: string): Clause {
  const days = (x: number) => formatWithUnit(x, 'days');
  const bought = /^(purchase|order|buy|transaction)s?$/i.test(event);
  const lo = c.min !== null && c.min > 0 ? c.min : null;
  if (bought) {
    if (lo === null && c.max !== null) return { relative: 'who', body: c.max === 0 ? 'have bought today' : c.max === 1 ? 'have bought within the last day' : `have bought within the last ${days(c.max)}` };
    if (lo !== null && c.max === null) return { relative: 'who', body: `have not bought for at least ${days(lo)}` };
    if (lo !== null && c.max !== null) return { relative: 'who', body: `last bought ${formatWithUnit(lo, undefined)} to ${days(c.max)} ago` };
  }
  if (lo === null && c.max !== null) return { relative: 'whose', body: `last ${event} was at most ${days(c.max)} ago` };
  if (lo !== null && c.max === null) return { relative: 'whose', body: `last ${event} was at least ${days(lo)} ago` };
  if (lo !== null && c.max !== null) return { relative: 'whose', body: `last ${event} was ${formatWithUnit(lo, undefined)} to ${days(c.max)} ago` };
  return { relative: 'whose', body: `${inSentence(c.label)} is known` };
}

export function conditionClause(c: DescribedCondition): Clause {
  if (c.levels) {
    const yes = c.levels.length === 1 && isYesToken(c.levels[0]);
    const no = c.levels.length === 1 && isNoToken(c.levels[0]);
    if (c.kind === 'BINARY' && (yes || no)) {
      // Labels such as "accepted campaign 5" or "complained" read as a verb phrase.
      const verbLabel = /^[a-z]+ed\b/i.test(c.label);
      if (yes && verbLabel) return { relative: 'who', body: inSentence(c.label) };
      return { relative: 'whose', body: `${inSentence(c.label)} is ${yes ? 'yes' : 'no'}` };
    }
    return { relative: 'whose', body: `${inSentence(c.label)} is ${joinOr(c.levels)}` };
  }
  const event = c.unit === 'days' || c.unit === undefined ? lastEvent(c.label) : null;
  if (event) return recencyClause(c, event);
  if (c.unit === 'currency' && /income|salary|earning/i.test(`${c.label} ${c.feature}`)) {
    const perYear = /year|annual/i.test(c.label) || /^income$/i.test(c.feature) ? ' a year' : '';
    return { relative: 'who', body: `earn ${range(c, (x) => formatWithUnit(x, 'currency'))}${perYear}` };
  }
  if (c.kind === 'DATE' || c.unit === 'date') {
    const when = range(c, (x) => formatWithUnit(x, c.unit, c.kind));
    // "Customer since" / "member since": the date someone became a customer.
    if (/\b(customer|member|client)s? since\b|\bjoined\b|sign[- ]?up|enrol/i.test(c.label)) return { relative: 'who', body: `became customers ${when}` };
    return { relative: 'whose', body: `${inSentence(c.label)}${/date|day/i.test(c.label) ? '' : ' date'} is ${when}` };
  }
  return { relative: 'whose', body: `${inSentence(c.label)} is ${range(c, (x) => formatWithUnit(x, c.unit, c.kind))}` };
}

/** The condition on its own, e.g. for a table row. */
export function conditionText(c: DescribedCondition): string {
  return conditionClause(c).body;
}

/** "Customers who have bought within the last 29 days, who earn at least 70,000 a year and whose education is PhD." */
export function whoSentence(conditions: readonly DescribedCondition[]): string {
  const clauses = conditions.map((c) => {
    const clause = conditionClause(c);
    return `${clause.relative} ${clause.body}`;
  });
  if (clauses.length === 0) return 'All customers.';
  if (clauses.length === 1) return `Customers ${clauses[0]}.`;
  return `Customers ${clauses.slice(0, -1).join(', ')} and ${clauses[clauses.length - 1]}.`;
}
