import { CasesModule } from '@curbside/cases';
import { CliniciansModule } from '@curbside/clinicians';
import { Module } from '@nestjs/common';
import { ConsultQueueService } from './consult-queue.service.js';
import { ConsultSweepService } from './consult-sweep.service.js';
import { CaseConsultsResolver, ConsultsResolver } from './consults.resolver.js';
import { ConsultsService } from './consults.service.js';

@Module({
  imports: [CasesModule, CliniciansModule],
  providers: [
    ConsultsService,
    ConsultQueueService,
    ConsultSweepService,
    ConsultsResolver,
    CaseConsultsResolver,
  ],
  exports: [ConsultsService, ConsultSweepService],
})
export class ConsultsModule {}
