/**
 * Customers, response rate and segment mix per region, from one pass over the customers'
 * region values. Countries and US states are named as the boundary files spell them (so the
 * map joins on them); postal codes are grouped by their leading characters, as many as keep
 * the groups at 30 or fewer.
 */
import { canonicalRegion, type RegionLevel } from './region-names.js';

export interface RegionRow {
  /** What the region is called: the boundary name, the value as written, "12…" for postal codes, or "Unknown". */
  name: string;
  /** The boundary name the map uses; null when the region is not on a map. */
  mapName: string | null;
  customers: number;
  /** Customers whose response is known, and those who responded. */
  known: number;
  responded: number;
  /** Customers per segment index (the segmentation's, -1 = noise), for the segment mix. */
  segments: Map<number, number>;
}

export interface RegionInput {
  level: RegionLevel;
  /** Region value per customer (null = missing). */
  values: readonly (string | null)[];
  /** 1 responded, 0 did not, NaN unknown; null when the dataset has no target. */
  outcomes: ArrayLike<number> | null;
  /** Segment per customer under a segmentation (undefined = not segmented). */
  segmentOf?: (i: number) => number | undefined;
}

const MAX_POSTAL_GROUPS = 30;
export const MAX_REGIONS = 60;

/** Leading characters that group postal codes into at most 30 groups (at least 1). */
export function postalPrefixLength(values: readonly (string | null)[]): number {
  let best = 1;
  for (let len = 1; len <= 3; len++) {
    const groups = new Set<string>();
    for (const v of values) if (v && v.trim()) groups.add(v.trim().slice(0, len));
    if (groups.size <= MAX_POSTAL_GROUPS) best = len;
    else break;
  }
  return best;
}

export function regionBreakdown(input: RegionInput): RegionRow[] {
  const prefix = input.level === 'POSTAL_CODE' ? postalPrefixLength(input.values) : 0;
  const rows = new Map<string, RegionRow>();
  input.values.forEach((raw, i) => {
    const value = raw?.trim() ?? '';
    let name: string;
    let mapName: string | null = null;
    if (!value) name = 'Unknown';
    else if (input.level === 'POSTAL_CODE') name = `${value.slice(0, prefix)}…`;
    else {
      mapName = canonicalRegion(input.level, value);
      name = mapName ?? value;
    }
    let row = rows.get(name);
    if (!row) rows.set(name, (row = { name, mapName, customers: 0, known: 0, responded: 0, segments: new Map() }));
    row.customers++;
    const outcome = input.outcomes ? input.outcomes[i] : NaN;
    if (!Number.isNaN(outcome)) {
      row.known++;
      if (outcome === 1) row.responded++;
    }
    const segment = input.segmentOf?.(i);
    if (segment !== undefined) row.segments.set(segment, (row.segments.get(segment) ?? 0) + 1);
  });
  const sorted = [...rows.values()].sort((a, b) => b.customers - a.customers || a.name.localeCompare(b.name));
  if (sorted.length <= MAX_REGIONS) return sorted;
  // The long tail in one row, so the table and chart stay readable and the totals still add up.
  const rest: RegionRow = { name: 'Other regions', mapName: null, customers: 0, known: 0, responded: 0, segments: new Map() };
  for (const r of sorted.slice(MAX_REGIONS - 1)) {
    rest.customers += r.customers;
    rest.known += r.known;
    rest.responded += r.responded;
    r.segments.forEach((n, s) => rest.segments.set(s, (rest.segments.get(s) ?? 0) + n));
  }
  return [...sorted.slice(0, MAX_REGIONS - 1), rest];
}
