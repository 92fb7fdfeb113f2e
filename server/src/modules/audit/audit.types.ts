import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AuditAction } from './audit-actions.js';

@ObjectType('AuditEvent', { description: 'One entry of the audit trail: who did what, to which object, and when.' })
export class AuditEventType {
  @Field(() => ID) id!: string;
  @Field(() => Date) at!: Date;
  @Field(() => ID, { nullable: true, description: 'Null for what the app did by itself.' }) actorId!: string | null;
  @Field(() => String, { nullable: true }) actorEmail!: string | null;
  @Field(() => AuditAction) action!: AuditAction;
  @Field(() => String, { description: 'The action in words.' }) actionLabel!: string;
  @Field(() => String) objectType!: string;
  @Field(() => String, { nullable: true }) objectId!: string | null;
  @Field(() => String, { nullable: true }) objectLabel!: string | null;
  @Field(() => String, { description: 'Further facts (role before and after, rows, file name) in words; empty when none.' })
  details!: string;
}

@ObjectType('AuditEventPage')
export class AuditEventPageType {
  @Field(() => Int) total!: number;
  @Field(() => [AuditEventType]) events!: AuditEventType[];
}

@InputType('AuditFilter')
export class AuditFilterInput {
  @Field(() => AuditAction, { nullable: true }) action?: AuditAction | null;
  @Field(() => ID, { nullable: true }) actorId?: string | null;
  @Field(() => String, { nullable: true }) objectType?: string | null;
  @Field(() => String, { nullable: true }) objectId?: string | null;
  @Field(() => Date, { nullable: true, description: 'From this moment on (inclusive).' }) from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Before this moment (exclusive).' }) to?: Date | null;
}
