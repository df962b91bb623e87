import { CasesModule } from '@curbside/cases';
import { ConsultsModule } from '@curbside/consults';
import { ConsultDialogueSubscriptionResolver } from './consult-dialogue.subscription.js';
import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { DeliveryPlanner } from './delivery.planner.js';
import { DeliveryStatusService } from './delivery-status.service.js';
import { DeliveryWorker } from './delivery.worker.js';
import { mailProviders } from './mail/mail.providers.js';
import { UnsubscribeController } from './mail/unsubscribe.controller.js';
import { NotificationPublisher } from './notification-publisher.js';
import { NotificationsListener } from './notifications.listener.js';
import { NotificationsResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';
import { OutboxDispatcher } from './outbox.dispatcher.js';
import { PreferencesResolver } from './preferences/preferences.resolver.js';
import { PreferencesService } from './preferences/preferences.service.js';
import { PushSender } from './push/push-sender.js';
import { SubscriptionsResolver } from './subscriptions.resolver.js';

interface FastifyLike {
  hasContentTypeParser(type: string): boolean;
  addContentTypeParser(
    type: string,
    options: { parseAs: 'string'; bodyLimit: number },
    parser: (request: unknown, body: string, done: (error: null, body: string) => void) => void,
  ): void;
}

// CasesModule: the `case` field resolver checks that the recipient may still read the case.
@Module({
  imports: [CasesModule, ConsultsModule],
  controllers: [UnsubscribeController],
  providers: [
    NotificationsListener,
    ConsultDialogueSubscriptionResolver,
    NotificationsService,
    NotificationsResolver,
    NotificationPublisher,
    SubscriptionsResolver,
    OutboxDispatcher,
    DeliveryPlanner,
    DeliveryWorker,
    DeliveryStatusService,
    PreferencesService,
    PreferencesResolver,
    PushSender,
    ...mailProviders,
  ],
  exports: [NotificationPublisher, OutboxDispatcher],
})
export class NotificationsModule implements OnModuleInit {
  constructor(private readonly http: HttpAdapterHost) {}

  /**
   * One-click unsubscribe arrives as a form POST (RFC 8058); its body says nothing the token does
   * not, so it is read as a short string and ignored.
   */
  onModuleInit(): void {
    const fastify = this.http.httpAdapter?.getInstance<FastifyLike>();
    if (!fastify?.hasContentTypeParser) return;
    for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data']) {
      if (!fastify.hasContentTypeParser(type)) {
        fastify.addContentTypeParser(type, { parseAs: 'string', bodyLimit: 4096 }, (_request, body, done) =>
          done(null, body),
        );
      }
    }
  }
}
