import { PHRASING_KINDS, type ColumnPhrasing, type PhrasingKind } from '../graphql/types';
import { t, translatedLabels } from '../i18n';

/**
 * The Data page's editor for what a column counts or measures: which texts each kind needs,
 * the kinds in plain words, and what changed. The server checks and words the sentences.
 */
export const PHRASING_KIND_LABELS: Record<PhrasingKind, string> = translatedLabels('phrasing.kind', PHRASING_KINDS);

const PHRASING_FIELDS = ['one', 'other', 'verb', 'event', 'unit', 'yes', 'no'] as const;
export type PhrasingField = (typeof PHRASING_FIELDS)[number];

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

/** The placeholder the server replaces with the figure; shown as typed in labels and hints. */
const VALUE = { value: '{value}' };

/** Each text's label and hint with an example, in the active language. */
export const PHRASING_FIELD_LABELS = Object.fromEntries(
  PHRASING_FIELDS.map((field) => [
    field,
    {
      get label() {
        return t(`phrasing.field.${field}`, VALUE);
      },
      get hint() {
        return t(`phrasing.field.${field}Hint`, VALUE);
      },
    },
  ]),
) as Record<PhrasingField, { label: string; hint: string }>;

export const DURATION_UNITS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'] as const;

/** The units as the picker names them ("days"); the saved value stays the English unit the server reads. */
export const DURATION_UNIT_LABELS = translatedLabels('phrasing.unit', DURATION_UNITS);

/** A category level and what it says about a customer (empty: the level is named as it is). */
export interface LevelDraft {
  value: string;
  text: string;
}

export type PhrasingDraft = { kind: PhrasingKind; levels: LevelDraft[] } & Record<PhrasingField, string>;

/**
 * The draft of a column's phrasing; a category lists its words per level for the column's
 * `levels` (its most common values) and any level that already has words.
 */
export function phrasingDraft(p: ColumnPhrasing, levels: readonly string[] = []): PhrasingDraft {
  const said = new Map((p.levels ?? []).map((level) => [level.value, level.text]));
  const values = [...new Set([...levels, ...said.keys()])];
  return {
    levels: values.map((value) => ({ value, text: said.get(value) ?? '' })),
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
  const next: ColumnPhrasing = {
    kind: draft.kind,
    one: null,
    other: null,
    verb: null,
    event: null,
    unit: null,
    yes: null,
    no: null,
    levels: null,
  };
  for (const field of used) next[field] = draft[field].trim() || null;
  let same = next.kind === original.kind && [...used].every((field) => next[field] === (original[field] ?? null));
  if (draft.kind === 'CATEGORY') {
    next.levels = draft.levels.map((level) => ({ value: level.value, text: level.text.trim() })).filter((level) => level.text !== '');
    same &&= levelKey(next.levels) === levelKey(original.levels ?? []);
  }
  return same ? null : next;
}

function levelKey(levels: readonly LevelDraft[]): string {
  return JSON.stringify(levels.map((level) => [level.value, level.text]).sort());
}

/** A problem to show before saving, or null (the server checks again). */
export function phrasingProblem(draft: PhrasingDraft): string | null {
  if (draft.kind === 'COUNT' && (!draft.one.trim() || !draft.other.trim())) return t('phrasing.problem.count');
  if (phrasingFields(draft.kind).includes('verb') && draft.verb.trim() && !draft.verb.includes('{value}'))
    return t('phrasing.problem.value', VALUE);
  return null;
}
