/**
 * TypeScript shapes of the fields the client selects, written by hand against the served
 * schema (the contract in shared/contract/schema.graphql plus the documented extensions).
 * Keep in step with operations.ts: each type lists exactly what a document selects.
 */
// The domain vocabulary is the server's own (server/src/domain/, plain TypeScript without Node APIs).
import type { ColumnKind } from '../../../server/src/domain/column-kinds';

export { COLUMN_KINDS, type ColumnKind } from '../../../server/src/domain/column-kinds';
export type Role = 'VIEWER' | 'ANALYST' | 'IMPORTER' | 'ADMIN';
export type JobStatus = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';
export type ImportPhase = 'UPLOADED' | 'INFERRING' | 'LOADING' | 'DONE';

export interface User {
  id: string;
  email: string;
  role: Role;
}

export interface AuthPayload {
  token: string;
  /** language: the account's remembered language (contract part "team"), applied at sign-in. */
  user: User & { language?: 'EN' | 'ES' | 'PL' | 'RU' };
  /** Signed in with a generated or reset password: a new one must be chosen before anything else. */
  mustChangePassword: boolean;
}

export interface DatasetSummary {
  id: string;
  name: string;
  rowCount: number;
  createdAt: string;
}

export interface LevelCount {
  value: string;
  count: number;
}

export interface Column {
  name: string;
  label: string;
  kind: ColumnKind;
  missing: number;
  distinct: number;
  position: number;
  isTarget: boolean;
  isPastCampaign: boolean;
  knownAfterContact: boolean;
  unit: string | null;
  min: number | null;
  max: number | null;
  topLevels: LevelCount[];
  examples: string[];
  note: string | null;
  /** Where customers live: COUNTRY, STATE or POSTAL_CODE (set on the Data page, else inferred); null: not a region. */
  region: 'COUNTRY' | 'STATE' | 'POSTAL_CODE' | null;
  phrasing: ColumnPhrasing;
}

/** What a column counts or measures, for the sentences the server writes (server/schema.graphql ColumnPhrasing). */
export const PHRASING_KINDS = ['COUNT', 'MONEY', 'YEAR', 'DATE', 'DURATION', 'PERCENTAGE', 'FACT', 'CATEGORY', 'NUMBER'] as const;
export type PhrasingKind = (typeof PHRASING_KINDS)[number];

export interface ColumnPhrasing {
  kind: PhrasingKind;
  one: string | null;
  other: string | null;
  verb: string | null;
  event: string | null;
  unit: string | null;
  yes: string | null;
  no: string | null;
}

export interface CampaignOutcome {
  column: string;
  label: string;
  responded: number;
  total: number;
  rate: number;
}

export interface ImportError {
  line: number | null;
  column: string | null;
  message: string;
}

export interface ImportJob {
  id: string;
  datasetId: string;
  status: JobStatus;
  phase: string;
  fileName: string | null;
  bytes: number | null;
  rowsImported: number;
  rowsRejected: number;
  rowsDuplicate: number;
  rowsSkippedEmpty: number;
  errorCount: number;
  message: string | null;
  errors: ImportError[];
  /** Imported, but not quite as written (renamed or cut header names). */
  warnings: ImportError[];
  createdAt: string;
  finishedAt: string | null;
}

export interface ModelRef {
  id: string;
  algorithm: string;
  isActive: boolean;
  createdAt: string;
}

export interface DatasetDetail {
  id: string;
  name: string;
  rowCount: number;
  createdAt: string;
  targetColumn: string | null;
  positiveLabel: string | null;
  positiveRate: number | null;
  idColumn: string | null;
  settings: { currency: string | null };
  columns: Column[];
  campaigns: CampaignOutcome[];
  imports: ImportJob[];
  models: ModelRef[];
  activeModel: ModelRef | null;
}

export interface ColumnUpdateInput {
  label?: string;
  kind?: ColumnKind;
  isPastCampaign?: boolean;
  isTarget?: boolean;
  knownAfterContact?: boolean;
  /** COUNTRY, STATE, POSTAL_CODE, or NONE (not a region column). */
  region?: 'COUNTRY' | 'STATE' | 'POSTAL_CODE' | 'NONE';
  phrasing?: ColumnPhrasing;
}
