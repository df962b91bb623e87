export { ReportEntity, ReportReason, ReportStatus } from './report.entity.js';
