import { AdminOnly } from '@curbside/auth';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { AuditEvent, AuditEventConnection } from './audit-event.model.js';
import { AuditService } from './audit.service.js';

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @AdminOnly()
  @Query(() => AuditEventConnection)
  auditLog(
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<AuditEventConnection> {
    return this.audit.page(first, after);
  }
}
