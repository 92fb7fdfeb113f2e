import type { DataSource } from 'typeorm';
import { notFound } from '../../common/errors.js';
import { isUuid } from '../datasets/dataset.service.js';
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

  /** The version of the same algorithm trained just before this one. */
  previousVersion(model: ModelEntity): Promise<ModelEntity | null> {
    return this.dataSource
      .getRepository(ModelEntity)
      .createQueryBuilder('m')
      .where('m.datasetId = :d AND m.algorithm = :a AND m.version < :v', { d: model.datasetId, a: model.algorithm, v: model.version })
      .orderBy('m.version', 'DESC')
      .getOne();
  }

  featured(datasetId: string): Promise<ModelEntity | null> {
    return this.dataSource.getRepository(ModelEntity).findOneBy({ datasetId, isFeatured: true });
  }

  findById(id: string): Promise<ModelEntity | null> {
    return isUuid(id) ? this.find(id) : Promise.resolve(null);
  }

  find(id: string): Promise<ModelEntity | null> {
    return this.dataSource.getRepository(ModelEntity).findOneBy({ id });
  }

  /** ANALYST's choice: this version becomes its algorithm's active model and the featured one. */
  async activate(id: string): Promise<ModelEntity> {
    if (!isUuid(id)) throw notFound('The model');
    return this.dataSource.transaction(async (manager) => {
      const models = manager.getRepository(ModelEntity);
      const model = await models.findOneBy({ id });
      if (!model) throw notFound('The model');
      await models.update({ datasetId: model.datasetId, algorithm: model.algorithm, isActive: true }, { isActive: false });
      await models.update({ datasetId: model.datasetId, isFeatured: true }, { isFeatured: false });
      await models.update({ id }, { isActive: true, isFeatured: true });
      return models.findOneByOrFail({ id });
    });
  }
}
