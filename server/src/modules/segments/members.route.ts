import { requestLocale } from '../phrasing/locale.js';
import { Router, type Request, type Response, type NextFunction } from 'express';
import { conflict, notFound, unauthenticated } from '../phrasing/user-errors.js';
import type { Services } from '../../services.js';
import { bearerToken } from '../auth/bearer-token.js';
import { AuditAction } from '../audit/audit-actions.js';
import { membershipCsvLines } from './membership-csv.js';

/**
 * GET /api/segmentations/{id}/members.csv — who is in which segment: the dataset's identifier
 * (or row number), segment index (-1 = noise) and segment name. Streamed page by page;
 * spreadsheet formula injection neutralised.
 */
export function segmentMembersRoutes({ services }: { services: Services }): Router {
  const router = Router();
  router.get('/segmentations/:id/members.csv', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const user = await services.auth.verify(bearerToken(req.headers.authorization));
      if (!user) throw unauthenticated();
      const segmentation = await services.segments.members(String(req.params.id));
      if (!segmentation) throw notFound('segmentation');
      if (segmentation.status !== 'SUCCEEDED' || !segmentation.members) throw conflict('error.segmentation.unfinished');
      const dataset = await services.datasets.find(segmentation.datasetId);
      if (!dataset) throw notFound('dataset');
      await services.audit.record(user, AuditAction.EXPORT_MEMBERS, { type: 'segmentation', id: segmentation.id, label: dataset.name });
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="segments-${segmentation.createdAt.toISOString().slice(0, 10)}-${segmentation.id.slice(0, 8)}.csv"`,
      );
      for await (const chunk of membershipCsvLines(
        services.segments.dataSource,
        dataset,
        segmentation,
        requestLocale(user.language, req.headers['accept-language']),
      )) {
        if (!res.write(chunk + '\r\n')) await new Promise((r) => res.once('drain', r));
      }
      res.end();
    } catch (error) {
      if (res.headersSent) res.destroy(error as Error);
      else next(error);
    }
  });
  return router;
}
