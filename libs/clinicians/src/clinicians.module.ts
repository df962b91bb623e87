import { Module } from '@nestjs/common';
import { SpecialtiesResolver } from './specialties.resolver.js';
import { SpecialtiesService } from './specialties.service.js';

@Module({
  providers: [SpecialtiesService, SpecialtiesResolver],
  exports: [SpecialtiesService],
})
export class CliniciansModule {}
