import { In, LessThan, type DataSource, type FindOptionsSelect } from 'typeorm';
import { notFound } from '../phrasing/user-errors.js';
import { isUuid } from '../../common/ids.js';
import { ModelEntity } from './model.entity.js';

/** Every column but the large JSON ones (curves, explanations), which never change for a model id. */
const LIGHT: FindOptionsSelect<ModelEntity> = {
  id: true,
  datasetId: true,
  trainingRunId: true,
  algorithm: true,
  version: true,
  isActive: true,
  isFeatured: true,
  createdAt: true,
  trainRows: true,
  testRows: true,
  lastImportId: true,
  params: true,
  metrics: true,
  fitSeconds: true,
};
type Heavy = Pick<ModelEntity, 'curves' | 'explanations'>;
/** Models whose curves and explanations are kept parsed in memory (a few datasets' worth). */
const CACHED_MODELS = 64;

/**
 * Reading trained model versions. A model's curves and explanations (hundreds of kB of JSON)
 * are written once at training and never change, so they are read and parsed once per model
 * and kept in a bounded LRU; every request reads only the small columns. A retrain makes new
 * model ids, so nothing is ever stale.
 */
export class ModelService {
  private readonly heavy = new Map<string, Heavy>();

  constructor(private readonly dataSource: DataSource) {}

  async listForDataset(datasetId: string): Promise<ModelEntity[]> {
    return this.complete(
      await this.dataSource
        .getRepository(ModelEntity)
        .find({ select: LIGHT, where: { datasetId }, order: { createdAt: 'DESC', algorithm: 'ASC' } }),
    );
  }

  async listForRun(trainingRunId: string): Promise<ModelEntity[]> {
    return this.complete(
      await this.dataSource.getRepository(ModelEntity).find({ select: LIGHT, where: { trainingRunId }, order: { algorithm: 'ASC' } }),
    );
  }

  /** Adds the cached curves and explanations, reading the missing ones in one query. */
  private async complete(models: ModelEntity[]): Promise<ModelEntity[]> {
    const missing = models.filter((m) => !this.heavy.has(m.id)).map((m) => m.id);
    if (missing.length > 0) {
      const rows = await this.dataSource
        .getRepository(ModelEntity)
        .find({ select: { id: true, curves: true, explanations: true }, where: { id: In(missing) } });
      for (const row of rows) this.heavy.set(row.id, { curves: row.curves, explanations: row.explanations });
    }
    for (const model of models) {
      const parts = this.heavy.get(model.id);
      if (!parts) continue;
      // Most recently used last, so the oldest is dropped first.
      this.heavy.delete(model.id);
      this.heavy.set(model.id, parts);
      model.curves = parts.curves;
      model.explanations = parts.explanations;
    }
    while (this.heavy.size > CACHED_MODELS) this.heavy.delete(this.heavy.keys().next().value!);
    return models;
  }

  private async completeOne(model: ModelEntity | null): Promise<ModelEntity | null> {
    return model ? (await this.complete([model]))[0] : null;
  }

  /** The version of the same algorithm trained just before this one. */
  async previousVersion(model: ModelEntity): Promise<ModelEntity | null> {
    const previous = await this.dataSource.getRepository(ModelEntity).findOne({
      select: LIGHT,
      where: { datasetId: model.datasetId, algorithm: model.algorithm, version: LessThan(model.version) },
      order: { version: 'DESC' },
    });
    return this.completeOne(previous);
  }

  async featured(datasetId: string): Promise<ModelEntity | null> {
    return this.completeOne(
      await this.dataSource.getRepository(ModelEntity).findOne({ select: LIGHT, where: { datasetId, isFeatured: true } }),
    );
  }

  findById(id: string): Promise<ModelEntity | null> {
    return isUuid(id) ? this.find(id) : Promise.resolve(null);
  }

  async find(id: string): Promise<ModelEntity | null> {
    return this.completeOne(await this.dataSource.getRepository(ModelEntity).findOne({ select: LIGHT, where: { id } }));
  }

  /** ANALYST's choice: this version becomes its algorithm's active model and the featured one. */
  async activate(id: string): Promise<ModelEntity> {
    if (!isUuid(id)) throw notFound('model');
    // Completed after the transaction: PGlite has one connection, which the transaction holds.
    const activated = await this.dataSource.transaction(async (manager) => {
      const models = manager.getRepository(ModelEntity);
      const model = await models.findOneBy({ id });
      if (!model) throw notFound('model');
      await models.update({ datasetId: model.datasetId, algorithm: model.algorithm, isActive: true }, { isActive: false });
      await models.update({ datasetId: model.datasetId, isFeatured: true }, { isFeatured: false });
      await models.update({ id }, { isActive: true, isFeatured: true });
      return models.findOneOrFail({ select: LIGHT, where: { id } });
    });
    return (await this.completeOne(activated))!;
  }
}
