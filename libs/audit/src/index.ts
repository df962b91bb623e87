export { AuditEventEntity } from './audit-event.entity.js';
