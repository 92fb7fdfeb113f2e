/**
 * The smallest change in words: "If they bought again within 20 days, their chance would rise
 * from 18.0% to 41.0%." Each change is the customer's new value through the phrasing model
 * (a recency as "bought again within", a count with its noun in the right number, money in
 * the dataset's currency), in the reader's language (catalogue keys cf.*).
 */
import { fillVerb, formatValue, phrasingOf } from '../phrasing/phrase.js';
import { message } from '../phrasing/catalogue.js';
import { countNoun, eventIn, plainLabel } from '../phrasing/lexicon.js';
import type { Locale } from '../phrasing/locale.js';
import { formatPercentIn, joinAndIn } from '../phrasing/locale-format.js';
import type { Counterfactual } from './counterfactual.js';
import type { ReasonColumn, ReasonWording } from './reasons-text.js';

/** One change as a clause: "they bought again within 20 days", "they spent $600 on meat", "their education was PhD". */
export function changeClause(
  column: ReasonColumn,
  to: number | string,
  wording: ReasonWording = {},
  from: number | string | null = null,
): string {
  const locale: Locale = wording.locale ?? 'en';
  const p = phrasingOf({
    feature: column.name,
    label: column.label,
    phrasing: column.phrasing,
    kind: column.kind as 'NUMERIC',
    unit: column.unit,
  });
  const label = plainLabel(column.label.replace(/\s*\([^)]*\)\s*$/, ''), locale);
  const generic = (value: string) => message('cf.value', { label: label.text, plural: label.plural ? 'yes' : 'no', value }, locale);
  if (typeof to === 'string') return generic(to);
  if (p.kind === 'DURATION' && p.event && to >= 0 && (locale === 'en' || p.event.trim().toLowerCase() === 'bought')) {
    const ago = message(`unit.${p.unit ?? 'day'}`, { n: to }, locale);
    const sooner = typeof from !== 'number' || to < from ? 'yes' : 'no';
    return message('cf.event', { ...eventIn(p.event, locale), ago, sooner, when: to === 0 ? 'today' : 'ago' }, locale);
  }
  if (p.kind === 'COUNT' && Number.isInteger(to) && to >= 0) {
    const one = p.one ?? column.label;
    const other = p.other ?? column.label;
    return message('cf.count', { n: to, ...(locale === 'en' ? { one, other } : countNoun(one, other, locale)) }, locale);
  }
  const value = formatValue(to, p, { locale, currency: wording.currency });
  if (locale === 'en' && p.kind === 'MONEY' && p.verb && /^spent /.test(p.verb)) return `they ${fillVerb(p.verb, value)}`;
  return generic(value);
}

/** The page's sentence about the smallest change (or why there is none). */
export function counterfactualText(
  cf: Counterfactual | null,
  columns: ReadonlyMap<string, ReasonColumn>,
  threshold: number,
  wording: ReasonWording = {},
): string {
  const locale = wording.locale ?? 'en';
  const percent = (x: number) => formatPercentIn(x, locale);
  if (cf === null) return message('cf.noActionable', {}, locale);
  if (cf.changes.length === 0 && cf.reached)
    return message('cf.already', { probability: percent(cf.before), threshold: percent(threshold) }, locale);
  if (cf.changes.length === 0) return message('cf.nothing', {}, locale);
  const changes = joinAndIn(
    cf.changes.map((c) =>
      changeClause(columns.get(c.feature) ?? { name: c.feature, label: c.feature, kind: 'NUMERIC' }, c.to, wording, c.from),
    ),
    locale,
  );
  const params = { changes, from: percent(cf.before), to: percent(cf.after), threshold: percent(threshold) };
  return message(cf.reached ? 'cf.sentence' : 'cf.closest', params, locale);
}
