import { createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import type { DataSource } from 'typeorm';
import { AppSettingEntity } from '../../database/app-setting.entity.js';
import { badInput, conflict, unauthenticated } from '../phrasing/user-errors.js';
import { hashPassword, randomPassword, verifyPassword } from './password.js';
import { isUuid } from '../../common/ids.js';
import { Role } from './role.js';
import { SessionEntity } from './session.entity.js';
import { revokeSessions } from './sessions.js';
import { UserEntity } from './user.entity.js';
import type { Language } from './language.js';
import { passwordProblem } from './password-rules.js';
import { LoginThrottle } from './login-throttle.js';

export interface SessionUser {
  id: string;
  email: string;
  role: Role;
  language: Language;
  /** Signed in with a generated or reset password: only choosing a new one is allowed. */
  mustChangePassword: boolean;
  /** The session the request's token belongs to. */
  sessionId?: string;
}

/** What the per-request session check reads of the user. */
type SessionRow = Pick<UserEntity, 'id' | 'email' | 'role' | 'language' | 'mustChangePassword' | 'lastActiveAt'>;

export const toSessionUser = (user: SessionRow, sessionId?: string): SessionUser => ({
  id: user.id,
  email: user.email,
  role: user.role,
  language: user.language,
  mustChangePassword: user.mustChangePassword,
  sessionId,
});

const EMAIL = /^[^\s@]+@[^\s@]+$/;
// Last-active times are written at most this often per user, not on every request.
const ACTIVE_WRITE_INTERVAL_MS = 60_000;

export class AuthService {
  private secret: string | undefined;
  private key: KeyObject | undefined;

  private readonly throttle: LoginThrottle;
  /** Checked against when the email is unknown, so both answers take the same time (no account discovery by timing). */
  private dummyHash: Promise<string> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: { tokenTtlSeconds: number; jwtSecret?: string; throttle?: LoginThrottle },
  ) {
    this.throttle = options.throttle ?? new LoginThrottle();
  }

  /**
   * The token-signing secret: JWT_SECRET when set, else generated once and kept in the
   * database, so nothing secret lives in the repository and restarts keep sessions valid.
   */
  async signingSecret(): Promise<string> {
    if (this.secret) return this.secret;
    if (this.options.jwtSecret) return (this.secret = this.options.jwtSecret);
    const repo = this.dataSource.getRepository(AppSettingEntity);
    await repo
      .createQueryBuilder()
      .insert()
      .values({ key: 'jwt_secret', value: randomBytes(48).toString('base64') })
      .orIgnore()
      .execute();
    this.secret = (await repo.findOneByOrFail({ key: 'jwt_secret' })).value;
    return this.secret;
  }

  /**
   * The secret as a key object, made once: given the text, jsonwebtoken would build a new key
   * object on every request (measured: the largest single cost of a cached read).
   */
  private async verifyingKey(): Promise<KeyObject> {
    return (this.key ??= createSecretKey(Buffer.from(await this.signingSecret(), 'utf8')));
  }

  /** `ip`: the client's address, for throttling per address (undefined: per account only). */
  async login(email: string, password: string, ip?: string): Promise<{ token: string; user: UserEntity; mustChangePassword: boolean }> {
    await this.throttle.check(email, ip);
    const users = this.dataSource.getRepository(UserEntity);
    const user = await users.findOneBy({ email: email.trim().toLowerCase() });
    // Same message, and the same scrypt work, whether the email or the password is wrong: no account discovery.
    const matches = await verifyPassword(password, user?.passwordHash ?? (await (this.dummyHash ??= hashPassword(randomPassword(24)))));
    if (!user || !matches) {
      await this.throttle.failed(email, ip);
      throw unauthenticated('error.badLogin');
    }
    await this.throttle.succeeded(email);
    if (user.disabled) throw unauthenticated('error.disabled');
    const token = await this.openSession(user);
    const now = new Date();
    await users.update(user.id, { lastSignInAt: now, lastActiveAt: now });
    return { token, user: Object.assign(user, { lastSignInAt: now, lastActiveAt: now }), mustChangePassword: user.mustChangePassword };
  }

  /** A new session row and the signed token naming it (`sid`): revoking the row ends the token. */
  private async openSession(user: UserEntity): Promise<string> {
    const expiresAt = new Date(Date.now() + this.options.tokenTtlSeconds * 1000);
    const sessions = this.dataSource.getRepository(SessionEntity);
    // Ended sessions are kept no longer than needed: each login clears the person's old ones.
    await sessions
      .createQueryBuilder()
      .delete()
      .where('user_id = :id AND (expires_at < now() OR revoked_at IS NOT NULL)', { id: user.id })
      .execute();
    const session = await sessions.save({ userId: user.id, expiresAt });
    return jwt.sign({ sub: user.id, sid: session.id }, await this.signingSecret(), {
      expiresIn: this.options.tokenTtlSeconds,
      algorithm: 'HS256',
    });
  }

  /**
   * The user a bearer token speaks for, or null when there is none, it is invalid or expired,
   * its session was ended (sign-out, password change) or the user is disabled. The user and
   * session are read on every request, so a change takes effect at the next one.
   * Routes leave `allowPendingPassword` off: a one-time password opens nothing but GraphQL's
   * `me` and `changePassword` (checked by the GraphQL auth checker).
   */
  async verify(token: string | undefined, options: { allowPendingPassword?: boolean } = {}): Promise<SessionUser | null> {
    return (await this.checkSession(token, options)).user;
  }

  /**
   * `verify`, plus the database's read generation as the same query saw it (null without a
   * session): the response cache needs both on every request, and on the embedded database
   * each round trip costs more than the reading itself.
   */
  async checkSession(
    token: string | undefined,
    options: { allowPendingPassword?: boolean } = {},
  ): Promise<{ user: SessionUser | null; readGeneration: string | null }> {
    const none = { user: null, readGeneration: null };
    if (!token) return none;
    let payload: jwt.JwtPayload;
    try {
      payload = jwt.verify(token, await this.verifyingKey(), { algorithms: ['HS256'] }) as jwt.JwtPayload;
    } catch {
      return none;
    }
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string' || !isUuid(payload.sid) || !isUuid(payload.sub)) return none;
    // Every request runs this: one plain query (TypeORM's query builder cost more CPU than the query itself).
    const [row] = (await this.dataSource.query(
      `SELECT u.id, u.email, u.role, u.language, u.must_change_password AS "mustChangePassword", u.last_active_at AS "lastActiveAt",
              (SELECT last_value FROM read_generation)::text AS "readGeneration"
         FROM users u JOIN sessions s ON s.user_id = u.id
        WHERE s.id = $1 AND u.id = $2 AND s.revoked_at IS NULL AND s.expires_at > now() AND NOT u.disabled`,
      [payload.sid, payload.sub],
    )) as (SessionRow & { readGeneration: string })[];
    if (!row || (row.mustChangePassword && !options.allowPendingPassword)) return none;
    this.noteActivity(row);
    return { user: toSessionUser(row, payload.sid), readGeneration: row.readGeneration };
  }

  /** Keeps "last active" for the Users page, written at most once a minute per user; a failed write only loses that time. */
  private noteActivity(user: Pick<UserEntity, 'id' | 'lastActiveAt'>): void {
    if (user.lastActiveAt && Date.now() - user.lastActiveAt.getTime() < ACTIVE_WRITE_INTERVAL_MS) return;
    this.dataSource
      .getRepository(UserEntity)
      .update(user.id, { lastActiveAt: new Date() })
      .catch(() => undefined);
  }

  /** Ends this session only (sign out). */
  async signOut(sessionId: string): Promise<boolean> {
    await this.dataSource.getRepository(SessionEntity).update({ id: sessionId }, { revokedAt: new Date() });
    return true;
  }

  /** Ends every session of the user, this one included (sign out everywhere). */
  async signOutEverywhere(userId: string): Promise<boolean> {
    await revokeSessions(this.dataSource.manager, userId);
    return true;
  }

  /** A new user; `oneTime` makes the password one they must replace at their first sign-in. */
  async createUser(email: string, password: string, role: Role, options: { oneTime?: boolean } = {}): Promise<UserEntity> {
    const normalized = email.trim().toLowerCase();
    if (!EMAIL.test(normalized)) throw badInput('error.notEmail', { email: email.trim() });
    const problem = passwordProblem(password, normalized);
    if (problem) throw badInput(problem.key, problem.params);
    const repo = this.dataSource.getRepository(UserEntity);
    if (await repo.existsBy({ email: normalized })) throw conflict('error.emailTaken', { email: normalized });
    return repo.save(
      repo.create({ email: normalized, passwordHash: await hashPassword(password), role, mustChangePassword: options.oneTime ?? false }),
    );
  }

  /**
   * The first administrator, when no user exists yet: from ADMIN_EMAIL/ADMIN_PASSWORD, or
   * with a random password that is returned so the caller can print it once.
   */
  async ensureFirstAdmin(email: string, password: string | undefined): Promise<{ email: string; password?: string } | null> {
    if ((await this.dataSource.getRepository(UserEntity).count()) > 0) return null;
    const chosen = password ?? randomPassword();
    // Not held to the password rules: the operator chose ADMIN_PASSWORD (or it is random).
    const repo = this.dataSource.getRepository(UserEntity);
    await repo.save(repo.create({ email: email.trim().toLowerCase(), passwordHash: await hashPassword(chosen), role: Role.ADMIN }));
    return { email, password: password ? undefined : chosen };
  }
}
