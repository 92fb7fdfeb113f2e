import { describe, expect, it } from 'vitest';
import {
  canEditColumns,
  canImport,
  isTokenExpired,
  msUntilExpiry,
  parseStoredSession,
  safeRedirect,
  tokenExpiresAt,
} from '../../../client/src/utils/session';

function base64Url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A token shaped like the server's (HS256 JWT); the signature is never checked client-side. */
function jwt(payload: Record<string, unknown>): string {
  return `${base64Url('{"alg":"HS256","typ":"JWT"}')}.${base64Url(JSON.stringify(payload))}.c2lnbmF0dXJl`;
}

const NOW = Date.UTC(2025, 2, 10, 12, 0, 0);
const user = { id: '1', email: 'ana@example.com', role: 'ANALYST' };

describe('token expiry', () => {
  it('reads exp (seconds) as milliseconds, including non-ASCII claims', () => {
    const exp = NOW / 1000 + 3600;
    expect(tokenExpiresAt(jwt({ sub: '1', email: 'zoë@example.com', exp }))).toBe(exp * 1000);
  });

  it('is null for tokens without a readable exp', () => {
    expect(tokenExpiresAt(jwt({ sub: '1' }))).toBeNull();
    expect(tokenExpiresAt('not-a-jwt')).toBeNull();
    expect(tokenExpiresAt('a.!!!.c')).toBeNull();
  });

  it('treats a token as expired a few seconds before its end', () => {
    expect(isTokenExpired(jwt({ exp: NOW / 1000 + 3600 }), NOW)).toBe(false);
    expect(isTokenExpired(jwt({ exp: NOW / 1000 - 1 }), NOW)).toBe(true);
    expect(isTokenExpired(jwt({ exp: NOW / 1000 + 2 }), NOW)).toBe(true);
    // No exp: the server decides, so the client does not end the session by itself.
    expect(isTokenExpired(jwt({ sub: '1' }), NOW)).toBe(false);
  });

  it('tells how long until the session should end', () => {
    expect(msUntilExpiry(jwt({ exp: NOW / 1000 + 60 }), NOW)).toBe(55_000);
    expect(msUntilExpiry(jwt({ exp: NOW / 1000 - 60 }), NOW)).toBe(0);
    expect(msUntilExpiry(jwt({}), NOW)).toBeNull();
  });
});

describe('parseStoredSession', () => {
  const token = jwt({ exp: NOW / 1000 + 3600 });

  it('restores a valid session', () => {
    expect(parseStoredSession(JSON.stringify({ token, user }), NOW)).toEqual({ token, user, mustChangePassword: false });
  });

  it('keeps the one-time-password flag so a reload still asks for a new password', () => {
    expect(parseStoredSession(JSON.stringify({ token, user, mustChangePassword: true }), NOW)?.mustChangePassword).toBe(true);
    expect(parseStoredSession(JSON.stringify({ token, user, mustChangePassword: 'yes' }), NOW)?.mustChangePassword).toBe(false);
  });

  it('drops expired, malformed or tampered sessions', () => {
    expect(parseStoredSession(JSON.stringify({ token: jwt({ exp: NOW / 1000 - 10 }), user }), NOW)).toBeNull();
    expect(parseStoredSession('{not json', NOW)).toBeNull();
    expect(parseStoredSession(null, NOW)).toBeNull();
    expect(parseStoredSession(JSON.stringify({ token, user: { ...user, role: 'SUPERUSER' } }), NOW)).toBeNull();
    expect(parseStoredSession(JSON.stringify({ token: '', user }), NOW)).toBeNull();
    expect(parseStoredSession(JSON.stringify({ user }), NOW)).toBeNull();
  });

  it('keeps only the known user fields', () => {
    const restored = parseStoredSession(JSON.stringify({ token, user: { ...user, isAdmin: true } }), NOW);
    expect(restored?.user).toEqual(user);
  });
});

describe('roles and redirects', () => {
  it('lets importers and admins upload, analysts and admins edit columns', () => {
    expect(['VIEWER', 'ANALYST', 'IMPORTER', 'ADMIN'].filter((role) => canImport(role as never))).toEqual(['IMPORTER', 'ADMIN']);
    expect(['VIEWER', 'ANALYST', 'IMPORTER', 'ADMIN'].filter((role) => canEditColumns(role as never))).toEqual(['ANALYST', 'ADMIN']);
    expect(canImport(undefined)).toBe(false);
  });

  it('only redirects within the app after login', () => {
    expect(safeRedirect('/data?dataset=3')).toBe('/data?dataset=3');
    expect(safeRedirect('//evil.example.com')).toBe('/');
    expect(safeRedirect('https://evil.example.com')).toBe('/');
    expect(safeRedirect('/login?redirect=/x')).toBe('/');
    expect(safeRedirect(['/data'])).toBe('/');
    expect(safeRedirect(undefined)).toBe('/');
  });
});
