import { registerEnumType } from 'type-graphql';

/** What the audit trail records, with the words the Audit page and the CSV export show. */
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

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  IMPORT: 'Imported a file',
  APPEND: 'Appended customers',
  TRAIN: 'Trained models',
  ACTIVATE_MODEL: 'Chose the featured model',
  EDIT_COLUMN: 'Edited a column',
  EDIT_DATASET_SETTINGS: 'Changed dataset settings',
  SEGMENT: 'Segmented customers',
  EDIT_BRIEF: 'Edited a segment brief',
  EXPORT_AUDIENCE: 'Downloaded a target-group audience',
  EXPORT_MEMBERS: 'Downloaded a segment membership list',
  SCORE_LIST: 'Scored a customer list',
  DELETE_DATASET: 'Deleted a dataset',
  CREATE_USER: 'Added a person',
  UPDATE_USER: 'Changed a person’s access',
  RESET_PASSWORD: 'Reset a password',
  CHANGE_PASSWORD: 'Changed their own password',
  SIGN_OUT_EVERYWHERE: 'Signed out everywhere',
};
