import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { AuthPayloadType, UserType } from './auth.types.js';

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayloadType)
  login(@Arg('email', () => String) email: string, @Arg('password', () => String) password: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.auth.login(email, password, ctx.ip);
  }

  @Authorized()
  @Query(() => UserType, { nullable: true })
  me(@Ctx() ctx: GraphQLContext) {
    return ctx.user && ctx.services.users.find(ctx.user.id);
  }
}
