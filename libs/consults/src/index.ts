export { ConsultEntity, ConsultStatus, ConsultUrgency } from './consult.entity.js';
export { ConsultPagingLevel } from './consult.entity.js';
export { CONSULT_PAGE_QUEUE, ConsultPagingService, onCallNowSql } from './consult-paging.service.js';
export { Consult, ConsultConnection, ConsultEdge, toConsult } from './consult.models.js';
export { AnswerConsultInput, RequestConsultInput } from './consult.inputs.js';
export { consultSettings, dueAtFor } from './consult-settings.js';
export type { ConsultSettings } from './consult-settings.js';
export {
  ConsultAnsweredEvent,
  ConsultClaimedEvent,
  ConsultEscalatedEvent,
  ConsultExpiredEvent,
  ConsultMessageSentEvent,
  ConsultPagedEvent,
  ConsultRequestedEvent,
  ConsultReturnedEvent,
  ConsultWithdrawnEvent,
} from './consults.events.js';
export {
  CONSULT_LIFECYCLE,
  ConsultTransition,
  WAITING,
  allows,
  fromStates,
  nextStatus,
} from './consult-lifecycle.js';
export { ConsultReturnService } from './consult-return.service.js';
export { ConsultMessageEntity } from './consult-message.entity.js';
export {
  ConsultMessage,
  ConsultMessageConnection,
  SendConsultMessageInput,
} from './consult-message.models.js';
export { ConsultDialogueService } from './consult-dialogue.service.js';
export { ConsultStatsService } from './consult-stats.service.js';
export { ConsultsService } from './consults.service.js';
export { ConsultQueueService } from './consult-queue.service.js';
export { ConsultSweepService } from './consult-sweep.service.js';
export type { ConsultSweepResult } from './consult-sweep.service.js';
export { CaseConsultsResolver, ConsultsResolver } from './consults.resolver.js';
export { ConsultsModule } from './consults.module.js';
export { ConsultDialogueResolver } from './consult-dialogue.resolver.js';
export { SpecialistStatsResolver } from './consult-stats.resolver.js';
export { CONSULT_RETURN_QUEUE, ConsultReturnJob } from './consult-return.job.js';
export { MyConsultRole, MyConsultsService } from './my-consults.service.js';
export { MyConsultsResolver } from './my-consults.resolver.js';
export { ConsultCreditService } from './credit/credit.service.js';
export { ConsultCreditResolver } from './credit/credit.resolver.js';
export { ConsultCredit, ConsultCreditEntry, CreditStatementLink } from './credit/credit.models.js';
export { CreditPeriodInput } from './credit/credit.inputs.js';
export {
  CREDIT_STATEMENT_PATH,
  CreditUrlSigner,
  type CreditStatementGrant,
} from './credit/credit-url-signer.js';
export { renderStatementPdf, pdfString, type StatementLine } from './credit/statement-pdf.js';
export { toConsultMessage } from './consult-message.models.js';
