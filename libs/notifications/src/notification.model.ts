import { PageInfo } from '@curbside/core';
import { Field, ID, ObjectType } from '@nestjs/graphql';

/**
 * A notification for the signed-in clinician. It points at things (`case`, and `consult` from the
 * consults library) through field resolvers, and never carries their text itself.
 */
@ObjectType()
export class Notification {
  @Field(() => ID)
  id!: string;

  caseId!: string | null;
  consultId!: string | null;

  @Field({ description: 'e.g. REPLY_ADDED, CONSULT_REQUESTED, CONSULT_ANSWERED, LICENSE_REVIEWED' })
  kind!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  readAt!: Date | null;
}

@ObjectType()
export class NotificationEdge {
  @Field(() => Notification)
  node!: Notification;

  @Field()
  cursor!: string;
}

@ObjectType()
export class NotificationConnection {
  @Field(() => [NotificationEdge])
  edges!: NotificationEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
