/**
 * Names for the shapes the shell's documents (operations.ts) select. Every shape is generated
 * from server/schema.graphql and the documents themselves (`npm run codegen`, client/src/gql/);
 * nothing here is written by hand.
 */
import type {
  CampaignOutcomeFieldsFragment,
  ColumnFieldsFragment,
  DatasetQuery,
  DatasetsQuery,
  ImportJobFieldsFragment,
  LoginMutation,
  MeQuery,
  PhrasingKind,
} from '../gql/graphql';

// The domain vocabulary is the server's own (server/src/domain/, plain TypeScript without Node APIs).
export { COLUMN_KINDS, type ColumnKind } from '../../../server/src/domain/column-kinds';
export type { ColumnUpdateInput, JobStatus, PhrasingKind, Role } from '../gql/graphql';

export type User = NonNullable<MeQuery['me']>;
/** mustChangePassword: signed in with a generated or reset password, a new one must be chosen before anything else. */
export type AuthPayload = LoginMutation['login'];
export type DatasetSummary = DatasetsQuery['datasets'][number];
export type DatasetDetail = NonNullable<DatasetQuery['dataset']>;
export type ModelRef = DatasetDetail['models'][number];
export type Column = ColumnFieldsFragment;
export type LevelCount = Column['topLevels'][number];
/** What a column counts or measures, for the sentences the server writes. */
export type ColumnPhrasing = Column['phrasing'];
export type CampaignOutcome = CampaignOutcomeFieldsFragment;
export type ImportJob = ImportJobFieldsFragment;
/** An import's errors and its warnings (imported, but not quite as written: renamed or cut header names). */
export type ImportError = ImportJob['errors'][number];

/** The phrasing kinds in the order the column editor offers them. */
export const PHRASING_KINDS = [
  'COUNT',
  'MONEY',
  'YEAR',
  'DATE',
  'DURATION',
  'PERCENTAGE',
  'FACT',
  'CATEGORY',
  'NUMBER',
] as const satisfies readonly PhrasingKind[];
