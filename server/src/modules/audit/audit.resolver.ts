import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { badInput } from '../phrasing/user-errors.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { rolesFor } from '../auth/permissions.js';
import { isUuid } from '../../common/ids.js';
import { toAuditEventType } from './audit-format.js';
import { AuditEventPageType, AuditFilterInput } from './audit.types.js';

const MAX_PAGE = 500;

/** The audit trail, read-only: there is no mutation that changes it. */
@Resolver()
export class AuditResolver {
  @Authorized(...rolesFor('readAudit'))
  @Query(() => AuditEventPageType, { description: 'The audit trail, newest first.' })
  async auditEvents(
    @Arg('filter', () => AuditFilterInput, { nullable: true }) filter: AuditFilterInput | null,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 100 }) limit: number,
    @Arg('offset', () => Int, { nullable: true, defaultValue: 0 }) offset: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AuditEventPageType> {
    if (limit < 1 || limit > MAX_PAGE) throw badInput('error.entriesPage', { max: MAX_PAGE });
    if (offset < 0) throw badInput('error.negativeOffset');
    if (filter?.actorId && !isUuid(filter.actorId)) return { total: 0, events: [] };
    const { total, events } = await ctx.services.audit.list(filter ?? {}, { limit, offset });
    return { total, events: events.map((e) => toAuditEventType(e, ctx.locale ?? 'en')) };
  }
}
