import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireUser, type GraphQLContext } from '../../graphql/context.js';
import { AuditAction } from '../audit/audit-actions.js';
import { OneTimePasswordType, RolePermissionType, UserType } from './auth.types.js';
import { randomPassword } from './password.js';
import { PERMISSIONS, rolesFor } from './permissions.js';
import { Role } from './role.js';
import { message } from '../phrasing/catalogue.js';

/** Administrators manage people: list, add, change role, disable, reset a password. */
@Resolver()
export class UsersResolver {
  @Authorized(...rolesFor('manageUsers'))
  @Query(() => [UserType])
  users(@Ctx() ctx: GraphQLContext) {
    return ctx.services.users.list();
  }

  @Authorized()
  @Query(() => [RolePermissionType], { description: 'What each role may do: the same table the server checks.' })
  rolePermissions(@Ctx() ctx: GraphQLContext): RolePermissionType[] {
    return PERMISSIONS.map((p) => ({
      key: p.key,
      label: message('permission.label', { permission: p.key }, ctx.locale ?? 'en'),
      roles: [...p.roles],
    }));
  }

  @Authorized(...rolesFor('manageUsers'))
  @Mutation(() => UserType, {
    description: 'Adds a person with a password typed by the administrator; oneTime: they must change it at first sign-in.',
  })
  async createUser(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Arg('role', () => Role) role: Role,
    @Arg('oneTime', () => Boolean, { nullable: true, defaultValue: false }) oneTime: boolean,
    @Ctx() ctx: GraphQLContext,
  ) {
    const user = await ctx.services.auth.createUser(email, password, role, { oneTime });
    await ctx.services.audit.record(
      requireUser(ctx),
      AuditAction.CREATE_USER,
      { type: 'user', id: user.id, label: user.email },
      { role, oneTime },
    );
    return user;
  }

  @Authorized(...rolesFor('manageUsers'))
  @Mutation(() => OneTimePasswordType, { description: 'Adds a person with a generated one-time password, returned once.' })
  async createUserWithOneTimePassword(
    @Arg('email', () => String) email: string,
    @Arg('role', () => Role) role: Role,
    @Ctx() ctx: GraphQLContext,
  ) {
    const password = randomPassword();
    const user = await ctx.services.auth.createUser(email, password, role, { oneTime: true });
    await ctx.services.audit.record(
      requireUser(ctx),
      AuditAction.CREATE_USER,
      { type: 'user', id: user.id, label: user.email },
      { role, oneTime: true },
    );
    return { user, password };
  }

  @Authorized(...rolesFor('manageUsers'))
  @Mutation(() => UserType, { description: 'Changes a role, or disables (ending their sessions at once) or enables someone.' })
  async updateUser(
    @Arg('id', () => ID) id: string,
    @Arg('role', () => Role, { nullable: true }) role: Role | null,
    @Arg('disabled', () => Boolean, { nullable: true }) disabled: boolean | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const { before, after } = await ctx.services.users.update(id, { role, disabled });
    const details: Record<string, string | boolean> = {};
    if (before.role !== after.role) Object.assign(details, { roleBefore: before.role, role: after.role });
    if (before.disabled !== after.disabled) details.disabled = after.disabled;
    if (Object.keys(details).length > 0) {
      await ctx.services.audit.record(
        requireUser(ctx),
        AuditAction.UPDATE_USER,
        { type: 'user', id: after.id, label: after.email },
        details,
      );
    }
    return after;
  }

  @Authorized(...rolesFor('manageUsers'))
  @Mutation(() => OneTimePasswordType, { description: 'A new generated one-time password, returned once; the person’s sessions end.' })
  async resetPassword(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    const result = await ctx.services.users.resetPassword(id);
    await ctx.services.audit.record(requireUser(ctx), AuditAction.RESET_PASSWORD, {
      type: 'user',
      id: result.user.id,
      label: result.user.email,
    });
    return result;
  }
}
