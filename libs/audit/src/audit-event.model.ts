import { PageInfo } from '@curbside/core';
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class AuditEvent {
  @Field(() => ID)
  id!: string;

  /** Resolved by the clinicians library (`actor` field); kept here as an id only. */
  actorId!: string | null;

  @Field({ description: 'e.g. LICENSE_APPROVED, CASE_CREATED, CASE_VIEWED, LOGIN_FAILED' })
  action!: string;

  @Field(() => String, { nullable: true })
  targetType!: string | null;

  @Field(() => ID, { nullable: true })
  targetId!: string | null;

  @Field()
  at!: Date;
}

@ObjectType()
export class AuditEventEdge {
  @Field(() => AuditEvent)
  node!: AuditEvent;

  @Field()
  cursor!: string;
}

@ObjectType()
export class AuditEventConnection {
  @Field(() => [AuditEventEdge])
  edges!: AuditEventEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
