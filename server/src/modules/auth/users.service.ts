import type { DataSource, EntityManager } from 'typeorm';
import { badInput, conflict, notFound, unauthenticated } from '../phrasing/user-errors.js';
import { isUuid } from '../../common/ids.js';
import type { Language } from './language.js';
import { hashPassword, randomPassword, verifyPassword } from './password.js';
import { passwordProblem } from './password-rules.js';
import { Role } from './role.js';
import { revokeSessions } from './sessions.js';
import { UserEntity } from './user.entity.js';

export interface UserChange {
  role?: Role | null;
  disabled?: boolean | null;
}

/** People managed by administrators, and each person's own password and language. */
export class UserService {
  constructor(private readonly dataSource: DataSource) {}

  list(): Promise<UserEntity[]> {
    return this.dataSource.getRepository(UserEntity).find({ order: { createdAt: 'ASC', email: 'ASC' } });
  }

  async find(id: string): Promise<UserEntity | null> {
    return isUuid(id) ? this.dataSource.getRepository(UserEntity).findOneBy({ id }) : null;
  }

  /**
   * Changes a role or disables/enables someone. Disabling ends their sessions at once. The last
   * active administrator can be neither demoted nor disabled (checked under a lock, so two
   * administrators demoting each other at the same moment cannot both succeed).
   */
  async update(id: string, change: UserChange): Promise<{ before: UserEntity; after: UserEntity }> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.lockedUser(manager, id);
      const before = { ...user };
      const role = change.role ?? user.role;
      const disabled = change.disabled ?? user.disabled;
      const losesAdmin = user.role === Role.ADMIN && !user.disabled && (role !== Role.ADMIN || disabled);
      if (losesAdmin) {
        const admins: { id: string }[] = await manager.query(`SELECT id FROM users WHERE role = 'ADMIN' AND NOT disabled FOR UPDATE`);
        if (admins.filter((a) => a.id !== user.id).length === 0) {
          throw conflict('error.lastAdmin', { email: user.email });
        }
      }
      await manager.getRepository(UserEntity).update(user.id, { role, disabled });
      if (disabled && !user.disabled) await revokeSessions(manager, user.id);
      return { before, after: Object.assign(user, { role, disabled }) };
    });
  }

  /** A new generated one-time password for someone; their sessions end. Returned to be shown once. */
  async resetPassword(id: string): Promise<{ user: UserEntity; password: string }> {
    const password = randomPassword();
    const passwordHash = await hashPassword(password);
    const user = await this.dataSource.transaction(async (manager) => {
      const found = await this.lockedUser(manager, id);
      await manager.getRepository(UserEntity).update(found.id, { passwordHash, mustChangePassword: true });
      await revokeSessions(manager, found.id);
      return Object.assign(found, { mustChangePassword: true });
    });
    return { user, password };
  }

  /**
   * Someone changes their own password: the current one is required, the new one must follow
   * the rules and differ from it. Every other session of theirs ends; this one goes on.
   */
  async changePassword(userId: string, sessionId: string | undefined, currentPassword: string, newPassword: string): Promise<void> {
    const repo = this.dataSource.getRepository(UserEntity);
    const user = await repo.findOneBy({ id: userId });
    if (!user) throw unauthenticated();
    if (!(await verifyPassword(currentPassword, user.passwordHash))) throw badInput('error.currentPassword');
    const problem = passwordProblem(newPassword, user.email);
    if (problem) throw badInput(problem.key, problem.params);
    if (newPassword === currentPassword) throw badInput('error.samePassword');
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(UserEntity).update(user.id, { passwordHash, mustChangePassword: false });
      await revokeSessions(manager, user.id, sessionId);
    });
  }

  async setLanguage(userId: string, language: Language): Promise<UserEntity> {
    const repo = this.dataSource.getRepository(UserEntity);
    await repo.update(userId, { language });
    return repo.findOneByOrFail({ id: userId });
  }

  private async lockedUser(manager: EntityManager, id: string): Promise<UserEntity> {
    const user = isUuid(id)
      ? await manager.getRepository(UserEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!user) throw notFound('user');
    return user;
  }
}
