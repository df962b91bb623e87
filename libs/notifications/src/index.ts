export { NotificationEntity } from './notification.entity.js';
export { NotificationKind } from './notification-kind.js';
export { NotificationsModule } from './notifications.module.js';
