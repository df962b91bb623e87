import { Module } from '@nestjs/common';
import { AccountsService } from './accounts.service.js';
import { AuditEventActorResolver, CliniciansResolver } from './clinicians.resolver.js';
import { ProfilesService } from './profiles.service.js';
import { SpecialtiesResolver } from './specialties.resolver.js';
import { SpecialtiesService } from './specialties.service.js';

@Module({
  providers: [
    SpecialtiesService,
    SpecialtiesResolver,
    AccountsService,
    ProfilesService,
    CliniciansResolver,
    AuditEventActorResolver,
  ],
  exports: [SpecialtiesService, ProfilesService],
})
export class CliniciansModule {}
