import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** One campaign's responded / total / rate (campaigns/campaign-summary.ts computes it; the dataset keeps the latest). */
export interface CampaignOutcome {
  column: string;
  label: string;
  responded: number;
  total: number;
  rate: number;
}

/** IMPORTING: its first import is running (hidden from lists); FAILED: that import failed (hidden). */
export type DatasetStatus = 'IMPORTING' | 'READY' | 'FAILED';

export interface DatasetSettings {
  costPerContact?: number;
  valuePerResponse?: number;
  /** Retrain automatically after each successful import. */
  autoRetrain?: boolean;
  decimalComma?: boolean;
  /** ISO 4217 code of the money columns' currency, for the sentences the app writes. */
  currency?: string;
  delimiter?: string;
}

@Entity('datasets')
export class DatasetEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'text', default: 'IMPORTING' }) status!: DatasetStatus;
  @Column({ type: 'integer', default: 0 }) rowCount!: number;
  @Column({ type: 'text', nullable: true }) targetColumn!: string | null;
  @Column({ type: 'text', nullable: true }) positiveLabel!: string | null;
  @Column({ type: 'text', nullable: true }) idColumn!: string | null;
  @Column({ type: 'jsonb', default: {} }) settings!: DatasetSettings;
  @Column({ type: 'uuid', nullable: true }) featuredModelId!: string | null;
  /** Bumped by every change to rows or column settings, so caches of derived data know they are stale. */
  @Column({ type: 'integer', default: 0 }) version!: number;
  /** The campaign summary (hence positiveRate) counted for version `campaignSummaryVersion`; recounted when stale. */
  @Column({ type: 'jsonb', nullable: true }) campaignSummary!: CampaignOutcome[] | null;
  @Column({ type: 'integer', nullable: true }) campaignSummaryVersion!: number | null;
  @Column({ type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
