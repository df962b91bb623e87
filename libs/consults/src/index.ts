export { ConsultEntity, ConsultStatus, ConsultUrgency } from './consult.entity.js';
export { Consult, ConsultConnection, ConsultEdge, toConsult } from './consult.models.js';
export { AnswerConsultInput, RequestConsultInput } from './consult.inputs.js';
export { consultSettings, dueAtFor } from './consult-settings.js';
export type { ConsultSettings } from './consult-settings.js';
export {
  ConsultAnsweredEvent,
  ConsultClaimedEvent,
  ConsultEscalatedEvent,
  ConsultExpiredEvent,
  ConsultRequestedEvent,
} from './consults.events.js';
export { ConsultsService } from './consults.service.js';
export { ConsultQueueService } from './consult-queue.service.js';
export { ConsultSweepService } from './consult-sweep.service.js';
export type { ConsultSweepResult } from './consult-sweep.service.js';
export { CaseConsultsResolver, ConsultsResolver } from './consults.resolver.js';
export { ConsultsModule } from './consults.module.js';
