export { NotificationEntity } from './notification.entity.js';
export { NotificationKind } from './notification-kind.js';
export { Notification, NotificationConnection, NotificationEdge } from './notification.model.js';
export { MAX_MARK_READ_IDS, NotificationsService } from './notifications.service.js';
export { NotificationsResolver } from './notifications.resolver.js';
export { NotificationsModule } from './notifications.module.js';
export { NotificationPublisher, caseRepliesTopic, notificationTopic } from './notification-publisher.js';
export { SubscriptionsResolver } from './subscriptions.resolver.js';
export { NotificationOutboxEntity } from './notification-outbox.entity.js';
export {
  DeliveryChannel,
  DeliveryStatus,
  NotificationDeliveryEntity,
} from './notification-delivery.entity.js';
export {
  NotificationPreferenceEntity,
  NotificationSettingsEntity,
} from './notification-preference.entity.js';
export { PushSubscriptionEntity } from './push-subscription.entity.js';
export { EmailMode, NotificationCategory } from './notification-category.js';
export { mailOutboxFile } from './mail/mail.providers.js';
export { FileMailTransport, type MailMessage } from './mail/mail-transport.js';
export { OutboxDispatcher } from './outbox.dispatcher.js';
export { PreferencesResolver } from './preferences/preferences.resolver.js';
export {
  ConsultDialogueSubscriptionResolver,
  consultMessagesTopic,
} from './consult-dialogue.subscription.js';
