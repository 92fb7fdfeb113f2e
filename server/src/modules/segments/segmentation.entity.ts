import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { SegmentFeatureSet, SegmentationAlgorithm } from '../../domain/algorithms.js';
import type { JobStatus } from '../../domain/job-status.js';
import type { SegmentationModel } from './segment-customers.types.js';
import type { StoredSegmentation } from './segment-store.js';

/** A segmentation as asked for (the GraphQL input), stored with the run. */
export interface SegmentationRequest {
  algorithm?: SegmentationAlgorithm | null;
  featureSet?: SegmentFeatureSet | null;
  features?: string[] | null;
  k?: number | null;
  topN?: number | null;
  eps?: number | null;
  minPts?: number | null;
  recency?: string | null;
  frequency?: string[] | null;
  monetary?: string[] | null;
  scaling?: string | null;
}

@Entity('segmentations')
export class SegmentationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) datasetId!: string;
  @Column({ type: 'text', default: 'QUEUED' }) status!: JobStatus;
  @Column({ type: 'double precision', default: 0 }) progress!: number;
  @Column({ type: 'text', nullable: true }) error!: string | null;
  @Column({ type: 'text' }) algorithm!: string;
  @Column({ type: 'text' }) featureSet!: string;
  @Column({ type: 'jsonb', default: [] }) features!: string[];
  @Column({ type: 'integer', nullable: true }) k!: number | null;
  @Column({ type: 'double precision', nullable: true }) silhouette!: number | null;
  @Column({ type: 'integer', default: 0 }) noiseCustomers!: number;
  /** What the GraphQL API shows (segments, k choice, projection); see StoredSegmentation. */
  @Column({ type: 'jsonb', nullable: true }) result!: StoredSegmentation | null;
  /** The input as given (feature set, columns, RFM settings, scaling), for the history. */
  @Column({ type: 'jsonb', default: {} }) options!: SegmentationRequest;
  /** Row numbers and segment labels packed as Int32 pairs (segment-data.ts); not loaded by default. */
  @Column({ type: 'bytea', nullable: true, select: false }) members!: Buffer | null;
  /** The fitted scaler and centroids/core points that place new customers; not loaded by default. */
  @Column({ type: 'jsonb', nullable: true, select: false }) model!: SegmentationModel | null;
  @Column({ type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) startedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
}
