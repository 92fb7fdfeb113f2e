import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { JobStatus } from '../../domain/job-status.js';

export type ImportPhase = 'UPLOADED' | 'INFERRING' | 'LOADING' | 'DONE';

export interface ImportErrorRecord {
  line: number | null;
  column: string | null;
  message: string;
}

export interface ImportOptions {
  delimiter?: string;
  target?: string;
  positive?: string;
  id?: string;
  onInvalid?: 'reject' | 'skip';
  onDuplicate?: 'skip' | 'replace';
  /** A new dataset (true) or an append (false). */
  createsDataset: boolean;
}

export interface SegmentAssignmentRecord {
  segmentationId: string;
  segmentIndex: number;
  name: string;
  customers: number;
}

/** One upload. Kept when it fails, so the importer sees why; the rows it tried are not. */
@Entity('import_jobs')
export class ImportJobEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) datasetId!: string;
  @Column({ type: 'text', default: 'QUEUED' }) status!: JobStatus;
  @Column({ type: 'text', default: 'UPLOADED' }) phase!: ImportPhase;
  @Column({ type: 'text', nullable: true }) fileName!: string | null;
  @Column({ type: 'text', nullable: true }) contentHash!: string | null;
  @Column({ type: 'bigint', nullable: true, transformer: { to: (v) => v, from: (v) => (v === null ? null : Number(v)) } })
  bytes!: number | null;
  @Column({ type: 'integer', default: 0 }) rowsImported!: number;
  @Column({ type: 'integer', default: 0 }) rowsRejected!: number;
  @Column({ type: 'integer', default: 0 }) rowsDuplicate!: number;
  @Column({ type: 'integer', default: 0 }) rowsSkippedEmpty!: number;
  /** The first 100 problems; errorCount has the total. */
  @Column({ type: 'jsonb', default: [] }) errors!: ImportErrorRecord[];
  @Column({ type: 'integer', default: 0 }) errorCount!: number;
  /** What was imported, but not quite as written (renamed or cut header names). */
  @Column({ type: 'jsonb', default: [] }) warnings!: ImportErrorRecord[];
  @Column({ type: 'text', nullable: true }) message!: string | null;
  @Column({ type: 'jsonb', default: {} }) options!: ImportOptions;
  /** An append's new customers per segment of the dataset's latest segmentation. */
  @Column({ type: 'jsonb', default: [] }) segmentAssignments!: SegmentAssignmentRecord[];
  @Column({ type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) startedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
  /**
   * Embedded database only: the spooled upload on this machine. On a PostgreSQL server the
   * upload is kept in import_uploads instead, so a worker on any machine can read it.
   */
  @Column({ type: 'text', nullable: true }) uploadPath!: string | null;
}
