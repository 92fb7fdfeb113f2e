import type { AuthChecker } from 'type-graphql';
import { forbidden, unauthenticated } from '../modules/phrasing/user-errors.js';
import type { SessionUser } from '../modules/auth/auth.service.js';
import { roleAllows, type Role } from '../modules/auth/role.js';
import type { Locale } from '../modules/phrasing/locale.js';
import type { Services } from '../services.js';

export interface GraphQLContext {
  user: SessionUser | null;
  services: Services;
  /** The client's address (X-Forwarded-For only from a trusted proxy), for sign-in throttling. */
  ip?: string;
  /** The language every text of this request is written in: the user's, else Accept-Language's, else English. */
  locale?: Locale;
  /** Set by the response cache for a cacheable query it could not answer (graphql/response-cache.ts). */
  responseCacheSlot?: CacheSlot;
}

/** Where the response cache keeps a query's answer once Apollo has made it. */
export interface CacheSlot {
  key: string;
  /** Store the answer (the read generation had been quiet long enough when the request began). */
  store: boolean;
}

const PENDING_PASSWORD_FIELDS = new Set(['me', 'changePassword', 'signOut', 'signOutEverywhere']);

/** `@Authorized()` = any signed-in user; `@Authorized(Role.X, ...)` = those roles (ADMIN always). */
export const authChecker: AuthChecker<GraphQLContext, Role> = ({ context, info }, roles) => {
  if (!context.user) throw unauthenticated();
  // After a generated or reset password, nothing but choosing a new one (or leaving) is allowed.
  if (context.user.mustChangePassword && !PENDING_PASSWORD_FIELDS.has(info.fieldName)) throw forbidden('error.newPassword');
  if (!roleAllows(context.user.role, roles)) throw forbidden();
  return true;
};

export function requireUser(context: GraphQLContext): SessionUser {
  if (!context.user) throw unauthenticated();
  return context.user;
}
