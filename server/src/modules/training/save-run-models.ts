import { gzipSync } from 'node:zlib';
import type { DataSource } from 'typeorm';
import type { DatasetEntity } from '../datasets/dataset.entity.js';
import { ImportJobEntity } from '../datasets/import-job.entity.js';
import type { ModelArtifact } from './model-artifact.js';
import { ModelArtifactEntity, ModelEntity } from './model.entity.js';
import { TrainingRunEntity } from './training-run.entity.js';

/** What a run hands over for each trained, scored and explained model. */
export type TrainedModel = Pick<ModelEntity, 'trainRows' | 'testRows' | 'params' | 'metrics' | 'curves' | 'explanations' | 'fitSeconds'> &
  Pick<ModelArtifact, 'algorithm' | 'model' | 'testRowNumbers'>;

/**
 * All new versions and the run's success in one transaction: a failure leaves the previous
 * models active. The run's row is locked first; a run no longer RUNNING (cancelled) or
 * that already has models (another try got there first) saves nothing: one model per
 * algorithm per run, whatever happened to earlier tries. Returns whether it saved.
 */
export async function saveRunModels(
  dataSource: DataSource,
  run: TrainingRunEntity,
  dataset: DatasetEntity,
  results: readonly TrainedModel[],
): Promise<boolean> {
  const lastImport = await dataSource
    .getRepository(ImportJobEntity)
    .findOne({ where: { datasetId: dataset.id, status: 'SUCCEEDED' }, order: { createdAt: 'DESC' } });
  return dataSource.transaction(async (manager) => {
    const [row] = (await manager.query('SELECT status FROM training_runs WHERE id = $1 FOR UPDATE', [run.id])) as { status: string }[];
    const [{ n: existing }] = (await manager.query('SELECT count(*)::int AS n FROM models WHERE training_run_id = $1', [run.id])) as {
      n: number;
    }[];
    if (row?.status !== 'RUNNING' || existing > 0) return false;
    const models = manager.getRepository(ModelEntity);
    const saved: ModelEntity[] = [];
    for (const result of results) {
      const previous = await models.findOne({
        where: { datasetId: dataset.id, algorithm: result.algorithm },
        order: { version: 'DESC' },
      });
      await models.update({ datasetId: dataset.id, algorithm: result.algorithm, isActive: true }, { isActive: false });
      const model = await models.save(
        models.create({
          datasetId: dataset.id,
          trainingRunId: run.id,
          algorithm: result.algorithm,
          version: (previous?.version ?? 0) + 1,
          isActive: true,
          isFeatured: false,
          trainRows: result.trainRows,
          testRows: result.testRows,
          lastImportId: lastImport?.id ?? null,
          params: result.params,
          metrics: result.metrics,
          curves: result.curves,
          explanations: result.explanations,
          fitSeconds: result.fitSeconds,
        }),
      );
      const artifact: ModelArtifact = { algorithm: result.algorithm, model: result.model, testRowNumbers: result.testRowNumbers };
      await manager.getRepository(ModelArtifactEntity).save({ modelId: model.id, data: gzipSync(JSON.stringify(artifact)) });
      saved.push(model);
    }
    // The featured model (the managers' pages) becomes the best active model by test ROC AUC.
    const active = await models.find({ where: { datasetId: dataset.id, isActive: true } });
    const best = active.reduce((a, b) => ((b.metrics.rocAuc ?? 0) > (a.metrics.rocAuc ?? 0) ? b : a));
    await models.update({ datasetId: dataset.id, isFeatured: true }, { isFeatured: false });
    await models.update({ id: best.id }, { isFeatured: true });
    await manager.getRepository(TrainingRunEntity).update({ id: run.id }, { status: 'SUCCEEDED', progress: 1, finishedAt: new Date() });
    return true;
  });
}
