export { CaseEntity, CaseRevisionEntity, CaseStatus, PatientSex } from './case.entity.js';
export { ReplyEntity } from './reply.entity.js';
export {
  CaseConnection,
  CaseEdge,
  CasePost,
  Reply,
  ReplyConnection,
  ReplyEdge,
  summaryOf,
} from './case.models.js';
export { CreateCaseInput, ReplyInput, UpdateCaseInput } from './case.inputs.js';
export { CaseClosingEvent, CaseCreatedEvent, ReplyAddedEvent } from './cases.events.js';
export { CasesService } from './cases.service.js';
export { CaseQueriesService } from './case-queries.service.js';
export { RepliesService } from './replies.service.js';
export type { NewReply } from './replies.service.js';
export { CasesResolver } from './cases.resolver.js';
export { RepliesResolver } from './replies.resolver.js';
export { CasesModule } from './cases.module.js';
export { deidentifyCaseText, patientAgeText } from './case-text.js';
export { CaseDetailsEntity } from './case-details.entity.js';
export { AgeBand, LocalCapability, TransferOption } from './case-details.vocabulary.js';
export { DOSE_UNITS, LAB_UNITS } from './case-details.vocabulary.js';
export { CaseDetailsFilter, SaveCaseDetailsInput } from './case-details.inputs.js';
export { CaseDetails } from './case-details.models.js';
export { CaseDetailsService } from './case-details.service.js';
export { CaseDetailsResolver } from './case-details.resolver.js';
export { ContentRepairService } from './content-repair.service.js';
export type { CaseTextField, HeldCaseRevision } from './content-repair.service.js';
export { AttachmentEntity, AttachmentStatus } from './attachments/attachment.entity.js';
export { Attachment, MaskRectangle } from './attachments/attachment.models.js';
export { AttachmentsService, type UploadOptions } from './attachments/attachments.service.js';
export {
  AttachmentsResolver,
  CaseAttachmentsResolver,
  ReplyAttachmentsResolver,
} from './attachments/attachments.resolver.js';
export { AttachmentProcessor } from './attachments/attachment-processor.service.js';
export { AttachmentQueue, MEDIA_PROCESS_QUEUE } from './attachments/attachment-queue.js';
export { ATTACHMENT_STORAGE, type AttachmentStorage } from './attachments/attachment-storage.js';
export { AttachmentUrlSigner, type AttachmentGrant } from './attachments/attachment-url-signer.js';
export {
  CaseOutcomeEntity,
  CaseOutcomeRequestEntity,
  OutcomeCourse,
} from './outcomes/case-outcome.entity.js';
export { CaseOutcome } from './outcomes/case-outcome.models.js';
export { CaseOutcomeFilter, ReportCaseOutcomeInput } from './outcomes/case-outcome.inputs.js';
export {
  CaseOutcomeReportedEvent,
  CaseOutcomeRequestedEvent,
  CaseResolvedEvent,
} from './outcomes/case-outcome.events.js';
export { CaseOutcomeService } from './outcomes/case-outcome.service.js';
export { CaseOutcomeResolver } from './outcomes/case-outcome.resolver.js';
export {
  OUTCOME_FOLLOW_UP_QUEUE,
  OutcomeFollowUpJob,
  followUpDays,
  followUpJobId,
} from './outcomes/outcome-follow-up.job.js';
