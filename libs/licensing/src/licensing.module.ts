import { ACTOR_LOOKUP } from '@curbside/auth';
import { CliniciansModule } from '@curbside/clinicians';
import { Global, Module } from '@nestjs/common';
import { LicenseExpiryService } from './license-expiry.service.js';
import { LicenseFlagsService } from './license-flags.service.js';
import { LicenseQueueService } from './license-queue.service.js';
import { LicensesService } from './licenses.service.js';
import { RegistryChecksService } from './registry-checks.service.js';
import { RegistryImportResolver } from './registry-import.resolver.js';
import { RegistryImportSubscriptionResolver } from './registry-import.subscription.js';
import { RegistryImportService } from './registry-import.service.js';
import { LicensingActorLookup } from './licensing-actor-lookup.js';
import { ClinicianLicensesResolver, LicensingResolver } from './licensing.resolver.js';

/** Global because the auth guard (everywhere) needs its ActorLookup. */
@Global()
@Module({
  imports: [CliniciansModule],
  providers: [
    LicensesService,
    LicenseExpiryService,
    LicenseQueueService,
    LicenseFlagsService,
    RegistryChecksService,
    RegistryImportService,
    RegistryImportResolver,
    RegistryImportSubscriptionResolver,
    LicensingResolver,
    ClinicianLicensesResolver,
    { provide: ACTOR_LOOKUP, useClass: LicensingActorLookup },
  ],
  exports: [
    LicensesService,
    LicenseExpiryService,
    RegistryChecksService,
    RegistryImportService,
    ACTOR_LOOKUP,
  ],
})
export class LicensingModule {}
