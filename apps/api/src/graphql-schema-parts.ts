import { AdminConsoleResolver } from '@curbside/admin-console';
import { DeidentificationResolver } from '@curbside/anonymizer/nest';
import { AuditResolver } from '@curbside/audit';
import {
  AttachmentsResolver,
  CaseDetailsResolver,
  CaseAttachmentsResolver,
  CasesResolver,
  RepliesResolver,
  ReplyAttachmentsResolver,
} from '@curbside/cases';
import { ChannelsResolver } from '@curbside/channels';
import {
  AuditEventActorResolver,
  CliniciansResolver,
  DirectoryResolver,
  SpecialtiesResolver,
} from '@curbside/clinicians';
import {
  CaseConsultsResolver,
  ConsultDialogueResolver,
  ConsultsResolver,
  MyConsultsResolver,
  SpecialistStatsResolver,
} from '@curbside/consults';
import { CaseOutcomeResolver } from '@curbside/cases';
import { ConsultCreditResolver } from '@curbside/consults';
import { DateScalar } from '@curbside/core';
import { ConsultDialogueSubscriptionResolver } from '@curbside/notifications';
import {
  ClinicianLicensesResolver,
  LicensingResolver,
  RegistryImportResolver,
  RegistryImportSubscriptionResolver,
} from '@curbside/licensing';
import {
  CaseHoldResolver,
  ClinicianModerationResolver,
  ModerationResolver,
  ReplyHoldResolver,
} from '@curbside/moderation';
import { NotificationsResolver, PreferencesResolver, SubscriptionsResolver } from '@curbside/notifications';

/**
 * Every resolver and scalar that makes up the schema. The offline printer builds the schema from
 * this list; an e2e test checks that the running app serves exactly the printed schema.
 */
export const RESOLVERS = [
  SpecialtiesResolver,
  CliniciansResolver,
  AuditResolver,
  AuditEventActorResolver,
  LicensingResolver,
  ClinicianLicensesResolver,
  RegistryImportResolver,
  RegistryImportSubscriptionResolver,
  DeidentificationResolver,
  ChannelsResolver,
  CasesResolver,
  RepliesResolver,
  NotificationsResolver,
  ModerationResolver,
  CaseHoldResolver,
  ReplyHoldResolver,
  ClinicianModerationResolver,
  ConsultsResolver,
  CaseConsultsResolver,
  SubscriptionsResolver,
  DirectoryResolver,
  SpecialistStatsResolver,
  ConsultDialogueResolver,
  CaseDetailsResolver,
  AdminConsoleResolver,
  AttachmentsResolver,
  CaseAttachmentsResolver,
  ReplyAttachmentsResolver,
  PreferencesResolver,
  MyConsultsResolver,
  CaseOutcomeResolver,
  ConsultCreditResolver,
  ConsultDialogueSubscriptionResolver,
];
export const SCALARS = [DateScalar];
