import { readsCaseContent } from '@curbside/access';
import { Ctx, SignedIn } from '@curbside/auth';
import { CasePost, CasesService } from '@curbside/cases';
import { Consult, ConsultsService, toConsult } from '@curbside/consults';
import { RequestContext } from '@curbside/core';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Notification, NotificationConnection } from './notification.model.js';
import { NotificationsService } from './notifications.service.js';
import { DeliveryStatusService } from './delivery-status.service.js';
import { NotificationDelivery } from './preferences/preferences.models.js';

const DELIVERY_LOADER = Symbol('deliveryLoader');

/**
 * Any signed-in clinician reads their own notifications, verified or not: a licence decision must
 * reach the clinician who is still waiting for it. Case content stays behind verification.
 */
@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly cases: CasesService,
    private readonly consults: ConsultsService,
    private readonly deliveryStatus: DeliveryStatusService,
  ) {}

  @SignedIn()
  @Query(() => NotificationConnection, { description: 'Your notifications, newest first' })
  notifications(
    @Ctx() ctx: RequestContext,
    @Args('unreadOnly', {
      type: () => Boolean,
      nullable: true,
      defaultValue: false,
      description: 'true: only unread notifications (default false).',
    })
    unreadOnly: boolean | null,
    @Args('first', {
      type: () => Int,
      nullable: true,
      defaultValue: 20,
      description: 'Page size, 1 to 100 (default 20).',
    })
    first: number,
    @Args('after', {
      type: () => String,
      nullable: true,
      description: "Cursor from a previous page's pageInfo.endCursor.",
    })
    after?: string | null,
  ): Promise<NotificationConnection> {
    return this.service.page(ctx, unreadOnly ?? false, first, after);
  }

  @SignedIn()
  @Mutation(() => Int, { description: 'Marks the given (or all) unread notifications of yours read' })
  markNotificationsRead(
    @Ctx() ctx: RequestContext,
    @Args('ids', {
      type: () => [ID],
      nullable: true,
      description: 'Notification ids to mark; leave out to mark all unread ones.',
    })
    ids?: string[] | null,
  ): Promise<number> {
    return this.service.markRead(ctx, ids);
  }

  @SignedIn()
  @ResolveField(() => CasePost, { nullable: true, description: 'Null when you may not read it (any more)' })
  async case(@Ctx() ctx: RequestContext, @Parent() notification: Notification): Promise<CasePost | null> {
    if (!notification.caseId || !readsCaseContent(ctx.actor)) return null;
    return this.cases.readable(ctx, notification.caseId);
  }

  @SignedIn()
  @ResolveField(() => Consult, {
    nullable: true,
    description: 'Null when you may not read its case (any more)',
  })
  async consult(@Ctx() ctx: RequestContext, @Parent() notification: Notification): Promise<Consult | null> {
    if (!notification.consultId || !readsCaseContent(ctx.actor)) return null;
    const row = await this.consults.load(ctx, notification.consultId);
    if (!row || !(await this.cases.readable(ctx, row.caseId))) return null;
    return toConsult(row);
  }

  @SignedIn()
  @ResolveField(() => [NotificationDelivery], {
    description: 'How this notification went out by e-mail and push (none when neither was chosen)',
  })
  deliveries(
    @Ctx() ctx: RequestContext,
    @Parent() notification: Notification,
  ): Promise<NotificationDelivery[]> {
    const me = ctx.requireActor.clinicianId;
    return ctx.memo(DELIVERY_LOADER, () => this.deliveryStatus.loader(me)).load(notification.id);
  }
}
