import type { ColumnPhrasing, PhrasingKind } from '../graphql/types';

/**
 * The Data page's editor for what a column counts or measures: which texts each kind needs,
 * the kinds in plain words, and what changed. The server checks and words the sentences.
 */
export const PHRASING_KIND_LABELS: Record<PhrasingKind, string> = {
  COUNT: 'A count (children at home)',
  MONEY: 'Money (amount spent)',
  YEAR: 'A year (year of birth)',
  DATE: 'A date (customer since)',
  DURATION: 'A length of time (days since last purchase)',
  PERCENTAGE: 'A percentage',
  FACT: 'A yes/no fact (accepted campaign 5)',
  CATEGORY: 'A category (education)',
  NUMBER: 'Another number',
};

export type PhrasingField = 'one' | 'other' | 'verb' | 'event' | 'unit' | 'yes' | 'no';

const FIELDS: Record<PhrasingKind, PhrasingField[]> = {
  COUNT: ['one', 'other'],
  MONEY: ['verb'],
  YEAR: ['verb'],
  DATE: ['verb'],
  DURATION: ['unit', 'event', 'verb'],
  PERCENTAGE: [],
  FACT: ['yes', 'no'],
  CATEGORY: [],
  NUMBER: [],
};

/** The texts a kind uses, in the order the form shows them. */
export function phrasingFields(kind: PhrasingKind): PhrasingField[] {
  return FIELDS[kind];
}

export const PHRASING_FIELD_LABELS: Record<PhrasingField, { label: string; hint: string }> = {
  one: { label: 'What it counts, one', hint: 'e.g. “teenager at home”: “with at most one teenager at home”.' },
  other: { label: 'What it counts, several', hint: 'e.g. “teenagers at home”: “with no teenagers at home”.' },
  verb: { label: 'Phrase with {value}', hint: 'e.g. “spent {value} on wine”, “were born {value}”; empty: “whose <label> is …”.' },
  event: { label: 'Time since (past participle)', hint: 'e.g. “bought”: “who have bought within the last 30 days”.' },
  unit: { label: 'Unit of time', hint: 'second, minute, hour, day, week, month or year.' },
  yes: { label: 'What yes says', hint: 'e.g. “accepted campaign 5”.' },
  no: { label: 'What no says', hint: 'e.g. “did not accept campaign 5”.' },
};

export const DURATION_UNITS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'] as const;

export type PhrasingDraft = { kind: PhrasingKind } & Record<PhrasingField, string>;

export function phrasingDraft(p: ColumnPhrasing): PhrasingDraft {
  return {
    kind: p.kind,
    one: p.one ?? '',
    other: p.other ?? '',
    verb: p.verb ?? '',
    event: p.event ?? '',
    unit: p.unit ?? '',
    yes: p.yes ?? '',
    no: p.no ?? '',
  };
}

/** The phrasing to save from a draft: only the texts its kind uses, trimmed; null when nothing changed. */
export function phrasingChange(original: ColumnPhrasing, draft: PhrasingDraft): ColumnPhrasing | null {
  const used = new Set(phrasingFields(draft.kind));
  const next: ColumnPhrasing = { kind: draft.kind, one: null, other: null, verb: null, event: null, unit: null, yes: null, no: null };
  for (const field of used) next[field] = draft[field].trim() || null;
  const same = next.kind === original.kind && [...used].every((field) => next[field] === (original[field] ?? null));
  return same ? null : next;
}

/** A problem to show before saving, or null (the server checks again). */
export function phrasingProblem(draft: PhrasingDraft): string | null {
  if (draft.kind === 'COUNT' && (!draft.one.trim() || !draft.other.trim())) return 'Say what it counts, for one and for several.';
  if (phrasingFields(draft.kind).includes('verb') && draft.verb.trim() && !draft.verb.includes('{value}'))
    return 'Put {value} where the figure goes.';
  return null;
}
