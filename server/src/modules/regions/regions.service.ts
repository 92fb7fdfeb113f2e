import type { DataSource } from 'typeorm';
import { badInput } from '../phrasing/user-errors.js';
import { regionLevelOf } from './region-setting.js';
import { DatasetColumnEntity } from '../datasets/dataset-column.entity.js';
import type { DatasetEntity } from '../datasets/dataset.entity.js';
import { unpackMembers } from '../segments/segment-data.js';
import type { SegmentsService } from '../segments/segments.service.js';
import type { RegionLevel } from './region-names.js';
import { regionBreakdown } from './region-stats.js';
import { RegionCache } from './region-cache.js';
import type { RegionBreakdownType, RegionColumnType } from './regions.types.js';

const PREFERENCE: Record<RegionLevel, number> = { COUNTRY: 0, STATE: 1, POSTAL_CODE: 2 };

/** Where customers live: customers, response rate and segment mix per region, counted in one read of two values per customer. */
export class RegionsService {
  /** Breakdowns per dataset version, column and segmentation (see RegionCache). */
  readonly cache = new RegionCache<RegionBreakdownType>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly segments: SegmentsService,
  ) {}

  async columns(datasetId: string): Promise<RegionColumnType[]> {
    const columns = await this.dataSource.getRepository(DatasetColumnEntity).find({ where: { datasetId }, order: { position: 'ASC' } });
    return columns
      .map((c) => ({ name: c.name, label: c.label, level: regionLevelOf(c) }))
      .filter((c): c is RegionColumnType & { level: RegionLevel } => c.level !== null)
      .sort((a, b) => PREFERENCE[a.level as RegionLevel] - PREFERENCE[b.level as RegionLevel]);
  }

  async breakdown(dataset: DatasetEntity, columnName: string | null, segmentationId: string | null): Promise<RegionBreakdownType | null> {
    const all = await this.dataSource.getRepository(DatasetColumnEntity).find({ where: { datasetId: dataset.id } });
    const regionColumns = (await this.columns(dataset.id)).map((c) => c.name);
    const name = columnName ?? regionColumns[0];
    if (!name) return null;
    const column = all.find((c) => c.name === name);
    const level = column ? regionLevelOf(column) : null;
    if (!column || !level) throw badInput('error.notRegion', { name });
    // The segmentation counted: the one asked for, else the newest finished one (its id is part of the cache key).
    const segmentationKey = segmentationId ?? (await this.segments.latestSucceededId(dataset.id));
    const cached = this.cache.get(dataset.id, dataset.version, name, segmentationKey);
    if (cached) return cached;
    const target = dataset.targetColumn ? all.find((c) => c.name === dataset.targetColumn) : undefined;
    const rows: { row_number: number; region: string | null; outcome: string | null }[] = await this.dataSource.query(
      `SELECT row_number, "values"->>$2::int AS region, ${target ? `"values"->>$3::int` : 'NULL'} AS outcome
         FROM customer_rows WHERE dataset_id = $1 ORDER BY row_number`,
      target ? [dataset.id, column.position, target.position] : [dataset.id, column.position],
    );
    const positive = dataset.positiveLabel;
    const outcomes = target ? Float64Array.from(rows, (r) => (r.outcome === null ? NaN : r.outcome === positive ? 1 : 0)) : null;
    const segmentation = segmentationKey ? await this.segments.members(segmentationKey) : null;
    if (segmentationId && (!segmentation || segmentation.datasetId !== dataset.id)) throw badInput('error.otherSegmentation');
    const members = segmentation?.members ? unpackMembers(segmentation.members) : null;
    const names = new Map((segmentation?.result?.segments ?? []).map((s) => [s.index, s.name]));
    const stats = regionBreakdown({
      level,
      values: rows.map((r) => r.region),
      outcomes,
      segmentOf: members ? (i) => members.get(rows[i].row_number) : undefined,
    });
    let known = 0;
    let responded = 0;
    for (const r of stats) {
      known += r.known;
      responded += r.responded;
    }
    const breakdown: RegionBreakdownType = {
      column: column.name,
      label: column.label,
      level,
      segmentationId: members ? segmentation!.id : null,
      customers: rows.length,
      overallRate: known > 0 ? responded / known : null,
      regions: stats.map((r) => ({
        name: r.name,
        mapName: r.mapName,
        customers: r.customers,
        known: r.known,
        responded: r.responded,
        rate: r.known > 0 ? r.responded / r.known : null,
        segments: [...r.segments.entries()]
          .sort((a, b) => a[0] - b[0])
          .map(([segment, customers]) => ({ segment, name: segment < 0 ? 'No segment' : (names.get(segment) ?? ''), customers })),
      })),
    };
    this.cache.set(dataset.id, dataset.version, name, segmentationKey, breakdown);
    return breakdown;
  }
}
