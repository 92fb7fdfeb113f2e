import { Field, ID, ObjectType } from 'type-graphql';
import { Language } from './language.js';
import { Role } from './role.js';

@ObjectType('User')
export class UserType {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => Role) role!: Role;
  @Field(() => Boolean, { description: 'A disabled user cannot sign in; their tokens stop working at once.' }) disabled!: boolean;
  @Field(() => Language) language!: Language;
  @Field(() => Boolean, { description: 'Signed in with a generated or reset password: must choose a new one before anything else.' })
  mustChangePassword!: boolean;
  @Field(() => Date, { nullable: true }) lastSignInAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'The last request made, to the minute.' }) lastActiveAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('AuthPayload')
export class AuthPayloadType {
  @Field(() => String) token!: string;
  @Field(() => UserType) user!: UserType;
  @Field(() => Boolean, { description: 'True after a generated or reset password: the client asks for a new one before anything else.' })
  mustChangePassword!: boolean;
}

@ObjectType('OneTimePassword', { description: 'A generated password, shown once; its owner must replace it at first sign-in.' })
export class OneTimePasswordType {
  @Field(() => UserType) user!: UserType;
  @Field(() => String) password!: string;
}

@ObjectType('RolePermission', { description: 'One thing people can do, and the roles allowed to do it (what the server checks).' })
export class RolePermissionType {
  @Field(() => String) key!: string;
  @Field(() => String) label!: string;
  @Field(() => [Role]) roles!: Role[];
}
