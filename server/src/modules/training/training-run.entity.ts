import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Algorithm } from '../../domain/algorithms.js';
import type { JobStatus } from '../../domain/job-status.js';
import type { SplitOptions } from './split.js';

@Entity('training_runs')
export class TrainingRunEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) datasetId!: string;
  @Column({ type: 'text', default: 'QUEUED' }) status!: JobStatus;
  @Column({ type: 'double precision', default: 0 }) progress!: number;
  @Column({ type: 'text', nullable: true }) error!: string | null;
  @Column({ type: 'jsonb', default: [] }) algorithms!: Algorithm[];
  /** How the rows were split (empty for runs stored before it was kept). */
  @Column({ type: 'jsonb', default: {} }) options!: { split?: SplitOptions };
  @Column({ type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) startedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
}
