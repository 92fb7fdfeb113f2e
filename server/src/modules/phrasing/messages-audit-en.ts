/**
 * English words of the audit trail and the roles table: what each audited action is called, the
 * names of an entry's details, the audit CSV's column headers, and what each permission lets a
 * person do. Part of messages-en.ts (one catalogue; this file keeps it readable).
 */
export const MESSAGES_AUDIT_EN = {
  'audit.action':
    '{action, select, IMPORT {Imported a file} APPEND {Appended customers} TRAIN {Trained models} ACTIVATE_MODEL {Chose the featured model} EDIT_COLUMN {Edited a column} EDIT_DATASET_SETTINGS {Changed dataset settings} SEGMENT {Segmented customers} EDIT_BRIEF {Edited a segment brief} EXPORT_AUDIENCE {Downloaded a target-group audience} EXPORT_MEMBERS {Downloaded a segment membership list} SCORE_LIST {Scored a customer list} DELETE_DATASET {Deleted a dataset} CREATE_USER {Added a person} UPDATE_USER {Changed a person’s access} RESET_PASSWORD {Reset a password} CHANGE_PASSWORD {Changed their own password} SIGN_OUT_EVERYWHERE {Signed out everywhere} other {{action}}}',
  'audit.detail':
    '{detail, select, column {column} name {name} label {label} kind {kind} isTarget {target} isPastCampaign {past campaign} knownAfterContact {known after contact} autoRetrain {retrain after imports} costPerContact {cost per contact} valuePerResponse {value per response} roleBefore {role before} role {role} disabled {disabled} oneTime {one-time password} automatic {automatic} algorithms {algorithms} topN {top drivers} conditions {edited conditions} rows {rows} segment {segment} restored {generated text restored} fileName {file} importId {import} trainingRunId {training run} segmentationId {segmentation} other {{detail}}}',
  'audit.detailValue': '{name}: {value}',
  'audit.yesNo': '{answer, select, yes {yes} other {no}}',
  'audit.theApp': 'the app',
  'audit.csvColumn':
    '{column, select, time {time} person {person} action {action} objectType {object type} object {object} objectId {object id} other {details}}',
  'permission.label':
    '{permission, select, read {See datasets, models, drivers, target groups and segments; download audiences and segment lists} import {Import new customer files and append customers} scoreList {Score a fresh customer list with a model} train {Train and retrain models} datasetSettings {Change a dataset’s retrain and profit settings} activateModel {Choose the featured model} editColumns {Edit column names and kinds} segment {Segment customers and edit segment briefs} deleteDataset {Delete a dataset} manageUsers {Add people, change roles, disable accounts, reset passwords} readAudit {See and export the audit trail} other {{permission}}}',
} as const;
