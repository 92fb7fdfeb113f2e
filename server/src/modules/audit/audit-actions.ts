import { registerEnumType } from 'type-graphql';

/** What the audit trail records; its words (Audit page, CSV export) are the catalogue's `audit.action`. */
export enum AuditAction {
  IMPORT = 'IMPORT',
  APPEND = 'APPEND',
  TRAIN = 'TRAIN',
  ACTIVATE_MODEL = 'ACTIVATE_MODEL',
  EDIT_COLUMN = 'EDIT_COLUMN',
  EDIT_DATASET_SETTINGS = 'EDIT_DATASET_SETTINGS',
  SEGMENT = 'SEGMENT',
  EDIT_BRIEF = 'EDIT_BRIEF',
  EXPORT_AUDIENCE = 'EXPORT_AUDIENCE',
  EXPORT_MEMBERS = 'EXPORT_MEMBERS',
  SCORE_LIST = 'SCORE_LIST',
  DELETE_DATASET = 'DELETE_DATASET',
  CREATE_USER = 'CREATE_USER',
  UPDATE_USER = 'UPDATE_USER',
  RESET_PASSWORD = 'RESET_PASSWORD',
  CHANGE_PASSWORD = 'CHANGE_PASSWORD',
  SIGN_OUT_EVERYWHERE = 'SIGN_OUT_EVERYWHERE',
}

registerEnumType(AuditAction, { name: 'AuditAction' });
