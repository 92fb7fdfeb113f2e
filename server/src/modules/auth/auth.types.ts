import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from './role.js';

@ObjectType('User')
export class UserType {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => Role) role!: Role;
}

@ObjectType('AuthPayload')
export class AuthPayloadType {
  @Field(() => String) token!: string;
  @Field(() => UserType) user!: UserType;
}
