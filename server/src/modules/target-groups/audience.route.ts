import { requestLocale } from '../phrasing/locale.js';
import { Router, type Request, type Response, type NextFunction } from 'express';
import { badInput, notFound, unauthenticated } from '../phrasing/user-errors.js';
import type { Services } from '../../services.js';
import { bearerToken } from '../auth/bearer-token.js';
import { AuditAction } from '../audit/audit-actions.js';
import { modelLabel } from '../audit/audit-format.js';
import type { RawCondition } from './conditions.js';

/**
 * GET /api/models/{id}/audience.csv — the customers of a target group for a campaign tool:
 * `?topN=3` for the described group, or `?conditions=<JSON>` for a user's edit of it.
 * Streamed page by page from the column store; spreadsheet formula injection neutralised.
 */
export function audienceRoutes({ services }: { services: Services }): Router {
  const router = Router();
  router.get('/models/:modelId/audience.csv', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const user = await services.auth.verify(bearerToken(req.headers.authorization));
      if (!user) throw unauthenticated();
      const model = await services.models.findById(String(req.params.modelId));
      if (!model) throw notFound('model');
      let conditions: RawCondition[];
      if (typeof req.query.conditions === 'string') {
        conditions = parseConditions(req.query.conditions);
      } else {
        const topN = Number(req.query.topN ?? 3);
        conditions = (
          await services.targetGroups.describe(model, { topN, locale: requestLocale(user.language, req.headers['accept-language']) })
        ).conditions.map((c) => ({
          feature: c.feature,
          min: c.min,
          max: c.max,
          levels: c.levels,
        }));
      }
      const locale = requestLocale(user.language, req.headers['accept-language']);
      const audience = await services.targetGroups.audience(model, conditions, locale);
      const edited = typeof req.query.conditions === 'string';
      await services.audit.record(
        user,
        AuditAction.EXPORT_AUDIENCE,
        { type: 'model', id: model.id, label: modelLabel(model) },
        {
          ...(edited ? { conditions: true } : { topN: Number(req.query.topN ?? 3) }),
          rows: audience.rows,
        },
      );
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="target-group-${model.algorithm.toLowerCase()}-v${model.version}.csv"`);
      // Written page by page from the column store; the event loop serves others between pages.
      for (const page of audience.pages()) {
        if (res.destroyed) return;
        if (!res.write(page + '\r\n')) await new Promise((r) => (res.once('drain', r), res.once('close', r)));
        else await new Promise((r) => setImmediate(r));
      }
      res.end();
    } catch (error) {
      if (res.headersSent) res.destroy(error as Error);
      else next(error);
    }
  });
  return router;
}

function parseConditions(text: string): RawCondition[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw badInput('error.conditions.unreadable');
  }
  if (!Array.isArray(parsed)) throw badInput('error.conditions.list');
  return parsed.map((c: { feature?: unknown; min?: unknown; max?: unknown; levels?: unknown }) => {
    if (typeof c.feature !== 'string') throw badInput('error.conditions.feature');
    const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
    const levels = Array.isArray(c.levels) ? c.levels.map(String) : null;
    return { feature: c.feature, min: num(c.min), max: num(c.max), levels };
  });
}
