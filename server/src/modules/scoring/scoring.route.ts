import { Router, type Request, type Response, type NextFunction } from 'express';
import { badInput, forbidden, unauthenticated } from '../phrasing/user-errors.js';
import { csvCell } from '../../common/csv.js';
import type { Services } from '../../services.js';
import { bearerToken } from '../auth/bearer-token.js';
import { may } from '../auth/permissions.js';
import { AuditAction } from '../audit/audit-actions.js';
import { modelLabel } from '../audit/audit-format.js';
import { parseImportQuery } from '../datasets/import/import-options.js';
import { requestLocale } from '../phrasing/locale.js';
import type { ScoredRow } from './scored-rows.js';

/**
 * The scoring part of the HTTP contract (../shared/contract/http.md): POST a list to score
 * (the raw CSV body or one multipart file, streamed to a spool file, as an import), answered
 * 202 with the id to poll; GET the scored list as CSV, streamed page by page, formula-safe.
 */
/** The scored list's columns after the identifier (http.md, part "scoring"). */
const SCORED_LIST_COLUMNS = ['probability', 'decile', 'reason_1', 'reason_2', 'reason_3', 'in_target_group', 'segment'];

export function scoringRoutes({ services, state }: { services: Services; state: { readonly ready: boolean } }): Router {
  const router = Router();
  router.post('/models/:modelId/scorings', async (req: Request, res: Response, next: NextFunction) => {
    try {
      if (!state.ready)
        return void res
          .status(503)
          .json({ error: { code: 'UNAVAILABLE', message: 'The server is starting or stopping. Try again in a moment.' } });
      const user = await services.auth.verify(bearerToken(req.headers.authorization));
      if (!user) throw unauthenticated();
      if (!may(user.role, 'scoreList')) throw forbidden('error.scoring.rolesOnly');
      const { delimiter } = parseImportQuery(req.query as Record<string, unknown>, false);
      // The reasons are written in the sender's language (their account's, else their browser's).
      const locale = requestLocale(user.language, req.headers['accept-language']);
      const { scoringId, model } = await services.scorings.receiveUpload(req, String(req.params.modelId), user, { delimiter, locale });
      await services.audit.record(user, AuditAction.SCORE_LIST, { type: 'model', id: model.id, label: modelLabel(model) }, { scoringId });
      res.status(202).json({ scoringId });
    } catch (error) {
      // The body may be partly unread: stop reading it so the connection is not left hanging.
      req.unpipe();
      req.resume();
      next(error);
    }
  });

  router.get('/scorings/:scoringId/scores.csv', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const user = await services.auth.verify(bearerToken(req.headers.authorization));
      if (!user) throw unauthenticated();
      const top = parseTop(req.query.top);
      const scoring = await services.scorings.finished(String(req.params.scoringId));
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      const base =
        (scoring.fileName ?? 'list')
          .replace(/\.[^.]*$/, '')
          .replace(/[^\w.-]+/g, '-')
          .slice(0, 80) || 'list';
      res.setHeader('Content-Disposition', `attachment; filename="${base}-scored${top === undefined ? '' : `-top-${top}-percent`}.csv"`);
      res.write([scoring.identifier ?? 'row', ...SCORED_LIST_COLUMNS].map(csvCell).join(',') + '\r\n');
      for await (const page of services.scorings.fileOrderRows(scoring, top)) {
        if (!res.write(page.map(scoredLine).join('\r\n') + '\r\n')) await new Promise((r) => res.once('drain', r));
      }
      res.end();
    } catch (error) {
      if (res.headersSent) res.destroy(error as Error);
      else next(error);
    }
  });
  return router;
}

function parseTop(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const top = Number(value);
  if (typeof value !== 'string' || !Number.isInteger(top) || top < 1 || top > 100) throw badInput('error.scoring.top');
  return top;
}

/** One CSV line of the scored list (4 decimals, as the audience export writes probabilities). */
export function scoredLine(row: ScoredRow): string {
  return [
    csvCell(row.key),
    row.probability.toFixed(4),
    String(row.decile),
    csvCell(row.reasons[0]),
    csvCell(row.reasons[1]),
    csvCell(row.reasons[2]),
    row.inTargetGroup ? 'yes' : 'no',
    csvCell(row.segment),
  ].join(',');
}
