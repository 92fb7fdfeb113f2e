import type { ConditionColumn, ConditionInput, GroupCondition } from '../graphql/target-group-operations';
import { isoDate, isoToDay as isoDay } from '../../../server/src/domain/dates';
import { isNoToken, isYesToken } from '../../../server/src/domain/yes-no';
import { t } from '../i18n';
import { formatNumber, readNumber } from './format';

/**
 * The conditions of a target group as chips the user removes or adjusts. Pure: each edit
 * returns a new list, or a sentence saying why it cannot be made. Bounds are inclusive, as
 * the server counts them; DATE bounds are days since 1970-01-01.
 */
export type ChipKind = 'levels' | 'date' | 'number';

export type EditResult = { ok: true; conditions: GroupCondition[] } | { ok: false; problem: string };

export function chipKind(condition: Pick<GroupCondition, 'levels'>, column: Pick<ConditionColumn, 'kind'> | undefined): ChipKind {
  if (condition.levels !== null) return 'levels';
  return column?.kind === 'DATE' ? 'date' : 'number';
}

/** What the server needs: the conditions without their wording. */
export function toInputs(conditions: readonly GroupCondition[]): ConditionInput[] {
  return conditions.map((condition) => ({
    feature: condition.feature,
    min: condition.min,
    max: condition.max,
    levels: condition.levels ? [...condition.levels] : null,
  }));
}

/** A stable key for a set of conditions (levels in any order are the same condition). */
export function conditionsKey(conditions: readonly ConditionInput[]): string {
  return JSON.stringify(conditions.map((c) => [c.feature, c.min, c.max, c.levels ? [...c.levels].sort() : null]));
}

export function sameConditions(a: readonly ConditionInput[], b: readonly ConditionInput[]): boolean {
  return conditionsKey(a) === conditionsKey(b);
}

export function removeCondition(conditions: readonly GroupCondition[], feature: string): GroupCondition[] {
  return conditions.filter((condition) => condition.feature !== feature);
}

function replace(conditions: readonly GroupCondition[], feature: string, change: Partial<GroupCondition>): GroupCondition[] {
  return conditions.map((condition) => (condition.feature === feature ? { ...condition, ...change } : condition));
}

/** New bounds for a number or date condition; null leaves that side open. */
export function setBounds(conditions: readonly GroupCondition[], feature: string, min: number | null, max: number | null): EditResult {
  const condition = conditions.find((c) => c.feature === feature);
  if (!condition) return { ok: false, problem: t('targetGroup.chip.gone') };
  if ((min !== null && !Number.isFinite(min)) || (max !== null && !Number.isFinite(max)))
    return { ok: false, problem: t('targetGroup.chip.numbers') };
  if (min === null && max === null) return { ok: false, problem: t('targetGroup.chip.oneBound') };
  if (min !== null && max !== null && min > max) return { ok: false, problem: t('targetGroup.chip.order') };
  return {
    ok: true,
    conditions: replace(conditions, feature, { min, max, text: boundsText(condition.label, min, max), clause: undefined }),
  };
}

/** Adds or removes one value of a category condition; at least one must stay. */
export function toggleLevel(conditions: readonly GroupCondition[], feature: string, level: string): EditResult {
  const condition = conditions.find((c) => c.feature === feature);
  if (!condition || condition.levels === null) return { ok: false, problem: t('targetGroup.chip.gone') };
  const levels = condition.levels.includes(level) ? condition.levels.filter((l) => l !== level) : [...condition.levels, level];
  if (levels.length === 0) return { ok: false, problem: t('targetGroup.chip.oneLevel') };
  return { ok: true, conditions: replace(conditions, feature, { levels, text: levelsText(condition.label, levels), clause: undefined }) };
}

/** A value as people read it: a yes/no column's "1" and "0" are "Yes" and "No". */
export function levelName(value: string, kind: ConditionColumn['kind'] | undefined): string {
  if (kind === 'BINARY' && isYesToken(value)) return t('targetGroup.chip.yes');
  if (kind === 'BINARY' && isNoToken(value)) return t('targetGroup.chip.no');
  return value === '' ? t('common.empty') : value;
}

/** What a chip says beside its label; a yes/no flag worded as its own label ("accepted campaign 5") just says "yes". */
export function chipText(condition: Pick<GroupCondition, 'label' | 'text'>): string {
  return condition.text.trim().toLowerCase() === condition.label.trim().toLowerCase() ? t('targetGroup.chip.yesShort') : condition.text;
}

/** The values a category chip offers: the column's common values, then any others the condition uses. */
export function levelChoices(condition: Pick<GroupCondition, 'levels'>, column: Pick<ConditionColumn, 'topLevels'> | undefined): string[] {
  const choices = (column?.topLevels ?? []).map((level) => level.value);
  for (const level of condition.levels ?? []) if (!choices.includes(level)) choices.push(level);
  return choices;
}

/* Interim wording, shown until the server's recount comes back with its own text. */

function boundsText(label: string, min: number | null, max: number | null): string {
  if (min !== null && max !== null) return t('targetGroup.chip.between', { label, min: formatNumber(min), max: formatNumber(max) });
  if (min !== null) return t('targetGroup.chip.atLeastText', { label, min: formatNumber(min) });
  return t('targetGroup.chip.atMostText', { label, max: formatNumber(max) });
}

function levelsText(label: string, levels: readonly string[]): string {
  return `${label}: ${levels.join(', ')}`;
}

/** Days since 1970 -> "2013-03-04" for a date input. */
export function dayToIso(day: number | null): string {
  if (day === null || !Number.isFinite(day)) return '';
  return isoDate(day);
}

/** "2013-03-04" -> days since 1970; empty -> null; unreadable -> NaN. */
export function isoToDay(text: string): number | null {
  if (text.trim() === '') return null;
  return isoDay(text) ?? Number.NaN;
}

/** A number input's value -> a bound, read in the reader's language ("2,5" in Polish): empty -> null, unreadable -> NaN. */
export function readBound(value: string | number | null | undefined, locale?: string): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : Number.NaN;
  const number = readNumber(value, locale);
  return number === null || Number.isFinite(number) ? number : Number.NaN;
}

/**
 * The server's wording for edited conditions, matched by feature, once its recount is for
 * exactly these conditions; otherwise the interim text.
 */
export function withServerText(conditions: readonly GroupCondition[], recounted: readonly GroupCondition[] | null): GroupCondition[] {
  if (!recounted || !sameConditions(toInputs(conditions), toInputs(recounted))) return [...conditions];
  const byFeature = new Map(recounted.map((condition) => [condition.feature, condition]));
  return conditions.map((condition) => {
    const server = byFeature.get(condition.feature);
    return server ? { ...condition, text: server.text, clause: server.clause } : condition;
  });
}
