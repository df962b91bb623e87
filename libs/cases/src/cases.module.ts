import { ChannelsModule } from '@curbside/channels';
import { CliniciansModule } from '@curbside/clinicians';
import { Module } from '@nestjs/common';
import { CaseDetailsResolver } from './case-details.resolver.js';
import { CaseDetailsService } from './case-details.service.js';
import { CaseQueriesService } from './case-queries.service.js';
import { CasesResolver } from './cases.resolver.js';
import { CasesService } from './cases.service.js';
import { ContentRepairService } from './content-repair.service.js';
import { RepliesResolver } from './replies.resolver.js';
import { RepliesService } from './replies.service.js';

@Module({
  imports: [ChannelsModule, CliniciansModule],
  providers: [
    CasesService,
    CaseQueriesService,
    RepliesService,
    CasesResolver,
    RepliesResolver,
    CaseDetailsService,
    CaseDetailsResolver,
    ContentRepairService,
  ],
  exports: [CasesService, RepliesService, ContentRepairService],
})
export class CasesModule {}
