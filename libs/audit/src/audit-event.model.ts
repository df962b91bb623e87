import { PageInfo } from '@curbside/core';
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'One recorded action (who did what to which thing, when). It holds no free text. Administrators only.',
})
export class AuditEvent {
  @Field(() => ID, { description: 'Event id (UUID).' })
  id!: string;

  /** Resolved by the clinicians library (`actor` field); kept here as an id only. */
  actorId!: string | null;

  @Field({ description: 'e.g. LICENSE_APPROVED, CASE_CREATED, CASE_VIEWED, LOGIN_FAILED' })
  action!: string;

  @Field(() => String, {
    nullable: true,
    description: 'What kind of thing was acted on (e.g. License, Case), if any.',
  })
  targetType!: string | null;

  @Field(() => ID, { nullable: true, description: 'The id of the thing acted on, if any.' })
  targetId!: string | null;

  @Field({ description: 'When it happened (ISO 8601, UTC).' })
  at!: Date;
}

@ObjectType({ description: 'One event in a page of the audit log.' })
export class AuditEventEdge {
  @Field(() => AuditEvent, { description: 'The event.' })
  node!: AuditEvent;

  @Field({ description: 'Opaque position of this event; pass it as `after` to continue after it.' })
  cursor!: string;
}

@ObjectType({ description: 'A page of the audit log, newest first.' })
export class AuditEventConnection {
  @Field(() => [AuditEventEdge], { description: 'The events on this page.' })
  edges!: AuditEventEdge[];

  @Field(() => PageInfo, { description: 'Whether more events follow, and the cursor to get them.' })
  pageInfo!: PageInfo;
}
