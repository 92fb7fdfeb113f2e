import type { DataSource } from 'typeorm';
import { Role } from '../auth/role.js';
import type { SessionUser } from '../auth/auth.service.js';
import { JobKindEnum, type ActivityJobType } from './activity.types.js';
import type { JobStatusEnum } from '../../graphql/enums.js';
import { message } from '../phrasing/catalogue.js';
import { translateStored } from '../phrasing/error-text.js';
import type { Locale } from '../phrasing/locale.js';

interface ActivityRow {
  kind: JobKindEnum;
  id: string;
  dataset_id: string;
  dataset_name: string;
  status: JobStatusEnum;
  progress: number | null;
  outcome: string | null;
  started_by: string | null;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
  models: number | null;
  segments: number | null;
}

/**
 * Every background job in one list, newest first with the unfinished ones on top, for the
 * datasets a user can see (READY ones; an import that creates a dataset is shown to the
 * person who started it and to administrators).
 */
export class ActivityService {
  constructor(private readonly dataSource: DataSource) {}

  /** The jobs with their outcomes in `locale`: a failure or an import's summary written again from its stored English, a success's count. */
  async list(user: SessionUser, limit = 50, locale: Locale = 'en'): Promise<ActivityJobType[]> {
    const rows = (await this.dataSource.query(
      `SELECT j.*, d.name AS dataset_name, u.email AS started_by FROM (
         SELECT 'TRAINING' AS kind, r.id, r.dataset_id, r.status, r.progress, r.error AS outcome, r.created_by, r.created_at, r.started_at, r.finished_at,
                (SELECT count(*)::int FROM models m WHERE m.training_run_id = r.id) AS models, NULL::int AS segments
           FROM training_runs r
         UNION ALL
         SELECT 'SEGMENTATION', s.id, s.dataset_id, s.status, s.progress, s.error, s.created_by, s.created_at, s.started_at, s.finished_at, NULL, s.k
           FROM segmentations s
         UNION ALL
         SELECT 'IMPORT', i.id, i.dataset_id, i.status, NULL, i.message, i.created_by, i.created_at, i.started_at, i.finished_at, NULL, NULL
           FROM import_jobs i
       ) j
       JOIN datasets d ON d.id = j.dataset_id
       LEFT JOIN users u ON u.id = j.created_by
       WHERE d.status = 'READY' OR (j.kind = 'IMPORT' AND (j.created_by = $2 OR $3))
       ORDER BY j.status IN ('QUEUED', 'RUNNING') DESC, j.created_at DESC
       LIMIT $1`,
      [Math.min(Math.max(limit, 1), 200), user.id, user.role === Role.ADMIN],
    )) as ActivityRow[];
    const now = Date.now();
    return rows.map((row) => {
      const started = row.started_at ? new Date(row.started_at).getTime() : null;
      const ended = row.finished_at ? new Date(row.finished_at).getTime() : row.status === 'RUNNING' ? now : null;
      return {
        id: row.id,
        kind: row.kind,
        datasetId: row.dataset_id,
        datasetName: row.dataset_name,
        status: row.status,
        progress: row.kind === JobKindEnum.IMPORT ? null : row.status === 'SUCCEEDED' ? 1 : Number(row.progress ?? 0),
        startedBy: row.started_by,
        createdAt: new Date(row.created_at),
        startedAt: row.started_at ? new Date(row.started_at) : null,
        finishedAt: row.finished_at ? new Date(row.finished_at) : null,
        durationSeconds: started !== null && ended !== null ? Math.max(0, (ended - started) / 1000) : null,
        outcome: row.outcome ? translateStored(row.outcome, locale) : summary(row, locale),
        cancellable: row.kind !== JobKindEnum.IMPORT && (row.status === 'QUEUED' || row.status === 'RUNNING'),
      };
    });
  }
}

function summary(row: ActivityRow, locale: Locale): string | null {
  if (row.status !== 'SUCCEEDED') return null;
  if (row.kind === JobKindEnum.TRAINING) return message('activity.trained', { count: row.models ?? 0 }, locale);
  if (row.kind === JobKindEnum.SEGMENTATION) return message('activity.segmented', { count: row.segments ?? 0 }, locale);
  return null;
}
