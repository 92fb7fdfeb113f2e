/**
 * One customer's explanation in words: the predicted chance, then the three strongest
 * reasons for and against, each as "<value in words>: raises the chance by about N points"
 * (percentage points of probability).
 *
 * On the probability scale (forest, tree) a reason's points are its contribution x 100,
 * exactly. Models that add reasons up in log-odds (boosting, logistic regression) have no
 * exact points: a reason's points are then how far the chance would move without that
 * reason alone, sigmoid(output) - sigmoid(output - contribution), and the text says they
 * are approximate.
 *
 * Values are phrased by a small local formatter (phraseValue) until the per-column phrasing
 * model of the "words" work lands; it is the one place to swap.
 */
import { message } from '../phrasing/catalogue.js';
import { standaloneLabel } from '../phrasing/lexicon.js';
import type { Locale } from '../phrasing/locale.js';
import { formatNumberIn, formatPercentIn } from '../phrasing/locale-format.js';
import type { MessageKey } from '../phrasing/messages-en.js';
import { formatDate, formatMoney, formatNumber } from '../../common/format.js';

export type ReasonScale = 'LOG_ODDS' | 'PROBABILITY';

export interface ReasonColumn {
  name: string;
  label: string;
  kind: string;
  unit?: string | null;
}

export interface ReasonInput {
  column: ReasonColumn;
  /** The value as imported (null = missing). */
  value: string | null;
  contribution: number;
}

export interface ReasonsTextInput {
  scale: ReasonScale;
  baseValue: number;
  /** The model's output on `scale`. */
  output: number;
  /** The mean predicted probability over the training customers (what "average" means in the text). */
  averageProbability: number;
  reasons: ReasonInput[];
  /** DATE values: the day (since 1970-01-01) "days ago" counts from; omitted: the date is shown. */
  dateReference?: (feature: string) => number | null;
  /** Parses a DATE value to its day number. */
  parseDay?: (feature: string, value: string) => number;
  /** The language of the text (default English; a label the app inferred is translated, a typed one stays). */
  locale?: Locale;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const SHOWN = 3;

/** Percentage points a reason moves the chance (exact on the probability scale). */
export function reasonPoints(scale: ReasonScale, output: number, contribution: number): number {
  if (scale === 'PROBABILITY') return contribution * 100;
  return (sigmoid(output) - sigmoid(output - contribution)) * 100;
}

/** "about 9 points", "about 1 point", "less than 1 point". */
export function formatPoints(points: number): string {
  const rounded = Math.round(Math.abs(points));
  if (rounded < 1) return 'less than 1 point';
  return `about ${formatNumber(rounded)} ${rounded === 1 ? 'point' : 'points'}`;
}

/** A customer's value in words: "Recency: 12 days", "Education: PhD", "Income: unknown". */
export function phraseValue(
  column: ReasonColumn,
  value: string | null,
  context: Pick<ReasonsTextInput, 'dateReference' | 'parseDay'> = {},
): string {
  if (value === null || value === '') return `${column.label}: unknown`;
  if (column.kind === 'BINARY')
    return `${column.label}: ${/^(1|yes|true|y|t)$/i.test(value) ? 'yes' : /^(0|no|false|n|f)$/i.test(value) ? 'no' : value}`;
  if (column.kind === 'DATE' && context.parseDay) {
    const day = context.parseDay(column.name, value);
    if (Number.isFinite(day)) {
      const reference = context.dateReference?.(column.name) ?? null;
      const ago = reference === null ? null : Math.round(reference - day);
      const since =
        ago === null || ago < 0
          ? ''
          : ago === 0
            ? ' (the latest date in the data)'
            : ` (${formatNumber(ago)} ${ago === 1 ? 'day' : 'days'} before the latest date)`;
      return `${column.label}: ${formatDate(day)}${since}`;
    }
  }
  if (column.kind === 'NUMERIC') {
    const number = Number(value);
    if (Number.isFinite(number)) return `${column.label}: ${phraseNumber(column, number)}`;
  }
  return `${column.label}: ${value}`;
}

/** A number with its unit: "12 days", "1 day", "58,138" (money), "1957" (a year), "35 years". */
function phraseNumber(column: ReasonColumn, x: number): string {
  const counted = (one: string, many: string) => `${formatNumber(x)} ${Math.abs(x) === 1 ? one : many}`;
  switch (column.unit) {
    case 'currency':
      return formatMoney(x);
    case 'days':
      return counted('day', 'days');
    case 'seconds':
      return counted('second', 'seconds');
    case 'years':
      // "Year of birth: 1957" is a calendar year (no thousands separator); "Age: 35 years" a duration.
      return /year/i.test(column.label) ? String(x) : counted('year', 'years');
    default:
      return formatNumber(x);
  }
}

export function reasonsText(input: ReasonsTextInput): string {
  const locale = input.locale ?? 'en';
  const say = (key: MessageKey, params: Record<string, string | number> = {}) => message(key, params, locale);
  const probability = input.scale === 'LOG_ODDS' ? sigmoid(input.output) : input.output;
  const scored = input.reasons.map((r) => ({ ...r, points: reasonPoints(input.scale, input.output, r.contribution) }));
  const percent = (x: number) => formatPercentIn(x, locale);
  const lines = [say('reasons.headline', { probability: percent(probability), average: percent(input.averageProbability) })];
  const raising = scored
    .filter((r) => r.contribution > 0)
    .sort((a, b) => b.contribution - a.contribution)
    .slice(0, SHOWN);
  const lowering = scored
    .filter((r) => r.contribution < 0)
    .sort((a, b) => a.contribution - b.contribution)
    .slice(0, SHOWN);
  const points = (p: number) => {
    const rounded = Math.round(Math.abs(p));
    return locale === 'en'
      ? formatPoints(p)
      : say('reasons.points', { kind: rounded < 1 ? 'less' : 'about', n: rounded, count: formatNumberIn(rounded, locale) });
  };
  const line = (r: (typeof scored)[number], direction: 'up' | 'down') => {
    const column = locale === 'en' ? r.column : { ...r.column, label: standaloneLabel(r.column.label, locale) };
    return say('reasons.line', { value: phraseValue(column, r.value, input), direction, points: points(r.points) });
  };
  lines.push(say(raising.length > 0 ? 'reasons.for' : 'reasons.noneFor'));
  for (const r of raising) lines.push(line(r, 'up'));
  lines.push(say(lowering.length > 0 ? 'reasons.against' : 'reasons.noneAgainst'));
  for (const r of lowering) lines.push(line(r, 'down'));
  if (input.scale === 'LOG_ODDS') lines.push(say('reasons.logOdds'));
  return lines.join('\n');
}
