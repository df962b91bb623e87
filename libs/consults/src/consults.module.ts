import { CasesModule } from '@curbside/cases';
import { CliniciansModule } from '@curbside/clinicians';
import { Module } from '@nestjs/common';
import { ConsultDialogueResolver } from './consult-dialogue.resolver.js';
import { ConsultDialogueService } from './consult-dialogue.service.js';
import { ConsultPagingService } from './consult-paging.service.js';
import { ConsultQueueService } from './consult-queue.service.js';
import { ConsultReturnJob } from './consult-return.job.js';
import { ConsultReturnService } from './consult-return.service.js';
import { SpecialistStatsResolver } from './consult-stats.resolver.js';
import { ConsultStatsService } from './consult-stats.service.js';
import { ConsultSweepService } from './consult-sweep.service.js';
import { CaseConsultsResolver, ConsultsResolver } from './consults.resolver.js';
import { ConsultsService } from './consults.service.js';
import { MyConsultsResolver } from './my-consults.resolver.js';
import { MyConsultsService } from './my-consults.service.js';
import { ConsultCreditResolver } from './credit/credit.resolver.js';
import { ConsultCreditService } from './credit/credit.service.js';

@Module({
  imports: [CasesModule, CliniciansModule],
  providers: [
    ConsultsService,
    ConsultQueueService,
    ConsultSweepService,
    ConsultsResolver,
    CaseConsultsResolver,
    ConsultReturnService,
    ConsultReturnJob,
    ConsultStatsService,
    SpecialistStatsResolver,
    ConsultDialogueService,
    ConsultDialogueResolver,
    MyConsultsService,
    MyConsultsResolver,
    ConsultCreditService,
    ConsultCreditResolver,
    ConsultPagingService,
  ],
  exports: [
    ConsultsService,
    ConsultSweepService,
    ConsultReturnService,
    ConsultCreditService,
    ConsultDialogueService,
  ],
})
export class ConsultsModule {}
