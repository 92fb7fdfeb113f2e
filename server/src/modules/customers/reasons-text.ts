/**
 * One customer's explanation in words: the predicted chance, then the three strongest
 * reasons for and against, each as "<the customer's value as a fact>: raises the chance by
 * about N points" (percentage points of probability): "Bought 12 days ago: raises the chance
 * by about 9 points", "Has 2 teenagers at home: lowers the chance by about 4 points".
 * Facts come from the phrasing model (phrasing/customer-fact.ts), sentences from the
 * catalogues (reasons.*, fact.*) in the reader's language.
 *
 * On the probability scale (forest, tree) a reason's points are its contribution x 100,
 * exactly. Models that add reasons up in log-odds (boosting, logistic regression) have no
 * exact points: a reason's points are then how far the chance would move without that
 * reason alone, sigmoid(output) - sigmoid(output - contribution), and the text says they
 * are approximate.
 */
import { message } from '../phrasing/catalogue.js';
import { customerFact } from '../phrasing/customer-fact.js';
import type { Locale } from '../phrasing/locale.js';
import { formatNumberIn, formatPercentIn } from '../phrasing/locale-format.js';
import type { Phrasing } from '../phrasing/phrasing.js';

export type ReasonScale = 'LOG_ODDS' | 'PROBABILITY';

export interface ReasonColumn {
  name: string;
  label: string;
  kind: string;
  unit?: string | null;
  /** What the column counts or measures (the stored one, else inferred from name, label and unit). */
  phrasing?: Phrasing | null;
  /** BINARY: the level that means yes. */
  positiveLevel?: string | null;
}

/** How reasons are worded: the reader's language, the dataset's currency, how dates are read. */
export interface ReasonWording {
  /** Default English. */
  locale?: Locale;
  /** ISO 4217 code of the money columns (none: amounts without a symbol). */
  currency?: string | null;
  /** Parses a DATE value to its day number (since 1970-01-01). */
  parseDay?: (feature: string, value: string) => number;
  /** Unused since dates read as dates; kept so callers that pass it still compile. */
  dateReference?: (feature: string) => number | null;
}

export interface ReasonInput {
  column: ReasonColumn;
  /** The value as imported (null = missing). */
  value: string | null;
  contribution: number;
}

export interface ReasonsTextInput extends ReasonWording {
  scale: ReasonScale;
  baseValue: number;
  /** The model's output on `scale`. */
  output: number;
  /** The mean predicted probability over the training customers (what "average" means in the text). */
  averageProbability: number;
  reasons: ReasonInput[];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
export const REASONS_SHOWN = 3;

/** Percentage points a reason moves the chance (exact on the probability scale). */
export function reasonPoints(scale: ReasonScale, output: number, contribution: number): number {
  if (scale === 'PROBABILITY') return contribution * 100;
  return (sigmoid(output) - sigmoid(output - contribution)) * 100;
}

/** "about 9 points", "about 1 point", "less than 1 point" (in the language). */
export function formatPoints(points: number, locale: Locale = 'en'): string {
  const rounded = Math.round(Math.abs(points));
  return message('reasons.points', { kind: rounded < 1 ? 'less' : 'about', n: rounded, count: formatNumberIn(rounded, locale) }, locale);
}

/** The customer's value as the fact a reason starts with: "Bought 12 days ago", "Yearly household income ($58,138)". */
export function phraseValue(column: ReasonColumn, value: string | null, wording: ReasonWording = {}): string {
  return customerFact(
    {
      feature: column.name,
      label: column.label,
      phrasing: column.phrasing,
      kind: column.kind as 'NUMERIC',
      unit: column.unit,
      positiveLevel: column.positiveLevel,
    },
    value,
    { locale: wording.locale, currency: wording.currency, parseDay: wording.parseDay && ((v) => wording.parseDay!(column.name, v)) },
  );
}

/** One reason: "Bought 12 days ago: raises the chance by about 9 points" (no full stop). */
export function reasonText(column: ReasonColumn, value: string | null, points: number, wording: ReasonWording = {}): string {
  const locale = wording.locale ?? 'en';
  return message(
    'reasons.reason',
    { value: phraseValue(column, value, wording), direction: points >= 0 ? 'up' : 'down', points: formatPoints(points, locale) },
    locale,
  );
}

/**
 * The `shown` strongest reasons of one explained row, strongest first whichever way they push
 * (ties: the model's feature order), as reasonText sentences: the scored lists' reasons.
 * `value(j)` is the row's stored value of feature j; columns are in the order of phi.
 */
export function strongestReasonTexts(
  result: { phi: ArrayLike<number>; output: number; scale: ReasonScale },
  value: (j: number) => string | null,
  columns: readonly ReasonColumn[],
  wording: ReasonWording = {},
  shown = REASONS_SHOWN,
): string[] {
  const { phi } = result;
  return strongestFeatures(phi, shown).map((j) =>
    reasonText(columns[j], value(j), reasonPoints(result.scale, result.output, phi[j]), wording),
  );
}

/**
 * The features of the `shown` strongest contributions (non-zero, finite), strongest first
 * whichever way they push, ties in the model's feature order: one pass, no sort.
 */
export function strongestFeatures(phi: ArrayLike<number>, shown = REASONS_SHOWN): number[] {
  const top: number[] = [];
  for (let j = 0; j < phi.length; j++) {
    const x = phi[j];
    if (x === 0 || !Number.isFinite(x)) continue;
    const strength = Math.abs(x);
    // Ahead of weaker ones only: an equal strength stays behind the earlier feature.
    let at = top.length;
    while (at > 0 && strength > Math.abs(phi[top[at - 1]])) at--;
    if (at >= shown) continue;
    top.splice(at, 0, j);
    if (top.length > shown) top.pop();
  }
  return top;
}

/**
 * strongestReasonTexts for many rows (a scored list's): a sentence depends only on the
 * feature, the value and the points as shown (direction and whole points, formatPoints), and
 * these repeat across a list's rows, so each sentence is worded once and kept (up to `limit`
 * sentences, then the store starts afresh: memory stays bounded).
 */
export class ReasonSentences {
  private readonly kept = new Map<string, string>();

  constructor(
    private readonly columns: readonly ReasonColumn[],
    private readonly wording: ReasonWording = {},
    private readonly limit = 50_000,
  ) {}

  strongest(result: { phi: ArrayLike<number>; output: number; scale: ReasonScale }, value: (j: number) => string | null): string[] {
    const { phi } = result;
    return strongestFeatures(phi).map((j) => this.sentence(j, value(j), reasonPoints(result.scale, result.output, phi[j])));
  }

  private sentence(j: number, value: string | null, points: number): string {
    const key = `${j}|${points >= 0 ? '+' : '-'}${Math.round(Math.abs(points))}|${value === null ? '\u0000' : `=${value}`}`;
    let text = this.kept.get(key);
    if (text === undefined) {
      if (this.kept.size >= this.limit) this.kept.clear();
      text = reasonText(this.columns[j], value, points, this.wording);
      this.kept.set(key, text);
    }
    return text;
  }
}

export function reasonsText(input: ReasonsTextInput): string {
  const locale = input.locale ?? 'en';
  const probability = input.scale === 'LOG_ODDS' ? sigmoid(input.output) : input.output;
  const scored = input.reasons.map((r) => ({ ...r, points: reasonPoints(input.scale, input.output, r.contribution) }));
  const percent = (x: number) => formatPercentIn(x, locale);
  const lines = [message('reasons.headline', { probability: percent(probability), average: percent(input.averageProbability) }, locale)];
  const strongest = (sign: 1 | -1) =>
    scored
      .filter((r) => sign * r.contribution > 0)
      .sort((a, b) => sign * (b.contribution - a.contribution))
      .slice(0, REASONS_SHOWN);
  const line = (r: (typeof scored)[number]) => message('reasons.line', { reason: reasonText(r.column, r.value, r.points, input) }, locale);
  const raising = strongest(1);
  const lowering = strongest(-1);
  lines.push(message(raising.length > 0 ? 'reasons.for' : 'reasons.noneFor', {}, locale), ...raising.map(line));
  lines.push(message(lowering.length > 0 ? 'reasons.against' : 'reasons.noneAgainst', {}, locale), ...lowering.map(line));
  if (input.scale === 'LOG_ODDS') lines.push(message('reasons.logOdds', {}, locale));
  return lines.join('\n');
}
