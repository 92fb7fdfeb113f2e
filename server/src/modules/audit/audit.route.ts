import { Router, type Request, type Response, type NextFunction } from 'express';
import { badInput, forbidden, unauthenticated } from '../phrasing/user-errors.js';
import type { Services } from '../../services.js';
import { bearerToken } from '../auth/bearer-token.js';
import { may } from '../auth/permissions.js';
import { csvCell } from '../../common/csv.js';
import { isUuid } from '../../common/ids.js';
import { AuditAction } from './audit-actions.js';
import { auditCsvCells, auditCsvHeader } from './audit-format.js';
import { requestLocale } from '../phrasing/locale.js';
import type { AuditFilter } from './audit.service.js';

/**
 * GET /api/audit.csv — the audit trail (ADMIN), newest first, with the Audit page's filters as
 * query parameters: action, actorId, objectType, objectId, from, to (ISO dates). Formula-safe.
 */
export function auditRoutes({ services }: { services: Services }): Router {
  const router = Router();
  router.get('/audit.csv', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const user = await services.auth.verify(bearerToken(req.headers.authorization));
      if (!user) throw unauthenticated();
      if (!may(user.role, 'readAudit')) throw forbidden('error.audit.adminsOnly');
      const filter = auditFilterFromQuery(req.query as Record<string, unknown>);
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="audit-${new Date().toISOString().slice(0, 10)}.csv"`);
      const locale = requestLocale(user.language, req.headers['accept-language']);
      res.write(auditCsvHeader(locale).map(csvCell).join(',') + '\r\n');
      for await (const events of services.audit.all(filter)) {
        const chunk = events.map((e) => auditCsvCells(e, locale).map(csvCell).join(',')).join('\r\n') + '\r\n';
        if (!res.write(chunk)) await new Promise((r) => res.once('drain', r));
      }
      res.end();
    } catch (error) {
      if (res.headersSent) res.destroy(error as Error);
      else next(error);
    }
  });
  return router;
}

export function auditFilterFromQuery(query: Record<string, unknown>): AuditFilter {
  const text = (key: string) => (typeof query[key] === 'string' && query[key] !== '' ? (query[key] as string) : null);
  const date = (key: string) => {
    const value = text(key);
    if (value === null) return null;
    const parsed = new Date(value);
    if (Number.isNaN(parsed.getTime())) throw badInput('error.notDate', { value });
    return parsed;
  };
  const action = text('action');
  if (action !== null && !(action in AuditAction)) throw badInput('error.notAuditAction', { value: action });
  const actorId = text('actorId');
  if (actorId !== null && !isUuid(actorId)) throw badInput('error.actorId');
  return {
    action: action as AuditAction | null,
    actorId,
    objectType: text('objectType'),
    objectId: text('objectId'),
    from: date('from'),
    to: date('to'),
  };
}
