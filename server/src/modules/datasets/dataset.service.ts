import type { DataSource } from 'typeorm';
import { isUuid } from '../../common/ids.js';
import { badInput, notFound, appError } from '../phrasing/user-errors.js';
import { campaignSummary } from './campaigns/campaign-summary.js';
import type { CampaignOutcome } from './dataset.entity.js';
import { DatasetColumnEntity } from './dataset-column.entity.js';
import { DatasetEntity } from './dataset.entity.js';
import { ColumnStoreService } from './column-store/column-store.service.js';
import { ImportJobEntity } from './import-job.entity.js';
import { checkRegionSetting } from '../regions/region-setting.js';
import { checkPhrasing, type Phrasing, type PhrasingInput } from '../phrasing/phrasing.js';

export interface ColumnUpdate {
  label?: string;
  kind?: DatasetColumnEntity['kind'];
  isPastCampaign?: boolean;
  isTarget?: boolean;
  knownAfterContact?: boolean;
  /** COUNTRY, STATE, POSTAL_CODE or NONE. */
  region?: string | null;
  phrasing?: Omit<PhrasingInput, 'levels'> & { levels?: { value: string; text: string }[] | null };
  actionable?: boolean | null;
}

export class DatasetService {
  constructor(private readonly dataSource: DataSource) {}

  list(): Promise<DatasetEntity[]> {
    return this.dataSource.getRepository(DatasetEntity).find({ where: { status: 'READY' }, order: { createdAt: 'ASC' } });
  }

  /** A usable dataset, or null (datasets whose first import has not succeeded are not shown). */
  async find(id: string): Promise<DatasetEntity | null> {
    if (!isUuid(id)) return null;
    return this.dataSource.getRepository(DatasetEntity).findOneBy({ id, status: 'READY' });
  }

  async get(id: string): Promise<DatasetEntity> {
    const dataset = await this.find(id);
    if (!dataset) throw notFound('dataset');
    return dataset;
  }

  columns(datasetId: string): Promise<DatasetColumnEntity[]> {
    return this.dataSource.getRepository(DatasetColumnEntity).find({ where: { datasetId }, order: { position: 'ASC' } });
  }

  imports(datasetId: string): Promise<ImportJobEntity[]> {
    return this.dataSource.getRepository(ImportJobEntity).find({ where: { datasetId }, order: { createdAt: 'DESC' } });
  }

  /**
   * Responded / total / rate per past campaign and the target: counted once per dataset
   * version (after each import, or on first read) and kept with the dataset.
   */
  async campaigns(dataset: DatasetEntity): Promise<CampaignOutcome[]> {
    if (dataset.campaignSummary && dataset.campaignSummaryVersion === dataset.version) return dataset.campaignSummary;
    const version = dataset.version;
    const summary = await campaignSummary(this.dataSource.manager, dataset, await this.columns(dataset.id));
    // Kept only if no import or column edit moved the version meanwhile.
    await this.dataSource.query(
      'UPDATE datasets SET campaign_summary = $1::jsonb, campaign_summary_version = $2 WHERE id = $3 AND version = $2',
      [JSON.stringify(summary), version, dataset.id],
    );
    dataset.campaignSummary = summary;
    dataset.campaignSummaryVersion = version;
    return summary;
  }

  /** ANALYST edits: label, kind, past-campaign flag, target, "known only after contact". */
  async updateColumn(datasetId: string, name: string, update: ColumnUpdate): Promise<DatasetColumnEntity> {
    return this.dataSource.transaction(async (manager) => {
      const dataset = await manager.getRepository(DatasetEntity).findOneBy({ id: datasetId, status: 'READY' });
      if (!dataset) throw notFound('dataset');
      const columns = manager.getRepository(DatasetColumnEntity);
      const column = await columns.findOneBy({ datasetId, name });
      if (!column) throw appError('NOT_FOUND', 'error.columnNotFound', { column: name });
      if (update.label !== undefined) {
        const label = update.label.trim();
        if (!label) throw badInput('error.label.empty');
        if (label.length > 120) throw badInput('error.label.long');
        column.label = label;
      }
      if (update.kind !== undefined && update.kind !== column.kind) {
        if (column.isTarget && update.kind !== 'BINARY') throw badInput('error.targetStaysBinary');
        column.kind = update.kind;
      }
      if (update.isPastCampaign !== undefined) {
        if (update.isPastCampaign && column.kind !== 'BINARY' && !column.stats.positiveLabel)
          throw badInput('error.campaignNotBinary', { label: column.label });
        column.isPastCampaign = update.isPastCampaign;
      }
      if (update.knownAfterContact !== undefined) column.knownAfterContact = update.knownAfterContact;
      if (update.region !== undefined && update.region !== null) column.region = checkRegionSetting(update.region);
      if (update.phrasing !== undefined) column.phrasing = cleanPhrasing(update.phrasing);
      if (update.actionable !== undefined && update.actionable !== null) column.actionable = update.actionable;
      if (update.isTarget === true && !column.isTarget) {
        if (column.kind !== 'BINARY') throw badInput('error.targetNotBinary', { label: column.label });
        await columns.update({ datasetId, isTarget: true }, { isTarget: false });
        column.isTarget = true;
        dataset.targetColumn = column.name;
        dataset.positiveLabel = column.stats.positiveLabel ?? null;
      } else if (update.isTarget === false && column.isTarget) {
        column.isTarget = false;
        dataset.targetColumn = null;
        dataset.positiveLabel = null;
      }
      dataset.version += 1;
      await manager.getRepository(DatasetEntity).save(dataset);
      return columns.save(column);
    });
  }

  async updateSettings(
    id: string,
    input: { name?: string; autoRetrain?: boolean; costPerContact?: number; valuePerResponse?: number; currency?: string },
  ): Promise<DatasetEntity> {
    const dataset = await this.get(id);
    if (input.name !== undefined) {
      const name = input.name.trim();
      if (!name || name.length > 120) throw badInput('error.datasetName');
      dataset.name = name;
    }
    for (const key of ['costPerContact', 'valuePerResponse'] as const) {
      const value = input[key];
      if (value === undefined) continue;
      if (!Number.isFinite(value) || value < 0) throw badInput('error.costs');
      dataset.settings = { ...dataset.settings, [key]: value };
    }
    if (input.autoRetrain !== undefined) dataset.settings = { ...dataset.settings, autoRetrain: input.autoRetrain };
    if (input.currency !== undefined) {
      const code = input.currency.trim().toUpperCase();
      if (code && !(Intl.supportedValuesOf('currency') as string[]).includes(code))
        throw badInput('error.currency', { value: String(input.currency) });
      const settings = { ...dataset.settings };
      delete settings.currency;
      dataset.settings = code ? { ...settings, currency: code } : settings;
      // Texts are cached per dataset version; a new currency rewrites them.
      dataset.version += 1;
    }
    return this.dataSource.getRepository(DatasetEntity).save(dataset);
  }

  async delete(id: string): Promise<boolean> {
    const result = await this.dataSource.getRepository(DatasetEntity).delete({ id: (await this.get(id)).id });
    await ColumnStoreService.for(this.dataSource).forget(id);
    return (result.affected ?? 0) > 0;
  }
}

/** A phrasing a person typed: trimmed, empty texts dropped, checked (a clear message when it cannot work). */
function cleanPhrasing(input: NonNullable<ColumnUpdate['phrasing']>): Phrasing {
  const clean: PhrasingInput = { kind: input.kind };
  for (const key of ['one', 'other', 'verb', 'event', 'unit', 'yes', 'no'] as const) {
    const text = input[key]?.trim();
    if (text) clean[key] = text;
  }
  // Levels: an empty list says "no words for any level" (kept, so nothing is inferred again).
  if (input.levels) clean.levels = Object.fromEntries(input.levels.map((l) => [l.value, l.text.trim()]));
  const problem = checkPhrasing(clean);
  if (problem) throw badInput(problem.key, problem.params);
  return clean as Phrasing;
}
