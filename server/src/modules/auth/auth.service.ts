import { randomBytes } from 'node:crypto';
import jwt from 'jsonwebtoken';
import type { DataSource } from 'typeorm';
import { AppSettingEntity } from '../../database/app-setting.entity.js';
import { badInput, conflict, unauthenticated } from '../../common/errors.js';
import { hashPassword, randomPassword, verifyPassword } from './password.js';
import { isRole, Role } from './role.js';
import { UserEntity } from './user.entity.js';

export interface SessionUser {
  id: string;
  email: string;
  role: Role;
}

const EMAIL = /^[^\s@]+@[^\s@]+$/;
const MIN_PASSWORD = 8;

export class AuthService {
  private secret: string | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: { tokenTtlSeconds: number; jwtSecret?: string },
  ) {}

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

  async login(email: string, password: string): Promise<{ token: string; user: SessionUser }> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email: email.trim().toLowerCase() });
    // Same message whether the email or the password is wrong: no account discovery.
    if (!user || !(await verifyPassword(password, user.passwordHash))) throw unauthenticated('Email or password is not right.');
    const session = { id: user.id, email: user.email, role: user.role };
    const token = jwt.sign({ sub: user.id, email: user.email, role: user.role }, await this.signingSecret(), {
      expiresIn: this.options.tokenTtlSeconds,
      algorithm: 'HS256',
    });
    return { token, user: session };
  }

  /** The user a bearer token speaks for, or null when there is none or it is invalid or expired. */
  async verify(token: string | undefined): Promise<SessionUser | null> {
    if (!token) return null;
    try {
      const payload = jwt.verify(token, await this.signingSecret(), { algorithms: ['HS256'] }) as jwt.JwtPayload;
      if (typeof payload.sub !== 'string' || !isRole(payload.role)) return null;
      // The role is read again so a demoted or deleted user loses access at once.
      const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: payload.sub });
      return user ? { id: user.id, email: user.email, role: user.role } : null;
    } catch {
      return null;
    }
  }

  async createUser(email: string, password: string, role: Role): Promise<SessionUser> {
    const normalized = email.trim().toLowerCase();
    if (!EMAIL.test(normalized)) throw badInput(`"${email}" is not an email address.`);
    if (password.length < MIN_PASSWORD) throw badInput(`A password needs at least ${MIN_PASSWORD} characters.`);
    const repo = this.dataSource.getRepository(UserEntity);
    if (await repo.existsBy({ email: normalized })) throw conflict(`A user with the email ${normalized} already exists.`);
    const user = await repo.save(repo.create({ email: normalized, passwordHash: await hashPassword(password), role }));
    return { id: user.id, email: user.email, role: user.role };
  }

  async listUsers(): Promise<SessionUser[]> {
    const users = await this.dataSource.getRepository(UserEntity).find({ order: { createdAt: 'ASC' } });
    return users.map((u) => ({ id: u.id, email: u.email, role: u.role }));
  }

  /**
   * The first administrator, when no user exists yet: from ADMIN_EMAIL/ADMIN_PASSWORD, or
   * with a random password that is returned so the caller can print it once.
   */
  async ensureFirstAdmin(email: string, password: string | undefined): Promise<{ email: string; password?: string } | null> {
    if ((await this.dataSource.getRepository(UserEntity).count()) > 0) return null;
    const chosen = password ?? randomPassword();
    await this.createUser(email, chosen, Role.ADMIN);
    return { email, password: password ? undefined : chosen };
  }
}
