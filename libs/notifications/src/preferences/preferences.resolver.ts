import { AdminOnly, Ctx, SignedIn } from '@curbside/auth';
import { RequestContext } from '@curbside/core';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DeliveryStatusService } from '../delivery-status.service.js';
import { PushSender } from '../push/push-sender.js';
import {
  DeliveryCounters,
  NotificationPreferences,
  PushSubscriptionInput,
  QuietHoursInput,
  SetNotificationPreferenceInput,
} from './preferences.models.js';
import { PreferencesService } from './preferences.service.js';

/** A clinician's own notification settings (any signed-in clinician: licence decisions reach the unverified). */
@Resolver()
export class PreferencesResolver {
  constructor(
    private readonly preferences: PreferencesService,
    private readonly status: DeliveryStatusService,
    private readonly push: PushSender,
  ) {}

  @SignedIn()
  @Query(() => NotificationPreferences, { description: 'Your notification choices (defaults where unset)' })
  notificationPreferences(@Ctx() ctx: RequestContext): Promise<NotificationPreferences> {
    return this.preferences.read(ctx);
  }

  @SignedIn()
  @Mutation(() => NotificationPreferences, { description: 'Sets how one category reaches you' })
  setNotificationPreference(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The category and its choices.' }) input: SetNotificationPreferenceInput,
  ): Promise<NotificationPreferences> {
    return this.preferences.set(ctx, input);
  }

  @SignedIn()
  @Mutation(() => NotificationPreferences, {
    description: 'Sets your quiet hours, or clears them (no input)',
  })
  setQuietHours(
    @Ctx() ctx: RequestContext,
    @Args('input', {
      type: () => QuietHoursInput,
      nullable: true,
      description: 'The quiet hours; leave out to clear them.',
    })
    input?: QuietHoursInput | null,
  ): Promise<NotificationPreferences> {
    return this.preferences.setQuietHours(ctx, input ?? null);
  }

  @SignedIn()
  @Query(() => String, { description: 'The VAPID public key to subscribe a browser to push with' })
  pushPublicKey(): string {
    return this.push.publicKey();
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: "Subscribes this browser's push endpoint to your notifications" })
  subscribePush(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: "The browser's push subscription." }) input: PushSubscriptionInput,
  ): Promise<boolean> {
    return this.preferences.subscribePush(ctx, input);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Removes one of your push subscriptions; false when none matched' })
  unsubscribePush(
    @Ctx() ctx: RequestContext,
    @Args('endpoint', { description: 'The endpoint URL of the subscription to remove.' }) endpoint: string,
  ): Promise<boolean> {
    return this.preferences.unsubscribePush(ctx, endpoint);
  }

  @AdminOnly()
  @Query(() => DeliveryCounters, { description: 'Notification deliveries by status (operators)' })
  notificationDeliveryCounters(): Promise<DeliveryCounters> {
    return this.status.counters();
  }
}
