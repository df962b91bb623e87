import { AppConfig } from '@curbside/config';
import { Module } from '@nestjs/common';
import { AccountKeys } from './account-keys.js';
import { AccountsService } from './accounts.service.js';
import { ClinicianStandingService } from './clinician-standing.service.js';
import { AuditEventActorResolver, CliniciansResolver } from './clinicians.resolver.js';
import { DirectoryResolver } from './directory.resolver.js';
import { DirectoryService } from './directory.service.js';
import { PasswordResetService } from './password-reset.service.js';
import { ProfilesService } from './profiles.service.js';
import { SpecialtiesResolver } from './specialties.resolver.js';
import { SpecialtiesService } from './specialties.service.js';

@Module({
  providers: [
    SpecialtiesService,
    SpecialtiesResolver,
    AccountsService,
    PasswordResetService,
    {
      provide: AccountKeys,
      inject: [AppConfig],
      useFactory: (config: AppConfig): AccountKeys => new AccountKeys(config.jwtSecret),
    },
    ProfilesService,
    CliniciansResolver,
    AuditEventActorResolver,
    DirectoryService,
    DirectoryResolver,
    ClinicianStandingService,
  ],
  exports: [SpecialtiesService, ProfilesService, ClinicianStandingService],
})
export class CliniciansModule {}
