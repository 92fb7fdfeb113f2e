import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { requireUser, type GraphQLContext } from '../../graphql/context.js';
import { AuditAction } from '../audit/audit-actions.js';
import { UserType } from './auth.types.js';
import { Language } from './language.js';

/** What everyone does for themselves: password, language, signing out. */
@Resolver()
export class AccountResolver {
  @Authorized()
  @Mutation(() => Boolean, { description: 'The current password is required; every other session of yours ends.' })
  async changePassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    const user = requireUser(ctx);
    await ctx.services.users.changePassword(user.id, user.sessionId, currentPassword, newPassword);
    await ctx.services.audit.record(user, AuditAction.CHANGE_PASSWORD, { type: 'user', id: user.id, label: user.email });
    return true;
  }

  @Authorized()
  @Mutation(() => UserType, { description: 'Sets the signed-in user’s language for every text the server writes for them.' })
  updateMe(@Arg('language', () => Language) language: Language, @Ctx() ctx: GraphQLContext) {
    return ctx.services.users.setLanguage(requireUser(ctx).id, language);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends this session: its token stops working.' })
  signOut(@Ctx() ctx: GraphQLContext) {
    const user = requireUser(ctx);
    return user.sessionId ? ctx.services.auth.signOut(user.sessionId) : true;
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Ends every session of yours, on every device, this one included.' })
  async signOutEverywhere(@Ctx() ctx: GraphQLContext) {
    const user = requireUser(ctx);
    await ctx.services.auth.signOutEverywhere(user.id);
    await ctx.services.audit.record(user, AuditAction.SIGN_OUT_EVERYWHERE, { type: 'user', id: user.id, label: user.email });
    return true;
  }
}
