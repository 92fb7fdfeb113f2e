import { AUDIT_ACTION_LABELS } from './audit-actions.js';
import type { AuditEventEntity } from './audit-event.entity.js';

// In the order they are shown (jsonb does not keep key order); unknown keys follow, by name.
const DETAIL_LABELS: Record<string, string> = {
  column: 'column',
  name: 'name',
  label: 'label',
  kind: 'kind',
  isTarget: 'target',
  isPastCampaign: 'past campaign',
  knownAfterContact: 'known after contact',
  autoRetrain: 'retrain after imports',
  costPerContact: 'cost per contact',
  valuePerResponse: 'value per response',
  roleBefore: 'role before',
  role: 'role',
  disabled: 'disabled',
  oneTime: 'one-time password',
  automatic: 'automatic',
  algorithms: 'algorithms',
  topN: 'top drivers',
  conditions: 'edited conditions',
  rows: 'rows',
  segment: 'segment',
  restored: 'generated text restored',
  fileName: 'file',
  importId: 'import',
  trainingRunId: 'training run',
  segmentationId: 'segmentation',
};
const ORDER = new Map(Object.keys(DETAIL_LABELS).map((key, i) => [key, i]));

/** An entry's details in words: "role before: ANALYST, role: VIEWER"; yes/no for true/false. */
export function auditDetailsText(details: AuditEventEntity['details']): string {
  return Object.entries(details)
    .sort(([a], [b]) => (ORDER.get(a) ?? ORDER.size) - (ORDER.get(b) ?? ORDER.size) || a.localeCompare(b))
    .filter(([, value]) => value !== null && value !== '')
    .map(([key, value]) => `${DETAIL_LABELS[key] ?? key}: ${typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value)}`)
    .join(', ');
}

/** A model as people name it: "Random forest v3". */
export function modelLabel(model: { algorithm: string; version?: number | null }): string {
  const name = model.algorithm.charAt(0) + model.algorithm.slice(1).toLowerCase().replace(/_/g, ' ');
  return model.version ? `${name} v${model.version}` : name;
}

export function toAuditEventType(event: AuditEventEntity) {
  return {
    id: String(event.id),
    at: event.at,
    actorId: event.actorId,
    actorEmail: event.actorEmail,
    action: event.action,
    actionLabel: AUDIT_ACTION_LABELS[event.action] ?? event.action,
    objectType: event.objectType,
    objectId: event.objectId,
    objectLabel: event.objectLabel,
    details: auditDetailsText(event.details),
  };
}

export const AUDIT_CSV_HEADER = ['time', 'person', 'action', 'object type', 'object', 'object id', 'details'];

/** One CSV row's cells (not yet escaped). */
export function auditCsvCells(event: AuditEventEntity): string[] {
  const e = toAuditEventType(event);
  return [e.at.toISOString(), e.actorEmail ?? 'the app', e.actionLabel, e.objectType, e.objectLabel ?? '', e.objectId ?? '', e.details];
}
