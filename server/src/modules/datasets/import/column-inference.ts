/**
 * Pass 1 of an import: a ColumnProfiler is fed EVERY data row (not a sample) and then
 * `finalize()` says, per column, what it is (kind, label, missing, distinct, range, top
 * levels, examples) and which columns are the target, the identifier and past campaigns.
 *
 * Memory per column is bounded: up to `maxLevels` (default 1,000) distinct values are kept
 * with counts; beyond that only counts of already-seen values grow and `distinct` becomes a
 * lower bound (`distinctExact: false`). Uniqueness for the IDENTIFIER check continues
 * past that cap only for columns that might be identifiers (id-like name, or text values),
 * as 64-bit hashes under a shared budget (see uniqueness-tracker.ts).
 */
import {
  NOT_CONTACTED_LEVELS,
  PREVIOUS_SUCCESS_LEVEL,
  isIdentifierName,
  isPastCampaignName,
  isPreviousOutcomeName,
  levelGroups,
} from './campaign-columns.js';
import { columnLabel, columnUnit } from './column-labels.js';
import type { ColumnProfile, ProfilerOptions } from './column-profile.js';
import { decideKind, knownPositive } from './column-kind.js';
import { ColumnEvidence } from './column-evidence.js';
import { columnList, importError, importText } from './import-error.js';
import { campaignCounts, findColumn, resolveTarget } from './target-column.js';
import { HashBudget, DEFAULT_HASH_BUDGET } from './uniqueness-tracker.js';
import { isoDate } from '../../../domain/dates.js';

export { KIND_PRECEDENCE } from './column-kind.js';

export interface ColumnInference {
  rowCount: number;
  columns: ColumnProfile[];
  targetColumn: string | null;
  positiveLabel: string | null;
  positiveRate: number | null;
  idColumn: string | null;
  /** Things the user should know that do not stop the import. */
  warnings: string[];
}

export class ColumnProfiler {
  private readonly stats: ColumnEvidence[];
  private rows = 0;

  constructor(
    readonly names: readonly string[],
    private readonly options: ProfilerOptions = {},
  ) {
    const maxLevels = options.maxLevels ?? 1000;
    if (!Number.isInteger(maxLevels) || maxLevels < 10) throw new RangeError('maxLevels must be an integer of at least 10.');
    const budget = new HashBudget(options.hashBudget ?? DEFAULT_HASH_BUDGET);
    const idOption = options.idColumn;
    const wants = (s: ColumnEvidence) => s.name === idOption || isIdentifierName(s.name) || (!s.numeric && !s.date);
    this.stats = names.map((name) => new ColumnEvidence(name, maxLevels, budget, wants));
  }

  get rowCount(): number {
    return this.rows;
  }

  /** One data row, values in header order (missing trailing values count as missing). */
  addRow(fields: readonly string[]): void {
    this.rows++;
    const stats = this.stats;
    for (let c = 0; c < stats.length; c++) stats[c].add(fields[c] ?? '');
  }

  finalize(): ColumnInference {
    const decimalCommaAllowed = this.options.decimalCommaAllowed ?? false;
    const topN = this.options.topLevels ?? 10;
    const warnings: string[] = [];
    const columns = this.stats.map((s, index): ColumnProfile => {
      const decision = decideKind(s, { decimalCommaAllowed });
      const distinct = s.distinct();
      return {
        index,
        name: s.name,
        label: columnLabel(s.name),
        unit: columnUnit(s.name) ?? null,
        kind: decision.kind,
        reason: decision.reason,
        note: decision.reason,
        missing: s.missing,
        distinct: distinct.count,
        distinctCapped: !distinct.exact,
        min: decision.min,
        max: decision.max,
        minDate: decision.kind === 'DATE' && decision.min !== null ? isoDate(decision.min) : null,
        maxDate: decision.kind === 'DATE' && decision.max !== null ? isoDate(decision.max) : null,
        topLevels: topLevels(s.levels, topN),
        examples: [...s.levels.keys()].slice(0, 5),
        dateFormat: decision.dateFormat,
        datePattern: decision.datePattern,
        decimalComma: decision.decimalComma,
        levels: decision.levels,
        positiveLabel: decision.levels ? knownPositive(decision.levels) : null,
        isPastCampaign: false,
        isTarget: false,
        isIdentifier: decision.kind === 'IDENTIFIER',
        campaign: null,
      };
    });
    const idColumn = this.markIdentifier(columns, warnings);
    const target = resolveTarget(columns, this.stats, this.options, warnings);
    for (const column of columns) this.markPastCampaign(column, this.stats[column.index]);
    for (const column of columns) column.note = column.reason;
    const targetProfile = target ? columns[target.index] : null;
    return {
      rowCount: this.rows,
      columns,
      targetColumn: targetProfile?.name ?? null,
      positiveLabel: targetProfile?.positiveLabel ?? null,
      positiveRate: targetProfile?.campaign?.rate ?? null,
      idColumn,
      warnings,
    };
  }

  private markIdentifier(columns: ColumnProfile[], warnings: string[]): string | null {
    const wanted = this.options.idColumn;
    if (wanted === undefined) return columns.find((c) => c.kind === 'IDENTIFIER')?.name ?? null;
    const column = findColumn(columns, wanted);
    if (!column) throw importError('BAD_OPTION', 'import.noIdColumn', { name: wanted, list: columnList(columns) });
    if (this.stats[column.index].allUnique() === false) {
      warnings.push(`The identifier column "${column.name}" has repeated values.`);
    }
    column.kind = 'IDENTIFIER';
    column.isIdentifier = true;
    column.reason = importText('import.note.idChosen');
    column.levels = null;
    column.positiveLabel = null;
    return column.name;
  }

  private markPastCampaign(column: ColumnProfile, stats: ColumnEvidence): void {
    if (column.isTarget) return;
    if (column.kind === 'BINARY' && column.levels && isPastCampaignName(column.name)) {
      column.isPastCampaign = true;
      column.campaign = campaignCounts(stats, column.positiveLabel ?? column.levels[1]);
      return;
    }
    if (column.kind === 'CATEGORICAL' && isPreviousOutcomeName(column.name) && !stats.levelsOverflow) {
      const groups = levelGroups(stats.levels);
      const success = groups.get(PREVIOUS_SUCCESS_LEVEL);
      if (!success) return;
      let total = 0;
      for (const [key, g] of groups) if (!NOT_CONTACTED_LEVELS.has(key)) total += g.count;
      column.isPastCampaign = true;
      column.positiveLabel = success.text;
      column.campaign = { responded: success.count, total, rate: total > 0 ? success.count / total : 0 };
      column.reason = importText('import.note.earlierCampaign', { note: column.reason, level: success.text });
    }
  }
}

function topLevels(levels: ReadonlyMap<string, number>, n: number): { value: string; count: number }[] {
  const out: { value: string; count: number }[] = [];
  for (const [value, count] of levels) {
    if (out.length < n) out.push({ value, count });
    else if (count > out[out.length - 1].count) out[out.length - 1] = { value, count };
    else continue;
    out.sort((a, b) => b.count - a.count);
  }
  return out;
}
