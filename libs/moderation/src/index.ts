export { ReportEntity, ReportOutcome, ReportReason, ReportStage, ReportStatus } from './report.entity.js';
export { ClinicianModeration, ContentHold, Report, ReportConnection, ReportEdge } from './report.models.js';
export { ReportInput } from './report.inputs.js';
export {
  CaseTextField,
  EditHeldCaseInput,
  EditHeldReplyInput,
  RedactCaseInput,
  RedactReplyInput,
} from './repair.inputs.js';
export {
  ContentHiddenEvent,
  ContentRedactedEvent,
  ContentReturnedEvent,
  HeldContentEditedEvent,
  ReportsResolvedEvent,
} from './moderation.events.js';
export { ModerationService } from './moderation.service.js';
export { ModerationRepairService } from './moderation-repair.service.js';
export { ModerationQueriesService } from './moderation-queries.service.js';
export {
  CaseHoldResolver,
  ClinicianModerationResolver,
  ModerationResolver,
  ReplyHoldResolver,
} from './moderation.resolver.js';
export { ModerationModule } from './moderation.module.js';
