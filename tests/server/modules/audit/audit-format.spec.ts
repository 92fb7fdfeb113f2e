import { describe, expect, it } from 'vitest';
import { auditCsvCells, auditDetailsText, modelLabel } from '../../../../server/src/modules/audit/audit-format.js';
import { AuditAction } from '../../../../server/src/modules/audit/audit-actions.js';
import type { AuditEventEntity } from '../../../../server/src/modules/audit/audit-event.entity.js';

describe('audit entries in words', () => {
  it('writes details as labelled facts with yes/no for true/false', () => {
    expect(auditDetailsText({ roleBefore: 'ANALYST', role: 'VIEWER' })).toBe('role before: ANALYST, role: VIEWER');
    expect(auditDetailsText({ disabled: true, oneTime: false })).toBe('disabled: yes, one-time password: no');
    expect(auditDetailsText({ column: 'Income', label: null })).toBe('column: Income');
  });

  it('names models as people do', () => {
    expect(modelLabel({ algorithm: 'RANDOM_FOREST', version: 3 })).toBe('Random forest v3');
    expect(modelLabel({ algorithm: 'LOGISTIC_REGRESSION' })).toBe('Logistic regression');
  });

  it('gives one CSV row per entry, "the app" for automatic actions', () => {
    const event = {
      id: '1',
      at: new Date('2026-01-31T10:00:00Z'),
      actorId: null,
      actorEmail: null,
      action: AuditAction.TRAIN,
      objectType: 'dataset',
      objectId: 'd1',
      objectLabel: 'Customers',
      details: { automatic: true },
    } as AuditEventEntity;
    expect(auditCsvCells(event)).toEqual([
      '2026-01-31T10:00:00.000Z',
      'the app',
      'Trained models',
      'dataset',
      'Customers',
      'd1',
      'automatic: yes',
    ]);
  });
});
