import { IsNull, Not, type EntityManager } from 'typeorm';
import { SessionEntity } from './session.entity.js';

/**
 * Ends a user's sessions at once (their tokens are refused on the next request), all of them
 * or all but one (a password change keeps the session that made it).
 */
export async function revokeSessions(manager: EntityManager, userId: string, exceptSessionId?: string): Promise<number> {
  const result = await manager
    .getRepository(SessionEntity)
    .update({ userId, revokedAt: IsNull(), ...(exceptSessionId ? { id: Not(exceptSessionId) } : {}) }, { revokedAt: new Date() });
  return result.affected ?? 0;
}
