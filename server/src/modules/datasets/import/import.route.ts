import { Router, type Request, type Response, type NextFunction } from 'express';
import { forbidden, unauthenticated } from '../../phrasing/user-errors.js';
import { bearerToken } from '../../auth/bearer-token.js';
import { may } from '../../auth/permissions.js';
import { AuditAction } from '../../audit/audit-actions.js';
import type { Services } from '../../../services.js';
import { parseImportQuery } from './import-options.js';

/**
 * The HTTP import endpoints of the contract (../shared/contract/http.md): the CSV is the raw
 * request body (or one multipart file field), streamed to a spool file, then processed in
 * the background; the answer is 202 with the ids to poll.
 */
/** `state` is the app's (app.ts): uploads are refused while the server starts or stops. */
export function importRoutes({ services, state }: { services: Services; state: { readonly ready: boolean } }): Router {
  const router = Router();
  const handle = (createsDataset: boolean) => async (req: Request, res: Response, next: NextFunction) => {
    try {
      if (!state.ready)
        return void res
          .status(503)
          .json({ error: { code: 'UNAVAILABLE', message: 'The server is starting or stopping. Try again in a moment.' } });
      const user = await services.auth.verify(bearerToken(req.headers.authorization));
      if (!user) throw unauthenticated();
      if (!may(user.role, 'import')) throw forbidden('error.import.importersOnly');
      const options = parseImportQuery(req.query as Record<string, unknown>, createsDataset);
      const datasetId = createsDataset ? undefined : String(req.params.datasetId);
      const result = await services.imports.receiveUpload(req, { datasetId, options, user });
      await services.audit.recordDataset(user, createsDataset ? AuditAction.IMPORT : AuditAction.APPEND, result.datasetId, {
        importId: result.importId,
      });
      res.status(202).json(result);
    } catch (error) {
      // The body may be partly unread: stop reading it so the connection is not left hanging.
      req.unpipe();
      req.resume();
      next(error);
    }
  };
  router.post('/datasets', handle(true));
  router.post('/datasets/:datasetId/imports', handle(false));
  return router;
}
