import type { Role, User } from '../graphql/types';
import { translatedLabels } from '../i18n';

/**
 * The signed-in session as kept in localStorage, and when it runs out. The server's token is
 * a JWT; its `exp` claim (seconds since the epoch) tells when the server will stop accepting
 * it, so the client can return to the login page before a request fails.
 */
export interface StoredSession {
  token: string;
  user: User;
  /** Signed in with a one-time password: the app asks for a new one before anything else. */
  mustChangePassword?: boolean;
}

export const SESSION_KEY = 'campaign-profiler.session';

const ROLES: readonly Role[] = ['VIEWER', 'ANALYST', 'IMPORTER', 'ADMIN'];

/** Seconds of slack: a token this close to its end is treated as ended. */
const EXPIRY_MARGIN_MS = 5_000;

function decodeBase64Url(segment: string): string {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** When the token expires (ms since the epoch), or null when it has no readable `exp`. */
export function tokenExpiresAt(token: string): number | null {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) return null;
  try {
    const payload = JSON.parse(decodeBase64Url(parts[1])) as { exp?: unknown };
    return typeof payload.exp === 'number' && Number.isFinite(payload.exp) ? payload.exp * 1000 : null;
  } catch {
    return null;
  }
}

/**
 * Whether the token is past its end at `now`. A token without `exp` is not judged here: the
 * server still decides, and an UNAUTHENTICATED answer ends the session then.
 */
export function isTokenExpired(token: string, now: number = Date.now()): boolean {
  const expiresAt = tokenExpiresAt(token);
  return expiresAt !== null && expiresAt - EXPIRY_MARGIN_MS <= now;
}

/** Milliseconds until the session should end, or null when the token does not say. */
export function msUntilExpiry(token: string, now: number = Date.now()): number | null {
  const expiresAt = tokenExpiresAt(token);
  return expiresAt === null ? null : Math.max(0, expiresAt - EXPIRY_MARGIN_MS - now);
}

/** Reads a stored session, or null when absent, malformed or already expired. */
export function parseStoredSession(raw: string | null, now: number = Date.now()): StoredSession | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { token, user, mustChangePassword } = value as { token?: unknown; user?: Partial<User>; mustChangePassword?: unknown };
  if (typeof token !== 'string' || !token || !user || typeof user !== 'object') return null;
  if (typeof user.id !== 'string' || typeof user.email !== 'string' || !ROLES.includes(user.role as Role)) return null;
  if (isTokenExpired(token, now)) return null;
  return { token, user: { id: user.id, email: user.email, role: user.role as Role }, mustChangePassword: mustChangePassword === true };
}

/** Roles that may upload files (the server checks too; this only shapes the page). */
export function canImport(role: Role | undefined): boolean {
  return role === 'IMPORTER' || role === 'ADMIN';
}

/** Roles that may score a fresh list (permission scoreList; the server checks too). */
export function canScore(role: Role | undefined): boolean {
  return role === 'ANALYST' || role === 'IMPORTER' || role === 'ADMIN';
}

/** Roles that may change column settings. */
export function canEditColumns(role: Role | undefined): boolean {
  return role === 'ANALYST' || role === 'ADMIN';
}

/** Role names in the active language (getters, so each read follows a language switch). */
export const ROLE_LABELS: Record<Role, string> = translatedLabels('roles', ['VIEWER', 'ANALYST', 'IMPORTER', 'ADMIN']);

/** A safe place to return to after login: only this app's own paths, never another site. */
export function safeRedirect(target: unknown): string {
  if (typeof target !== 'string' || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/login')) return '/';
  return target;
}
