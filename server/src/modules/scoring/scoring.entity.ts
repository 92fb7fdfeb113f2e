import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { JobStatus } from '../../domain/job-status.js';
import type { ImportErrorRecord } from '../datasets/import-job.entity.js';
import type { Locale } from '../phrasing/locale.js';

export type ScoringPhase = 'UPLOADED' | 'READING' | 'SCORING' | 'DONE';

/** A column whose values were not all usable: replaced by "unknown" as the model treats missing or new values. */
export interface ReplacedValuesRecord {
  column: string;
  label: string;
  /** Values that did not fit the column's kind (a word in a number column, an impossible date). */
  wrongKind: number;
  /** Categories the model never saw in training. */
  unseen: number;
  /** A few of the values, as written. */
  examples: string[];
}

/** Expected responders among the best-rated k % of the list, k = 0..100. */
export interface GainPointRecord {
  percent: number;
  customers: number;
  expectedResponders: number;
}

export interface ScoringOptions {
  delimiter?: string;
  /** The language of the person who sent the list: its reasons are written in it. */
  locale?: Locale;
}

/** One uploaded list scored by one model version (the job's row, and the history's). */
@Entity('scorings')
export class ScoringEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) modelId!: string;
  @Column({ type: 'uuid' }) datasetId!: string;
  @Column({ type: 'text', default: 'QUEUED' }) status!: JobStatus;
  @Column({ type: 'text', default: 'UPLOADED' }) phase!: ScoringPhase;
  /** 0..1 while it runs. */
  @Column({ type: 'double precision', default: 0 }) progress!: number;
  @Column({ type: 'text', nullable: true }) error!: string | null;
  @Column({ type: 'text', nullable: true }) fileName!: string | null;
  @Column({ type: 'text', nullable: true }) contentHash!: string | null;
  @Column({ type: 'bigint', nullable: true, transformer: { to: (v) => v, from: (v) => (v === null ? null : Number(v)) } })
  bytes!: number | null;
  @Column({ type: 'jsonb', default: {} }) options!: ScoringOptions;
  @Column({ type: 'integer', default: 0 }) rowsScored!: number;
  @Column({ type: 'integer', default: 0 }) rowsRejected!: number;
  /** The first 100 rows that could not be read (line and reason), or why the whole list failed. */
  @Column({ type: 'jsonb', default: [] }) errors!: ImportErrorRecord[];
  /** Columns of the file the model does not use (ignored), as written in the file. */
  @Column({ type: 'jsonb', default: [] }) ignoredColumns!: string[];
  @Column({ type: 'jsonb', default: [] }) replaced!: ReplacedValuesRecord[];
  @Column({ type: 'jsonb', default: [] }) gains!: GainPointRecord[];
  /** The file's identifier column as written, or null (rows are then named by line number). */
  @Column({ type: 'text', nullable: true }) identifier!: string | null;
  /** The segmentation customers were placed in (the dataset's latest when scored), if any. */
  @Column({ type: 'uuid', nullable: true }) segmentationId!: string | null;
  /** "customers who ..." of the featured target group at top 3 used for in_target_group, if any. */
  @Column({ type: 'text', nullable: true }) targetGroup!: string | null;
  @Column({ type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) startedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
  /** Embedded database only: the spooled upload on this machine (else in scoring_uploads). */
  @Column({ type: 'text', nullable: true }) uploadPath!: string | null;
}
