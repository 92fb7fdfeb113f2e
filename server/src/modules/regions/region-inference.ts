/**
 * Which column says where a customer lives: country, state / province / region, or postal
 * code, inferred from the column's name and, for countries and US states, its values (the
 * importer's most frequent values). An analyst can set or clear it on the Data page.
 */
import { canonicalRegion, type RegionLevel } from './region-names.js';

const NAME_RULES: { level: RegionLevel; pattern: RegExp }[] = [
  {
    level: 'POSTAL_CODE',
    pattern: /(^|[^a-z])(zip|zipcode|zip_?code|postal|post_?code|postcode|plz|cap)([^a-z]|$)|postalcode|zipcode|postcode/i,
  },
  { level: 'COUNTRY', pattern: /(^|[^a-z])(country|country_?code|nation|land)([^a-z]|$)|country/i },
  { level: 'STATE', pattern: /(^|[^a-z])(state|province|region|county|bundesland|voivodeship|prefecture)([^a-z]|$)/i },
];

export interface ColumnFacts {
  name: string;
  kind: string;
  /** The most frequent values, with counts. */
  topLevels: { value: string; count: number }[];
}

/** Share of the listed customers whose value is a known region of `level`. */
function knownShare(level: RegionLevel, levels: ColumnFacts['topLevels']): number {
  let known = 0;
  let total = 0;
  for (const l of levels) {
    total += l.count;
    if (canonicalRegion(level, l.value) !== null) known += l.count;
  }
  return total > 0 ? known / total : 0;
}

export function inferRegionLevel(column: ColumnFacts): RegionLevel | null {
  if (!['CATEGORICAL', 'NUMERIC', 'IDENTIFIER'].includes(column.kind)) return null;
  const byName = NAME_RULES.find((r) => r.pattern.test(column.name))?.level ?? null;
  if (byName === 'POSTAL_CODE') return byName;
  if (column.kind !== 'CATEGORICAL') return null;
  if (byName) return byName;
  // Unnamed columns count by their values: most customers in a known country or US state.
  if (knownShare('COUNTRY', column.topLevels) >= 0.8) return 'COUNTRY';
  if (knownShare('STATE', column.topLevels) >= 0.8) return 'STATE';
  return null;
}
