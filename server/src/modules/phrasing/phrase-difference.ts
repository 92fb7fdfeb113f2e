/**
 * How a group or segment differs from everyone else on one feature, in words: the comparisons,
 * figures and tags of target-group and segment texts. Conditions are worded in phrase.ts.
 */
import { isMaterialDifference } from '../../domain/number-format.js';
import type { MessageParams as Params } from './catalogue.js';
import type { Locale } from './locale.js';
import type { MessageKey } from './messages-en.js';
import { formatPercentIn } from './locale-format.js';
import { eventIn, phraseIn } from './lexicon.js';
import { isPluralPhrase, type Phrasing } from './phrasing.js';
import {
  countParams,
  fillVerb,
  formatValue,
  labelIn,
  labelInText,
  levelSaid,
  message,
  phrasingOf,
  type Feature,
  type PhraseContext,
} from './phrase.js';

/** How a group or segment differs from everyone else on one feature. */
export interface Difference {
  direction: 'higher' | 'lower';
  /** A large difference ("far more"). */
  strong: boolean;
  /** Numbers: the group's and everyone else's median (or mean when the medians are equal). */
  figures?: { stat: 'median' | 'mean'; group: number; rest: number };
  /** Yes/no facts and category levels: the share with it in the group and elsewhere. */
  shares?: { group: number; rest: number };
  level?: string;
}

/** One figure of a comparison as shown: medians of whole-number features (counts, years) are whole. */
function showStat(stat: 'median' | 'mean', p: Phrasing, ctx: PhraseContext): (x: number) => string {
  return (x) => formatValue(stat === 'median' && (p.kind === 'COUNT' || p.kind === 'YEAR') ? Math.round(x) : x, p, ctx);
}

function figuresText(d: Difference, p: Phrasing, ctx: PhraseContext): string {
  if (!d.figures) return '';
  const { stat, group, rest } = d.figures;
  const show = showStat(stat, p, ctx);
  return message(stat === 'median' ? 'figures.median' : 'figures.mean', { group: show(group), rest: show(rest) }, ctx.locale);
}

/** Years and dates: their distance from zero means nothing, so any difference that shows is material. */
function materialFor(p: Phrasing, show: (x: number) => string): (a: number, b: number) => boolean {
  return p.kind === 'YEAR' || p.kind === 'DATE' ? (a, b) => show(a) !== show(b) : (a, b) => isMaterialDifference(a, b, show);
}

export interface ShownComparison {
  stat: 'median' | 'mean';
  group: number;
  rest: number;
  direction: 'higher' | 'lower';
  /** "median 383 vs 107", "on average 0.4 vs 0.1": what the text and the card quote. */
  text: string;
}

/**
 * The figures a comparison quotes: the medians when they differ materially as shown, else the
 * means (labelled "on average"); null when neither does, so no "higher" is written for
 * "median 2 vs 2" (the threshold is MATERIAL_DIFFERENCE in domain/number-format.ts).
 */
export function shownComparison(
  f: Feature,
  medians: { group: number; rest: number },
  means: { group: number; rest: number },
  ctx: PhraseContext = {},
): ShownComparison | null {
  const p = phrasingOf(f);
  for (const [stat, pair] of [
    ['median', medians],
    ['mean', means],
  ] as const) {
    const show = showStat(stat, p, ctx);
    if (!Number.isFinite(pair.group) || !Number.isFinite(pair.rest) || !materialFor(p, show)(pair.group, pair.rest)) continue;
    const direction = pair.group > pair.rest ? 'higher' : 'lower';
    return { stat, ...pair, direction, text: figuresText({ direction, strong: false, figures: { stat, ...pair } }, p, ctx) };
  }
  return null;
}

/** Whether two shares differ materially as shown ("7.3%" vs "7.8%" does not). */
export function sharesDiffer(group: number, rest: number, locale: Locale = 'en'): boolean {
  return isMaterialDifference(group, rest, (x) => formatPercentIn(x, locale));
}

/** A clause after "they": "have fewer children at home (median 0 vs 1)", "were born earlier (median 1965 vs 1970)", "accepted campaign 5 more often (64.0% vs 7.3%)". */
export function differencePhrase(f: Feature, d: Difference, ctx: PhraseContext = {}): string {
  const locale = ctx.locale ?? 'en';
  const say = (key: MessageKey, params: Params) => message(key, params, locale);
  const p = phrasingOf(f);
  const label = labelInText(f.label);
  const term = labelIn(f.label, locale);
  const strong = d.strong ? 'yes' : 'no';
  const direction = d.direction;
  const percent = (x: number) => formatPercentIn(x, locale);
  const levelText = d.level !== undefined ? levelSaid(f, p, d.level, locale) : null;
  if (levelText !== null && d.shares)
    return say('compare.fact', { yes: levelText, strong, direction, group: percent(d.shares.group), rest: percent(d.shares.rest) });
  if (d.level !== undefined && d.shares) {
    return say('compare.category', {
      strong,
      direction,
      ...term,
      level: d.level,
      group: percent(d.shares.group),
      rest: percent(d.shares.rest),
    });
  }
  if (d.shares) {
    const shares = { group: percent(d.shares.group), rest: percent(d.shares.rest) };
    return p.yes
      ? say('compare.fact', { yes: phraseIn(p.yes, locale), strong, direction, ...shares })
      : say('compare.factGeneric', { ...term, strong, direction, ...shares });
  }
  const figures = figuresText(d, p, ctx);
  switch (p.kind) {
    case 'COUNT':
      return say('compare.count', { strong, direction, ...countParams(p, label, locale), figures });
    case 'MONEY':
      if (p.verb) return say('compare.verb', { clause: fillVerb(p.verb, say('compare.more', { strong, direction }), locale), figures });
      break;
    case 'YEAR':
    case 'DATE':
      if (p.verb) return say('compare.verb', { clause: fillVerb(p.verb, say('compare.later', { direction }), locale), figures });
      return say('compare.time', { direction, ...term, figures });
    case 'DURATION':
      if (p.event) return say('compare.recency', { ...eventIn(p.event, locale), direction, figures });
      if (p.unit === 'year' && p.verb && /\bold\b/.test(p.verb)) return say('compare.age', { direction, figures });
      if (!isPluralPhrase(label)) return say('compare.longer', { direction, ...term, figures });
      break;
    default:
      break;
  }
  return say(isPluralPhrase(label) ? 'compare.plural' : 'compare.level', { strong, direction, ...term, figures });
}

/** A short tag for names and captions: "more children at home", "high yearly household income", "often accepted campaign 5", "born earlier". */
export function tagPhrase(f: Feature, direction: 'higher' | 'lower', level?: string, ctx: PhraseContext = {}): string {
  const locale = ctx.locale ?? 'en';
  const p = phrasingOf(f);
  const label = labelInText(f.label);
  const term = labelIn(f.label, locale);
  const said = level !== undefined ? levelSaid(f, p, level, locale) : null;
  if (said !== null) return message('tag.fact', { direction, yes: said }, locale);
  if (level !== undefined) return `${term.label} ${level}`;
  if (p.kind === 'FACT') return message('tag.fact', { direction, yes: p.yes ? phraseIn(p.yes, locale) : `yes for ${label}` }, locale);
  if (p.kind === 'COUNT') return message('tag.count', { direction, ...countParams(p, label, locale) }, locale);
  if ((p.kind === 'YEAR' || p.kind === 'DATE') && p.verb) {
    const clause = fillVerb(p.verb, message('compare.later', { direction }, locale), locale);
    return locale === 'en' ? clause.replace(/^(were|are|have) /, '') : clause;
  }
  if (p.kind === 'YEAR' || p.kind === 'DATE') return message('tag.time', { direction, ...term }, locale);
  const bare = (text: string) => text.replace(/ \(\)$/, '');
  if (p.kind === 'DURATION' && p.event) {
    if (locale === 'en') return direction === 'higher' ? `last ${p.event} long ago` : `${p.event} recently`;
    return bare(message('compare.recency', { ...eventIn(p.event, locale), direction, figures: '' }, locale));
  }
  if (p.kind === 'DURATION' && p.unit === 'year' && p.verb && /\bold\b/.test(p.verb)) {
    if (locale === 'en') return direction === 'higher' ? 'older' : 'younger';
    return bare(message('compare.age', { direction, figures: '' }, locale));
  }
  if (isPluralPhrase(label)) return message('tag.count', { direction, other: term.label, many: term.label }, locale);
  return message('tag.level', { direction, ...term }, locale);
}
