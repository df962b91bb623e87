import { DeidentificationResolver } from '@curbside/anonymizer/nest';
import { AuditResolver } from '@curbside/audit';
import { AuditEventActorResolver, CliniciansResolver, SpecialtiesResolver } from '@curbside/clinicians';
import { DateScalar } from '@curbside/core';
import { ClinicianLicensesResolver, LicensingResolver } from '@curbside/licensing';

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
];
export const SCALARS = [DateScalar];
