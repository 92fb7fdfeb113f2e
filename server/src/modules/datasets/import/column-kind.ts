/**
 * Decides ONE column's kind from its pass-1 evidence. Kinds are tried in KIND_PRECEDENCE
 * order and the first that fits wins; each decision carries a plain-language reason.
 */
import type { ColumnKind } from '../../../domain/column-kinds.js';
import { isYesToken } from '../../../domain/yes-no.js';
import { isIdentifierName, knownBinaryPair, levelGroups } from './campaign-columns.js';
import type { ColumnEvidence, MinMax } from './column-evidence.js';
import { importText as note } from './import-error.js';
import { datePattern, isoDate, type DateFormat } from '../../../domain/dates.js';
import { NumberShape } from './value-patterns.js';

/**
 * The order kinds are tried in. IGNORED first (a constant 0/1 column is useless, not
 * binary); BINARY before IDENTIFIER (two rows "yes"/"no" are unique but not ids);
 * IDENTIFIER before DATE and NUMERIC (a numeric `ID` is not a measure); CATEGORICAL last.
 */
export const KIND_PRECEDENCE: readonly ColumnKind[] = ['IGNORED', 'BINARY', 'IDENTIFIER', 'DATE', 'NUMERIC', 'CATEGORICAL'];

/** Unique text in a column without an id-like name counts as an identifier only from this many rows. */
export const MIN_ROWS_FOR_TEXT_IDENTIFIER = 20;

export interface KindDecision {
  kind: ColumnKind;
  reason: string;
  /** NUMERIC: the smallest/largest number; DATE: days since 1970-01-01. */
  min: number | null;
  max: number | null;
  dateFormat: DateFormat | null;
  /** DATE: how the file writes dates, e.g. "M/D/YYYY". */
  datePattern: string | null;
  decimalComma: boolean;
  /** BINARY: [negative, positive] as most often spelled in the file. */
  levels: string[] | null;
}

export interface KindContext {
  /** The delimiter is not a comma, so `1,5` can be a decimal number. */
  decimalCommaAllowed: boolean;
}

const quote = (v: string): string => (v.length > 40 ? `${v.slice(0, 40)}…` : v);

export function decideKind(stats: ColumnEvidence, ctx: KindContext): KindDecision {
  const base: KindDecision = {
    kind: 'CATEGORICAL',
    reason: '',
    min: null,
    max: null,
    dateFormat: null,
    datePattern: null,
    decimalComma: false,
    levels: null,
  };
  if (stats.nonMissing === 0) return { ...base, kind: 'IGNORED', reason: note('import.note.empty') };
  const groups = stats.levelsOverflow ? null : levelGroups(stats.levels);
  if (groups && groups.size === 1 && stats.missing === 0) {
    const [only] = groups.values();
    return { ...base, kind: 'IGNORED', reason: note('import.note.constant', { value: quote(only.text) }) };
  }
  if (groups) {
    const pair = knownBinaryPair([...groups.keys()]);
    if (pair) {
      const neg = groups.get(pair[0])!.text;
      const pos = groups.get(pair[1])!.text;
      return {
        ...base,
        kind: 'BINARY',
        levels: [neg, pos],
        reason: note('import.note.twoValues', { first: quote(neg), second: quote(pos) }),
      };
    }
  }
  const numeric = numericStyle(stats, ctx);
  const date = dateStyle(stats);
  const unique = stats.allUnique();
  const idName = isIdentifierName(stats.name);
  if (idName && unique !== false) {
    return { ...base, kind: 'IDENTIFIER', reason: note('import.note.identifier', { how: unique === true ? 'unique' : 'checked' }) };
  }
  const textual = numeric.kind !== 'NUMERIC' && date.kind !== 'DATE' && !date.ambiguous;
  if (textual && unique === true && stats.missing === 0 && stats.nonMissing >= MIN_ROWS_FOR_TEXT_IDENTIFIER) {
    return {
      ...base,
      kind: 'IDENTIFIER',
      reason: note('import.note.textIdentifier'),
    };
  }
  if (date.kind === 'DATE') return { ...base, ...date.decision };
  if (numeric.kind === 'NUMERIC') return { ...base, ...numeric.decision };
  const distinct = stats.distinct();
  const count = { exact: distinct.exact ? 'yes' : 'no', count: distinct.count };
  const why = date.note ?? numeric.note;
  return {
    ...base,
    kind: 'CATEGORICAL',
    reason: why ? note('import.note.keptAsText', { note: why, ...count }) : note('import.note.text', count),
  };
}

type Partial2 = Pick<KindDecision, 'kind' | 'reason' | 'min' | 'max' | 'dateFormat' | 'datePattern' | 'decimalComma'>;

function numericStyle(stats: ColumnEvidence, ctx: KindContext): { kind?: 'NUMERIC'; decision?: Partial2; note?: string } {
  if (!stats.numeric) return {};
  const s = stats.numberShapes;
  const dotOnly = s[NumberShape.DotDecimal] + s[NumberShape.CommaThousands];
  const commaOnly = s[NumberShape.CommaDecimal] + s[NumberShape.DotThousands];
  const ambiguous = s[NumberShape.CommaAmbiguous];
  if (dotOnly > 0 && commaOnly > 0) return { note: note('import.note.mixedDecimals') };
  if (commaOnly > 0 && !ctx.decimalCommaAllowed) {
    return { note: note('import.note.commaInCommaFile') };
  }
  const number = (decimalComma: boolean, range: MinMax, reason: string) => ({
    kind: 'NUMERIC' as const,
    decision: { kind: 'NUMERIC' as const, reason, min: range.min, max: range.max, dateFormat: null, datePattern: null, decimalComma },
  });
  if (commaOnly > 0) return number(true, stats.commaRange, note('import.note.decimalComma'));
  if (ambiguous > 0 && dotOnly === 0 && ctx.decimalCommaAllowed) {
    return { note: note('import.note.ambiguousComma') };
  }
  const grouped = ambiguous + s[NumberShape.CommaThousands] > 0 ? 'yes' : 'no';
  return number(false, stats.dotRange, note('import.note.number', { grouped }));
}

function dateStyle(stats: ColumnEvidence): { kind?: 'DATE'; decision?: Partial2; note?: string; ambiguous?: boolean } {
  const d = stats.dates;
  if (!stats.date || d.shapes.size !== 1) return {};
  const [key] = d.shapes.keys();
  const monthFirstOk = d.invalidMonthFirst === 0;
  const dayFirstOk = d.invalidDayFirst === 0;
  const decision = (format: DateFormat, range: MinMax) => {
    const pattern = datePattern(format, key === 'iso' ? '/' : key);
    const order = format === 'ISO' ? 'iso' : format === 'MDY' ? 'monthFirst' : 'dayFirst';
    return {
      kind: 'DATE' as const,
      decision: {
        kind: 'DATE' as const,
        reason: note('import.note.date', { pattern, order, from: isoDate(range.min), to: isoDate(range.max) }),
        min: range.min,
        max: range.max,
        dateFormat: format,
        datePattern: pattern,
        decimalComma: false,
      },
    };
  };
  if (key === 'iso') return monthFirstOk ? decision('ISO', d.monthFirst) : {};
  const mf = datePattern('MDY', key);
  const df = datePattern('DMY', key);
  if (monthFirstOk && dayFirstOk) {
    return {
      ambiguous: true,
      note: note('import.note.ambiguousDates', { dayFirst: df, monthFirst: mf }),
    };
  }
  return monthFirstOk ? decision('MDY', d.monthFirst) : decision('DMY', d.dayFirst);
}

/** The positive level's file text among a binary column's two levels, when one is a known "yes". */
export function knownPositive(levels: readonly string[]): string | null {
  const hit = levels.find(isYesToken);
  return hit ?? null;
}
