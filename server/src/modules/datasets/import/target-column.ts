/**
 * Chooses the target column (the campaign whose response the models learn) and its
 * positive label. Given by the user: it must exist and have exactly two values (any two:
 * "M"/"F" works when the positive label is given). Not given: the first BINARY column
 * whose name is a usual target name (response, target, y, converted, outcome…, in that
 * order of preference), else none. Positive label: given, else 1/yes/true/y/t, else the
 * rarer of the two values (responders are nearly always the minority), with a warning.
 */
import { knownBinaryPair, levelGroups, targetNameRank } from './campaign-columns.js';
import type { CampaignCounts, ColumnProfile, ProfilerOptions } from './column-profile.js';
import { knownPositive } from './column-kind.js';
import type { ColumnEvidence } from './column-evidence.js';
import { columnList, importError, importText } from './import-error.js';

export function resolveTarget(
  columns: ColumnProfile[],
  stats: readonly ColumnEvidence[],
  options: Pick<ProfilerOptions, 'target' | 'positive'>,
  warnings: string[],
): ColumnProfile | null {
  const column = options.target !== undefined ? requestedTarget(columns, stats, options.target) : inferredTarget(columns);
  if (!column) {
    if (options.positive !== undefined) {
      warnings.push(`A positive label ("${options.positive}") was given, but the file has no target column.`);
    }
    return null;
  }
  const s = stats[column.index];
  const levels = column.levels!;
  let positive: string | null;
  if (options.positive !== undefined) {
    positive = levels.find((l) => l.toLowerCase() === options.positive!.trim().toLowerCase()) ?? null;
    if (!positive) {
      const params = { column: column.name, first: levels[0], second: levels[1], positive: options.positive };
      throw importError('BAD_TARGET', 'import.positiveNotLevel', params, { column: column.name });
    }
  } else {
    positive = knownPositive(levels);
    if (!positive) {
      const counts = levels.map((l) => levelGroups(s.levels).get(l.toLowerCase())?.count ?? 0);
      positive = counts[1] <= counts[0] ? levels[1] : levels[0];
      warnings.push(
        `It is not clear which value of "${column.name}" means "responded"; "${positive}" (the rarer one) was chosen. Give the positive value to change it.`,
      );
    }
  }
  column.positiveLabel = positive;
  column.isTarget = true;
  column.campaign = campaignCounts(s, positive);
  if (column.missing > 0) {
    warnings.push(`${column.missing.toLocaleString('en-US')} rows have no value in the target column "${column.name}".`);
  }
  return column;
}

function requestedTarget(columns: ColumnProfile[], stats: readonly ColumnEvidence[], name: string): ColumnProfile {
  const column = findColumn(columns, name);
  if (!column) {
    throw importError('BAD_TARGET', 'import.noTargetColumn', { name, list: columnList(columns) });
  }
  const s = stats[column.index];
  const groups = s.levelsOverflow ? null : levelGroups(s.levels);
  if (!groups || groups.size !== 2) {
    const where = { column: column.name };
    if (groups) throw importError('BAD_TARGET', 'error.import.twoValues', { column: column.name, count: groups.size }, where);
    throw importError('BAD_TARGET', 'import.twoValuesOver', { column: column.name, count: s.levels.size }, where);
  }
  if (column.kind !== 'BINARY') {
    const keys = [...groups.keys()];
    const pair = knownBinaryPair(keys) ?? [keys[0], keys[1]];
    column.levels = [groups.get(pair[0])!.text, groups.get(pair[1])!.text];
    column.kind = 'BINARY';
    column.isIdentifier = false;
    column.reason = importText('import.note.targetChosen', { first: column.levels[0], second: column.levels[1] });
  }
  return column;
}

function inferredTarget(columns: ColumnProfile[]): ColumnProfile | null {
  let best: ColumnProfile | null = null;
  let bestRank = Infinity;
  for (const column of columns) {
    if (column.kind !== 'BINARY') continue;
    const rank = targetNameRank(column.name);
    if (rank >= 0 && rank < bestRank) {
      best = column;
      bestRank = rank;
    }
  }
  return best;
}

/** Responded / total of a two-valued column, case-insensitively. */
export function campaignCounts(stats: ColumnEvidence, positive: string): CampaignCounts {
  const groups = levelGroups(stats.levels);
  const responded = groups.get(positive.toLowerCase())?.count ?? 0;
  const total = stats.nonMissing;
  return { responded, total, rate: total > 0 ? responded / total : 0 };
}

export function findColumn<T extends { name: string }>(columns: readonly T[], name: string): T | undefined {
  return columns.find((c) => c.name === name) ?? columns.find((c) => c.name.toLowerCase() === name.trim().toLowerCase());
}
