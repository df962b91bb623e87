import { DeidentificationResolver } from '@curbside/anonymizer/nest';
import { AuditResolver } from '@curbside/audit';
import { CasesResolver, RepliesResolver } from '@curbside/cases';
import { ChannelsResolver } from '@curbside/channels';
import { AuditEventActorResolver, CliniciansResolver, SpecialtiesResolver } from '@curbside/clinicians';
import { CaseConsultsResolver, ConsultsResolver } from '@curbside/consults';
import { DateScalar } from '@curbside/core';
import { ClinicianLicensesResolver, LicensingResolver } from '@curbside/licensing';
import { ModerationResolver } from '@curbside/moderation';
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
  DeidentificationResolver,
  ChannelsResolver,
  CasesResolver,
  RepliesResolver,
  NotificationsResolver,
  ModerationResolver,
  ConsultsResolver,
  CaseConsultsResolver,
  SubscriptionsResolver,
  PreferencesResolver,
];
export const SCALARS = [DateScalar];
