/**
 * Region aggregates per dataset version: counting every customer's region, outcome and segment
 * is one read of the whole dataset, and the Overview and Segments pages ask for the same
 * breakdown again and again. Entries are keyed by dataset, its version (an import or a column
 * edit moves it), column and segmentation; a newer version of a dataset drops its older
 * entries, and the oldest entries go first beyond `capacity`.
 */
export class RegionCache<T> {
  private readonly entries = new Map<string, { datasetId: string; version: number; value: T }>();

  constructor(private readonly capacity = 64) {}

  private static key(datasetId: string, version: number, column: string, segmentationId: string | null): string {
    return `${datasetId}\u0000${version}\u0000${column}\u0000${segmentationId ?? ''}`;
  }

  get(datasetId: string, version: number, column: string, segmentationId: string | null): T | undefined {
    const key = RegionCache.key(datasetId, version, column, segmentationId);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Most recently used last.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(datasetId: string, version: number, column: string, segmentationId: string | null, value: T): void {
    for (const [key, entry] of this.entries) if (entry.datasetId === datasetId && entry.version < version) this.entries.delete(key);
    this.entries.set(RegionCache.key(datasetId, version, column, segmentationId), { datasetId, version, value });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  /** Drops every entry of a dataset (deleted, or re-imported in place). */
  forget(datasetId: string): void {
    for (const [key, entry] of this.entries) if (entry.datasetId === datasetId) this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}
