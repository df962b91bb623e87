import { PageInfo } from '@curbside/core';
import { Field, ID, ObjectType } from '@nestjs/graphql';

/**
 * A notification for the signed-in clinician. It points at things (`case`, and `consult` from the
 * consults library) through field resolvers, and never carries their text itself.
 */
@ObjectType({
  description:
    'Something that happened that concerns you: a reply, a consult request or answer, a licence decision, a report outcome. It points at things and never carries their text. Each clinician sees only their own.',
})
export class Notification {
  @Field(() => ID, { description: 'Notification id (UUID).' })
  id!: string;

  caseId!: string | null;
  consultId!: string | null;

  @Field({ description: 'e.g. REPLY_ADDED, CONSULT_REQUESTED, CONSULT_ANSWERED, LICENSE_REVIEWED' })
  kind!: string;

  @Field({ description: 'When it happened (ISO 8601, UTC).' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When you marked it read; null while unread.' })
  readAt!: Date | null;
}

@ObjectType({ description: 'One notification in a page of notifications.' })
export class NotificationEdge {
  @Field(() => Notification, { description: 'The notification.' })
  node!: Notification;

  @Field({ description: 'Opaque position of this notification; pass it as `after` to continue after it.' })
  cursor!: string;
}

@ObjectType({ description: 'A page of your notifications, newest first.' })
export class NotificationConnection {
  @Field(() => [NotificationEdge], { description: 'The notifications on this page.' })
  edges!: NotificationEdge[];

  @Field(() => PageInfo, { description: 'Whether more notifications follow, and the cursor to get them.' })
  pageInfo!: PageInfo;
}
