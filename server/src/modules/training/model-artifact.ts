import { gunzipSync } from 'node:zlib';
import type { DataSource } from 'typeorm';
import { ModelArtifactEntity } from './model.entity.js';
import type { Algorithm } from '../../domain/algorithms.js';

/** What is stored for each trained model: the serialised model and its held-out rows. */
export interface ModelArtifact {
  algorithm: Algorithm;
  /** The fitted model (pipeline included) as its toJSON() gave it; load with loadModel. */
  model: unknown;
  /** customer_rows.row_number of the rows the model was scored on (never trained on). */
  testRowNumbers: number[];
}

export async function readModelArtifact(dataSource: DataSource, modelId: string): Promise<ModelArtifact | null> {
  const row = await dataSource.getRepository(ModelArtifactEntity).findOneBy({ modelId });
  return row ? (JSON.parse(gunzipSync(row.data).toString('utf8')) as ModelArtifact) : null;
}
