export { AuditEventEntity } from './audit-event.entity.js';
export { AuditAction } from './audit-action.js';
export { AUDIT_EXPORT_MAX_ROWS, AuditService, assertNoFreeText } from './audit.service.js';
export { AuditLogFilter } from './audit-log-filter.input.js';
export type { AuditDetail, AuditTarget } from './audit.service.js';
export { AuditEvent, AuditEventConnection, AuditEventEdge } from './audit-event.model.js';
export { AuditResolver } from './audit.resolver.js';
export { AuditModule } from './audit.module.js';
