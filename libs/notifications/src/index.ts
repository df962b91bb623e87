export { NotificationEntity } from './notification.entity.js';
