import { RegionsResolver } from '../modules/regions/regions.resolver.js';
import { DateTimeResolver } from 'graphql-scalars';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { AccountResolver } from '../modules/auth/account.resolver.js';
import { ActivityResolver } from '../modules/activity/activity.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { UsersResolver } from '../modules/auth/users.resolver.js';
import { CustomerResolver } from '../modules/customers/customer.resolver.js';
import { DatasetResolver } from '../modules/datasets/dataset.resolver.js';
import { SegmentsResolver } from '../modules/segments/segments.resolver.js';
import { ModelResolver } from '../modules/training/model.resolver.js';
import { TrainingResolver } from '../modules/training/training.resolver.js';
import { TargetGroupResolver } from '../modules/target-groups/target-group.resolver.js';
import { ScoringResolver } from '../modules/scoring/scoring.resolver.js';
import { authChecker } from './context.js';
import './enums.js';

export const resolvers = [
  AuthResolver,
  UsersResolver,
  AccountResolver,
  AuditResolver,
  DatasetResolver,
  TrainingResolver,
  ModelResolver,
  TargetGroupResolver,
  SegmentsResolver,
  CustomerResolver,
  RegionsResolver,
  ActivityResolver,
  ScoringResolver,
] as const;

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    authMode: 'error',
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    validate: false,
  });
}
