import type { DataSource } from 'typeorm';
import { ModelEntity } from './model.entity.js';

/** Reading trained model versions. */
export class ModelService {
  constructor(private readonly dataSource: DataSource) {}

  listForDataset(datasetId: string): Promise<ModelEntity[]> {
    return this.dataSource.getRepository(ModelEntity).find({ where: { datasetId }, order: { createdAt: 'DESC', algorithm: 'ASC' } });
  }

  listForRun(trainingRunId: string): Promise<ModelEntity[]> {
    return this.dataSource.getRepository(ModelEntity).find({ where: { trainingRunId }, order: { algorithm: 'ASC' } });
  }

  featured(datasetId: string): Promise<ModelEntity | null> {
    return this.dataSource.getRepository(ModelEntity).findOneBy({ datasetId, isFeatured: true });
  }

  find(id: string): Promise<ModelEntity | null> {
    return this.dataSource.getRepository(ModelEntity).findOneBy({ id });
  }
}
