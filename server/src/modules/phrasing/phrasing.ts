/**
 * The phrasing model of a column: besides its label, what it counts or measures, so every
 * sentence the app writes about it reads right ("with no teenagers at home", "who spent at
 * least 500 on wine", "who were born in 1965 or earlier", "who did not accept campaign 5").
 * The importer infers it from the column's name, label and values; people correct it on the
 * Data page. Pure: no database, no I/O.
 */
import type { MessageKey } from './messages-en.js';

import { inferLevelWords } from './category-levels.js';

export const PHRASING_KINDS = ['COUNT', 'MONEY', 'YEAR', 'DATE', 'DURATION', 'PERCENTAGE', 'FACT', 'CATEGORY', 'NUMBER'] as const;
export type PhrasingKind = (typeof PHRASING_KINDS)[number];

export const DURATION_UNITS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

export interface Phrasing {
  kind: PhrasingKind;
  /** COUNT: the counted thing, singular and plural ("teenager at home" / "teenagers at home"). */
  one?: string | null;
  other?: string | null;
  /**
   * A who-clause with a `{value}` placeholder (an ICU MessageFormat template): MONEY "spent {value}
   * on wines", YEAR "were born {value}", DATE "became customers {value}", DURATION "were {value}
   * old". Comparisons reuse it with "more" / "later": "spent more on wines", "were born later".
   */
  verb?: string | null;
  /** DURATION since an event, as its past participle: "bought" -> "have bought within the last 29 days". */
  event?: string | null;
  /** DURATION: the unit its numbers are in. */
  unit?: DurationUnit | null;
  /** FACT: what yes and no say about a customer ("accepted campaign 5" / "did not accept campaign 5"). */
  yes?: string | null;
  no?: string | null;
  /**
   * CATEGORY: what each level says about a customer, as a who-clause ("Married" -> "are married",
   * "PhD" -> "have a PhD"). Absent: inferred when read, for the columns the app knows.
   */
  levels?: Record<string, string> | null;
}

/** What inference looks at: the column's name, label, stored kind and unit, and value range. */
export interface PhrasingEvidence {
  name: string;
  label: string;
  kind: 'NUMERIC' | 'CATEGORICAL' | 'BINARY' | 'DATE' | 'IDENTIFIER' | 'IGNORED';
  unit?: string | null;
  min?: number | null;
  max?: number | null;
  /** CATEGORICAL: the levels seen in the file (the most common ones). */
  levels?: readonly string[] | null;
}

const PREPOSITIONS = new Set([
  'of',
  'on',
  'per',
  'at',
  'from',
  'since',
  'in',
  'for',
  'with',
  'to',
  'by',
  'during',
  'over',
  'before',
  'after',
  'within',
  'under',
  'about',
  'into',
]);
const IRREGULAR_PLURALS: Record<string, string> = {
  children: 'child',
  people: 'person',
  kids: 'kid',
  teens: 'teen',
  men: 'man',
  women: 'woman',
};

/** The head noun's index: the last word before the first preposition ("web visits per month" -> "visits"). */
function headIndex(words: readonly string[]): number {
  const end = words.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w.toLowerCase()));
  return (end < 0 ? words.length : end) - 1;
}

/** Whether a phrase is a plural noun phrase, judged by its head noun ("children at home", not "amount spent on wines"). */
export function isPluralPhrase(phrase: string): boolean {
  const words = phrase.trim().toLowerCase().split(/\s+/);
  const head = words[headIndex(words)] ?? '';
  return head in IRREGULAR_PLURALS || (/[a-z]s$/.test(head) && !/(ss|us|is)$/.test(head));
}

function singularWord(word: string): string {
  const lower = word.toLowerCase();
  if (lower in IRREGULAR_PLURALS) return IRREGULAR_PLURALS[lower];
  if (/ies$/.test(lower)) return `${word.slice(0, -3)}y`;
  if (/(ches|shes|sses|xes)$/.test(lower)) return word.slice(0, -2);
  if (/[a-z]s$/.test(lower) && !/(ss|us|is)$/.test(lower)) return word.slice(0, -1);
  return word;
}

function pluralWord(word: string): string {
  const lower = word.toLowerCase();
  const irregular = Object.entries(IRREGULAR_PLURALS).find(([, one]) => one === lower);
  if (irregular) return irregular[0];
  if (/[^aeiou]y$/.test(lower)) return `${word.slice(0, -1)}ies`;
  if (/(ch|sh|ss|x)$/.test(lower)) return `${word}es`;
  return `${word}s`;
}

/** "teenagers at home" -> { one: "teenager at home", other: "teenagers at home" } (either form may be given). */
export function nounForms(phrase: string): { one: string; other: string } {
  const words = phrase.trim().split(/\s+/);
  const head = headIndex(words);
  if (head < 0) return { one: phrase, other: phrase };
  const one = [...words];
  const other = [...words];
  if (isPluralPhrase(phrase)) one[head] = singularWord(words[head]);
  else other[head] = pluralWord(words[head]);
  return { one: one.join(' '), other: other.join(' ') };
}

/** "accepted" -> "accept", "subscribed" -> "subscribe", "applied" -> "apply". */
function baseVerb(past: string): string {
  const lower = past.toLowerCase();
  if (lower.endsWith('ied')) return `${past.slice(0, -3)}y`;
  const stem = past.slice(0, -2);
  if (/([bdgklmnprt])\1$/.test(stem) && !/(ll|ss)$/.test(stem)) return stem.slice(0, -1);
  if (/[aeiou][bcgsvz]$/i.test(stem) || /[^aeiou]ur$/i.test(stem)) return `${stem}e`;
  return stem;
}

const PERSON_NOUNS =
  /\b(member|subscriber|customer|client|owner|holder|user|buyer|student|employee|resident|homeowner|shopper|donor|partner)$/i;

const lowerFirst = (text: string) => (/^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text);

/** What a yes/no column says of a customer, from its label; null when the label is no verb phrase. */
export function factPhrases(label: string): { yes: string; no: string } | null {
  const text = lowerFirst(label.trim());
  const words = text.split(/\s+/);
  const first = words[0] ?? '';
  const rest = words.slice(1).join(' ');
  if (/^[a-z]+ed$/.test(first) && first !== 'need') return { yes: text, no: `did not ${baseVerb(first)}${rest ? ` ${rest}` : ''}` };
  if (first === 'has' || first === 'have') return { yes: `have ${rest}`, no: `do not have ${rest}` };
  if (first === 'is' || first === 'are') return { yes: `are ${rest}`, no: `are not ${rest}` };
  if (first === 'uses' || first === 'owns' || first === 'wants')
    return { yes: text.replace(/s\b/, ''), no: `do not ${first.slice(0, -1)} ${rest}` };
  // A kind of person: "Loyalty member" -> "are loyalty members" / "are not loyalty members".
  if (PERSON_NOUNS.test(text)) {
    const { other } = nounForms(text);
    return { yes: `are ${other}`, no: `are not ${other}` };
  }
  return null;
}

const lower = (text: string) => text.trim().toLowerCase();

/** A whole phrasing from the column's evidence; the Data page shows it and people correct it. */
export function inferPhrasing(column: PhrasingEvidence): Phrasing {
  const name = column.name.trim();
  const label = column.label.trim();
  const key = lower(name);
  const text = lowerFirst(label);
  if (column.kind === 'BINARY') {
    const fact = factPhrases(label);
    return { kind: 'FACT', yes: fact?.yes ?? null, no: fact?.no ?? null };
  }
  if (column.kind === 'CATEGORICAL') return { kind: 'CATEGORY', levels: inferLevelWords(name, label, column.levels) };
  if (column.kind === 'IDENTIFIER' || column.kind === 'IGNORED') return { kind: 'NUMBER' };
  if (column.kind === 'DATE') {
    const since = /\b(customer|member|client)s?\s+since\b|\bjoined\b|sign[- ]?up|enrol|dt_customer/i.test(`${label} ${name}`);
    return { kind: 'DATE', verb: since ? 'became customers {value}' : null };
  }
  // NUMERIC from here on.
  const whole = (x: number | null | undefined) => x === null || x === undefined || Number.isInteger(x);
  if (/^year[_ ]|year$|^yr[_ ]/i.test(name) || /^year of /i.test(label)) {
    if (column.min === null || column.min === undefined || (column.min >= 1800 && (column.max ?? 0) <= 2200)) {
      return { kind: 'YEAR', verb: /birth|born/i.test(`${name} ${label}`) ? 'were born {value}' : null };
    }
  }
  if (/^age$/i.test(key) || /^age\b/i.test(label)) return { kind: 'DURATION', unit: 'year', verb: 'are {value} old' };
  if (column.unit === 'years') return { kind: 'DURATION', unit: 'year' };
  const days = /^days?\s+since\s+(?:the\s+|their\s+)?last\s+(.+)$/i.exec(label);
  if (key === 'recency' || days || column.unit === 'days') {
    const event = days?.[1] ?? (key === 'recency' ? 'purchase' : null);
    const bought = event !== null && /^(purchase|order|buy|transaction|shop)s?$/i.test(event.trim());
    return { kind: 'DURATION', unit: 'day', event: bought ? 'bought' : null };
  }
  if (column.unit === 'seconds' || /\((s|sec|seconds)\)\s*$/i.test(label)) return { kind: 'DURATION', unit: 'second' };
  if (
    column.unit === 'currency' ||
    /^mnt/i.test(name) ||
    /income|salary|revenue|spent|spend|amount|price|cost|balance|value/i.test(`${name} ${label}`)
  ) {
    const spent = /^(?:amount\s+)?spent\s+(on|in|at)\s+(.+)$/i.exec(label);
    if (spent) return { kind: 'MONEY', verb: `spent {value} ${spent[1].toLowerCase()} ${spent[2]}` };
    if (/income|salary|earning/i.test(`${name} ${label}`))
      return { kind: 'MONEY', verb: /month/i.test(label) ? 'earn {value} a month' : 'earn {value} a year' };
    return { kind: 'MONEY' };
  }
  if (/(pct|percent|percentage|%)/i.test(`${name} ${label}`) && (column.max ?? 0) <= 100) return { kind: 'PERCENTAGE' };
  const counted = /^num[_A-Z]|home$|^n_|^count|^number of|count$/i.test(name) || column.unit === 'count' || /^number of /i.test(label);
  if (counted && whole(column.min) && whole(column.max)) {
    const noun = text.replace(/^(num|number of|count of|n)\s+/i, '');
    return { kind: 'COUNT', ...nounForms(noun) };
  }
  if (whole(column.min) && whole(column.max) && isPluralPhrase(text) && (column.min ?? 0) >= 0)
    return { kind: 'COUNT', ...nounForms(text) };
  return { kind: 'NUMBER' };
}

/** A phrasing as typed on the Data page: any texts, checked by checkPhrasing. */
export type PhrasingInput = { kind: string } & Partial<
  Record<'one' | 'other' | 'verb' | 'event' | 'unit' | 'yes' | 'no', string | null>
> & {
    levels?: Record<string, string> | null;
  };

/** A phrasing a person typed, checked: a clear message for what cannot work. */
export function checkPhrasing(p: PhrasingInput): { key: MessageKey; params?: Record<string, string> } | null {
  if (!(PHRASING_KINDS as readonly string[]).includes(p.kind))
    return { key: 'error.phrasing.kind', params: { kind: p.kind, kinds: PHRASING_KINDS.join(', ') } };
  if (p.kind === 'COUNT' && (!p.one?.trim() || !p.other?.trim())) return { key: 'error.phrasing.count' };
  if (p.unit && !(DURATION_UNITS as readonly string[]).includes(p.unit))
    return { key: 'error.phrasing.unit', params: { unit: p.unit, units: DURATION_UNITS.join(', ') } };
  if (p.verb && !p.verb.includes('{value}')) return { key: 'error.phrasing.value' };
  if (p.verb && /[{}]/.test(p.verb.replaceAll('{value}', ''))) return { key: 'error.phrasing.braces' };
  for (const text of [p.one, p.other, p.verb, p.event, p.yes, p.no, ...Object.values(p.levels ?? {})])
    if (text && text.length > 120) return { key: 'error.phrasing.long' };
  if (p.levels && Object.values(p.levels).some((text) => !text.trim())) return { key: 'error.phrasing.level' };
  return null;
}
