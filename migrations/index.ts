import { Initial1795305753565 } from './1795305753565-Initial.js';
import { AttachmentWindows1796310000001 } from './1796310000001-AttachmentWindows.js';
import { Identity1795306150680 } from './1795306150680-Identity.js';
import { AuditAppendOnly1795306200000 } from './1795306200000-AuditAppendOnly.js';
import { Network1795307395361 } from './1795307395361-Network.js';
import { CaseSearch1795307400000 } from './1795307400000-CaseSearch.js';
import { IdempotencyKeys1796241328865 } from './1796241328865-IdempotencyKeys.js';
import { ConsultLoop1796284172067 } from './1796284172067-ConsultLoop.js';
import { CaseDetails1796285640285 } from './1796285640285-CaseDetails.js';
import { AuditLogFilters1796284053643 } from './1796284053643-AuditLogFilters.js';
import { ModerationRepair1796284339647 } from './1796284339647-ModerationRepair.js';
import { VerificationAtScale1796285245752 } from './1796285245752-VerificationAtScale.js';
import { RegistryImports1796285821440 } from './1796285821440-RegistryImports.js';
import { Attachments1796284558545 } from './1796284558545-Attachments.js';
import { JobQueue1796300000000 } from './1796300000000-JobQueue.js';
import { NotificationOutbox1796285598079 } from './1796285598079-NotificationOutbox.js';
import { CaseOutcomes1796300100000 } from './1796300100000-CaseOutcomes.js';
import { MyConsults1796310000000 } from './1796310000000-MyConsults.js';
import { AdminConsoleIndexes1796300178640 } from './1796300178640-AdminConsoleIndexes.js';
import { ConsultPaging1796400000000 } from './1796400000000-ConsultPaging.js';
import { ClinicianNameTrigram1796400100000 } from './1796400100000-ClinicianNameTrigram.js';
import { CaseDetailFilters1796400300000 } from './1796400300000-CaseDetailFilters.js';
import { CaseOutcomeSearch1796400200000 } from './1796400200000-CaseOutcomeSearch.js';
import { PasswordReset1796416509884 } from './1796416509884-PasswordReset.js';

/** Every migration, in order. `npm run migration:generate -- Name` appends to this list. */
export const MIGRATIONS = [
  Initial1795305753565,
  Identity1795306150680,
  AuditAppendOnly1795306200000,
  Network1795307395361,
  CaseSearch1795307400000,
  IdempotencyKeys1796241328865,
  ConsultLoop1796284172067,
  CaseDetails1796285640285,
  AuditLogFilters1796284053643,
  ModerationRepair1796284339647,
  VerificationAtScale1796285245752,
  RegistryImports1796285821440,
  Attachments1796284558545,
  JobQueue1796300000000,
  NotificationOutbox1796285598079,
  CaseOutcomes1796300100000,
  AdminConsoleIndexes1796300178640,
  MyConsults1796310000000,
  ConsultPaging1796400000000,
  AttachmentWindows1796310000001,
  ClinicianNameTrigram1796400100000,
  CaseOutcomeSearch1796400200000,
  CaseDetailFilters1796400300000,
  PasswordReset1796416509884,
];
