import { isActionable } from '../phrasing/actionable.js';
import { translateStored } from '../phrasing/error-text.js';
import { importSummary } from './import/import-error.js';
import type { Locale } from '../phrasing/locale.js';
import type { JobStatusEnum } from '../../graphql/enums.js';
import { phrasingOfColumn } from '../phrasing/column-phrasing.js';
import type { PhrasingKindEnum } from '../phrasing/phrasing.types.js';
import type { DatasetColumnEntity } from './dataset-column.entity.js';
import { regionLevelOf } from '../regions/region-setting.js';
import type { ColumnType, ImportJobType } from './dataset.types.js';
import type { ImportJobEntity } from './import-job.entity.js';

/** A column for GraphQL; the importer's note in the reader's language (labels follow it through InferredLabel). */
export function toColumnType(column: DatasetColumnEntity, locale: Locale = 'en'): ColumnType {
  return {
    name: column.name,
    label: column.label,
    kind: column.kind,
    missing: column.missing,
    distinct: column.distinctCount,
    position: column.position,
    isTarget: column.isTarget,
    isPastCampaign: column.isPastCampaign,
    knownAfterContact: column.knownAfterContact,
    unit: column.stats.unit ?? null,
    region: regionLevelOf(column),
    min: column.stats.min ?? null,
    max: column.stats.max ?? null,
    topLevels: column.stats.topLevels ?? [],
    examples: column.stats.examples ?? [],
    note: column.stats.note ? translateStored(column.stats.note, locale) : null,
    phrasing: toPhrasingType(column),
    actionable: isActionable({ ...column, phrasing: phrasingOfColumn(column) }),
  };
}

function toPhrasingType(column: DatasetColumnEntity): ColumnType['phrasing'] {
  const p = phrasingOfColumn(column);
  return {
    kind: p.kind as PhrasingKindEnum,
    one: p.one ?? null,
    other: p.other ?? null,
    verb: p.verb ?? null,
    event: p.event ?? null,
    unit: p.unit ?? null,
    yes: p.yes ?? null,
    no: p.no ?? null,
    levels: p.levels ? Object.entries(p.levels).map(([value, text]) => ({ value, text })) : null,
  };
}

/**
 * An import job for GraphQL, its texts in the reader's language: problems, warnings and a failure
 * written again from their stored English (error-text.ts), a success's summary from its counts.
 */
export function toImportJobType(job: ImportJobEntity, locale: Locale = 'en'): ImportJobType {
  return {
    id: job.id,
    datasetId: job.datasetId,
    status: job.status as JobStatusEnum,
    fileName: job.fileName,
    rowsImported: job.rowsImported,
    rowsRejected: job.rowsRejected,
    errors: job.errors.map((e) => ({ line: e.line ?? null, column: e.column ?? null, message: translateStored(e.message, locale) })),
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
    phase: job.phase,
    bytes: job.bytes,
    rowsDuplicate: job.rowsDuplicate,
    rowsSkippedEmpty: job.rowsSkippedEmpty,
    errorCount: job.errorCount,
    message: job.status === 'SUCCEEDED' ? importSummary(job, locale) : job.message && translateStored(job.message, locale),
    warnings: (job.warnings ?? []).map((w) => ({
      line: w.line ?? null,
      column: w.column ?? null,
      message: translateStored(w.message, locale),
    })),
    segmentAssignments: (job.segmentAssignments ?? []).map((a) => ({ segmentIndex: a.segmentIndex, name: a.name, customers: a.customers })),
  };
}
