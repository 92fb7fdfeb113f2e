/** A column's region level: what the analyst set on the Data page, else what its name and values suggest. */
import { badInput } from '../phrasing/user-errors.js';
import type { DatasetColumnEntity } from '../datasets/dataset-column.entity.js';
import { inferRegionLevel } from './region-inference.js';
import type { RegionLevel } from './region-names.js';

export const REGION_LEVELS = ['COUNTRY', 'STATE', 'POSTAL_CODE'] as const;

/** The column's region level: the analyst's setting (column.region, "NONE" = not a region), else inferred. */
export function regionLevelOf(column: Pick<DatasetColumnEntity, 'name' | 'kind' | 'stats' | 'region'>): RegionLevel | null {
  const set = column.region;
  if (set === 'NONE') return null;
  if (set) return set;
  return inferRegionLevel({ name: column.name, kind: column.kind, topLevels: column.stats.topLevels ?? [] });
}

export function checkRegionSetting(value: string): RegionLevel | 'NONE' {
  if (value === 'NONE' || (REGION_LEVELS as readonly string[]).includes(value)) return value as RegionLevel | 'NONE';
  throw badInput('error.regionValue', { value: String(value) });
}
