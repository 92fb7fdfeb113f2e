import { message } from '../phrasing/catalogue.js';
import type { Locale } from '../phrasing/locale.js';
import type { AuditEventEntity } from './audit-event.entity.js';

// The details in the order they are shown (jsonb does not keep key order); unknown keys follow, by name.
// Their names are the catalogue's `audit.detail`.
const DETAIL_ORDER = [
  'column',
  'name',
  'label',
  'kind',
  'isTarget',
  'isPastCampaign',
  'knownAfterContact',
  'autoRetrain',
  'costPerContact',
  'valuePerResponse',
  'roleBefore',
  'role',
  'disabled',
  'oneTime',
  'automatic',
  'algorithms',
  'topN',
  'conditions',
  'rows',
  'segment',
  'restored',
  'fileName',
  'importId',
  'trainingRunId',
  'segmentationId',
];
const ORDER = new Map(DETAIL_ORDER.map((key, i) => [key, i]));

/** An entry's details in words: "role before: ANALYST, role: VIEWER"; yes/no for true/false. */
export function auditDetailsText(details: AuditEventEntity['details'], locale: Locale = 'en'): string {
  return Object.entries(details)
    .sort(([a], [b]) => (ORDER.get(a) ?? ORDER.size) - (ORDER.get(b) ?? ORDER.size) || a.localeCompare(b))
    .filter(([, value]) => value !== null && value !== '')
    .map(([key, value]) => {
      const shown = typeof value === 'boolean' ? message('audit.yesNo', { answer: value ? 'yes' : 'no' }, locale) : String(value);
      return message('audit.detailValue', { name: message('audit.detail', { detail: key }, locale), value: shown }, locale);
    })
    .join(', ');
}

/** A model as people name it: "Random forest v3". */
export function modelLabel(model: { algorithm: string; version?: number | null }): string {
  const name = model.algorithm.charAt(0) + model.algorithm.slice(1).toLowerCase().replace(/_/g, ' ');
  return model.version ? `${name} v${model.version}` : name;
}

/** An entry for the Audit page, its words in `locale`. */
export function toAuditEventType(event: AuditEventEntity, locale: Locale = 'en') {
  return {
    id: String(event.id),
    at: event.at,
    actorId: event.actorId,
    actorEmail: event.actorEmail,
    action: event.action,
    actionLabel: message('audit.action', { action: event.action }, locale),
    objectType: event.objectType,
    objectId: event.objectId,
    objectLabel: event.objectLabel,
    details: auditDetailsText(event.details, locale),
  };
}

const CSV_COLUMNS = ['time', 'person', 'action', 'objectType', 'object', 'objectId', 'details'];

/** The audit CSV's header in `locale` (times stay ISO 8601, so a spreadsheet reads them anywhere). */
export const auditCsvHeader = (locale: Locale = 'en'): string[] =>
  CSV_COLUMNS.map((column) => message('audit.csvColumn', { column }, locale));

/** One CSV row's cells (not yet escaped). */
export function auditCsvCells(event: AuditEventEntity, locale: Locale = 'en'): string[] {
  const e = toAuditEventType(event, locale);
  const actor = e.actorEmail ?? message('audit.theApp', {}, locale);
  return [e.at.toISOString(), actor, e.actionLabel, e.objectType, e.objectLabel ?? '', e.objectId ?? '', e.details];
}
