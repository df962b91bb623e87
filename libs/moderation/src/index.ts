export { ReportEntity, ReportReason, ReportStatus } from './report.entity.js';
export { Report, ReportConnection, ReportEdge } from './report.models.js';
export { ReportInput } from './report.inputs.js';
export { ModerationService } from './moderation.service.js';
export { ModerationResolver } from './moderation.resolver.js';
export { ModerationModule } from './moderation.module.js';
