import { isActionable } from '../phrasing/actionable.js';
import { translateError } from '../phrasing/error-text.js';
import type { Locale } from '../phrasing/locale.js';
import type { JobStatusEnum } from '../../graphql/enums.js';
import { phrasingOfColumn } from '../phrasing/column-phrasing.js';
import type { PhrasingKindEnum } from '../phrasing/phrasing.types.js';
import type { DatasetColumnEntity } from './dataset-column.entity.js';
import { regionLevelOf } from '../regions/region-setting.js';
import type { ColumnType, ImportJobType } from './dataset.types.js';
import type { ImportJobEntity } from './import-job.entity.js';

export function toColumnType(column: DatasetColumnEntity): ColumnType {
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
    note: column.stats.note ?? null,
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

/** An import job for GraphQL; its problems in the reader's language where the catalogue knows them. */
export function toImportJobType(job: ImportJobEntity, locale: Locale = 'en'): ImportJobType {
  return {
    id: job.id,
    datasetId: job.datasetId,
    status: job.status as JobStatusEnum,
    fileName: job.fileName,
    rowsImported: job.rowsImported,
    rowsRejected: job.rowsRejected,
    errors: job.errors.map((e) => ({ line: e.line ?? null, column: e.column ?? null, message: translateError(e.message, locale) })),
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
    phase: job.phase,
    bytes: job.bytes,
    rowsDuplicate: job.rowsDuplicate,
    rowsSkippedEmpty: job.rowsSkippedEmpty,
    errorCount: job.errorCount,
    message: job.message,
    warnings: (job.warnings ?? []).map((w) => ({ line: w.line ?? null, column: w.column ?? null, message: w.message })),
    segmentAssignments: (job.segmentAssignments ?? []).map((a) => ({ segmentIndex: a.segmentIndex, name: a.name, customers: a.customers })),
  };
}
