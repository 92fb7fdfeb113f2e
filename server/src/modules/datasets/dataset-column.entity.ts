import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import type { ColumnKind } from '../../domain/column-kinds.js';
import type { Phrasing } from '../phrasing/phrasing.js';
import { DatasetEntity } from './dataset.entity.js';

/** What the importer learned about a column, beyond its kind. */
export interface ColumnStats {
  min?: number | null;
  max?: number | null;
  topLevels?: { value: string; count: number }[];
  examples?: string[];
  dateFormat?: 'ISO' | 'MDY' | 'DMY' | null;
  decimalComma?: boolean;
  /** BINARY: the text meaning "yes". */
  positiveLabel?: string | null;
  /** BINARY: both texts seen in the file. */
  levels?: string[];
  unit?: string | null;
  /** Why the importer chose this kind, when it is worth telling (e.g. ambiguous dates). */
  note?: string | null;
  distinctCapped?: boolean;
}

/** Where a column says customers live, as set on the Data page; NONE = not a region column. */
export type RegionSetting = 'COUNTRY' | 'STATE' | 'POSTAL_CODE' | 'NONE';

@Entity('dataset_columns')
@Unique(['dataset', 'name'])
export class DatasetColumnEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) datasetId!: string;
  // One-sided: a dataset's columns are read with DatasetService.columns(), not as a relation.
  @ManyToOne(() => DatasetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dataset_id' })
  dataset?: Relation<DatasetEntity>;
  @Column({ type: 'integer' }) position!: number;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text' }) label!: string;
  @Column({ type: 'text' }) kind!: ColumnKind;
  @Column({ type: 'integer', default: 0 }) missing!: number;
  @Column({ type: 'integer', default: 0 }) distinctCount!: number;
  @Column({ type: 'jsonb', default: {} }) stats!: ColumnStats;
  @Column({ type: 'boolean', default: false }) isTarget!: boolean;
  @Column({ type: 'boolean', default: false }) isPastCampaign!: boolean;
  @Column({ type: 'boolean', default: false }) knownAfterContact!: boolean;
  /** What the column counts or measures (null for columns imported before phrasing existed: inferred on read). */
  @Column({ type: 'jsonb', nullable: true }) phrasing!: Phrasing | null;
  /** Set on the Data page (migration ColumnRegion); null = not set, the regions module infers it from name and values. */
  @Column({ type: 'text', nullable: true }) region!: RegionSetting | null;
  /** Set on the Data page (migration ColumnActionable): a campaign can change it; null = not set, suggested from the phrasing. */
  @Column({ type: 'boolean', nullable: true }) actionable!: boolean | null;
}
