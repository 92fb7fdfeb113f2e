import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Curves, Metrics } from './metrics/evaluate.js';
import type { ModelParams } from './model-registry.js';
import type { StoredExplanations } from './stored-explanations.js';

/**
 * One trained model version. The serialised model itself lives in `model_artifacts`
 * (it can be megabytes), so listing models stays light.
 */
@Entity('models')
export class ModelEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) datasetId!: string;
  @Column({ type: 'uuid' }) trainingRunId!: string;
  @Column({ type: 'text' }) algorithm!: string;
  @Column({ type: 'integer' }) version!: number;
  @Column({ type: 'boolean', default: false }) isActive!: boolean;
  @Column({ type: 'boolean', default: false }) isFeatured!: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'integer' }) trainRows!: number;
  @Column({ type: 'integer' }) testRows!: number;
  @Column({ type: 'uuid', nullable: true }) lastImportId!: string | null;
  @Column({ type: 'jsonb', default: {} }) params!: ModelParams;
  @Column({ type: 'jsonb' }) metrics!: Metrics;
  /** Empty ({}) for models stored before curves were kept. */
  @Column({ type: 'jsonb', default: {} }) curves!: Partial<Curves>;
  @Column({ type: 'jsonb', nullable: true }) explanations!: StoredExplanations | null;
  @Column({ type: 'double precision', nullable: true }) fitSeconds!: number | null;
}

@Entity('model_artifacts')
export class ModelArtifactEntity {
  @Column({ type: 'uuid', primary: true }) modelId!: string;
  /** gzip-compressed JSON of the fitted pipeline and model. */
  @Column({ type: 'bytea' }) data!: Buffer;
}
