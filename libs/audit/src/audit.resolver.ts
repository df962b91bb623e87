import { AdminOnly, Ctx } from '@curbside/auth';
import { RequestContext } from '@curbside/core';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { AuditEvent, AuditEventConnection } from './audit-event.model.js';
import { AuditLogFilter } from './audit-log-filter.input.js';
import { AuditService } from './audit.service.js';

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @AdminOnly()
  @Query(() => AuditEventConnection, { description: 'The audit log, newest first. Administrators only.' })
  auditLog(
    @Args('first', {
      type: () => Int,
      nullable: true,
      defaultValue: 50,
      description: 'Page size, 1 to 100 (default 50).',
    })
    first: number,
    @Args('after', {
      type: () => String,
      nullable: true,
      description: "Cursor from a previous page's pageInfo.endCursor.",
    })
    after?: string | null,
    @Args('filter', {
      type: () => AuditLogFilter,
      nullable: true,
      description: 'Only events matching every field given.',
    })
    filter?: AuditLogFilter,
  ): Promise<AuditEventConnection> {
    return this.audit.page(first, after, filter);
  }

  @AdminOnly()
  @Query(() => String, {
    description:
      'The filtered audit log as CSV (time, action, actor id, target type, target id), newest first, at most 10,000 rows',
  })
  auditLogCsv(
    @Ctx() ctx: RequestContext,
    @Args('filter', {
      type: () => AuditLogFilter,
      nullable: true,
      description: 'Only events matching every field given.',
    })
    filter?: AuditLogFilter,
  ): Promise<string> {
    return this.audit.exportCsv(ctx, filter);
  }
}
