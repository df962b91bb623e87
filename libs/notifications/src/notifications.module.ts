import { CasesModule } from '@curbside/cases';
import { ConsultsModule } from '@curbside/consults';
import { Module } from '@nestjs/common';
import { ConsultLoopNotificationsListener } from './consult-loop-notifications.listener.js';
import { ConsultNotificationsListener } from './consult-notifications.listener.js';
import { ModerationNotificationsListener } from './moderation-notifications.listener.js';
import { NotificationPublisher } from './notification-publisher.js';
import { NotificationsListener } from './notifications.listener.js';
import { NotificationsResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';
import { SubscriptionsResolver } from './subscriptions.resolver.js';

// CasesModule: the `case` field resolver checks that the recipient may still read the case.
@Module({
  imports: [CasesModule, ConsultsModule],
  providers: [
    NotificationsListener,
    ConsultNotificationsListener,
    ConsultLoopNotificationsListener,
    ModerationNotificationsListener,
    NotificationsService,
    NotificationsResolver,
    NotificationPublisher,
    SubscriptionsResolver,
  ],
  exports: [NotificationPublisher],
})
export class NotificationsModule {}
