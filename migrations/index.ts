/** Every migration, in order. Run at start and by `npm run migrate`; never `synchronize`. */
import { InitialSchema1764000000000 } from './1764000000000-initial-schema.js';
import { ImportStaging1764000000001 } from './1764000000001-import-staging.js';
import { SegmentMembers1764000000002 } from './1764000000002-segment-members.js';
import { Team1796290744076 } from './1796290744076-team.js';
import { DatasetSummary1796291611169 } from './1796291611169-dataset-summary.js';
import { ColumnPhrasing1796292144340 } from './1796292144340-column-phrasing.js';
import { ImportWarnings1796293042119 } from './1796293042119-import-warnings.js';
import { LoginAttempts1796293861887 } from './1796293861887-login-attempts.js';
import { JobQueue1796293921218 } from './1796293921218-job-queue.js';
import { Scorings1796302436816 } from './1796302436816-scorings.js';
import { ColumnRegion1796305533634 } from './1796305533634-column-region.js';
import { ReadGeneration1796314862369 } from './1796314862369-read-generation.js';
import { ColumnActionable1796316000000 } from './1796316000000-column-actionable.js';

// In timestamp order. TypeORM sorts by the class name's timestamp itself and runs every migration
// whose name is not yet in the migrations table, so this order never changes what runs.
export const migrations = [
  InitialSchema1764000000000,
  ImportStaging1764000000001,
  SegmentMembers1764000000002,
  Team1796290744076,
  DatasetSummary1796291611169,
  ColumnPhrasing1796292144340,
  ImportWarnings1796293042119,
  LoginAttempts1796293861887,
  JobQueue1796293921218,
  Scorings1796302436816,
  ColumnRegion1796305533634,
  ReadGeneration1796314862369,
  ColumnActionable1796316000000,
];
