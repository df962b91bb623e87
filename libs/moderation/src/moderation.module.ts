import { CasesModule } from '@curbside/cases';
import { CliniciansModule } from '@curbside/clinicians';
import { Module } from '@nestjs/common';
import { ModerationQueriesService } from './moderation-queries.service.js';
import { ModerationRepairService } from './moderation-repair.service.js';
import {
  CaseHoldResolver,
  ClinicianModerationResolver,
  ModerationResolver,
  ReplyHoldResolver,
} from './moderation.resolver.js';
import { ModerationService } from './moderation.service.js';
import { ReportTargets } from './report-targets.js';

@Module({
  imports: [CasesModule, CliniciansModule],
  providers: [
    ModerationService,
    ModerationRepairService,
    ModerationQueriesService,
    ReportTargets,
    ModerationResolver,
    CaseHoldResolver,
    ReplyHoldResolver,
    ClinicianModerationResolver,
  ],
  exports: [ModerationService],
})
export class ModerationModule {}
