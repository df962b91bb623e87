import { ChannelsModule } from '@curbside/channels';
import { CliniciansModule } from '@curbside/clinicians';
import { AppConfig } from '@curbside/config';
import { JobsModule } from '@curbside/jobs';
import { Module } from '@nestjs/common';
import { CaseDetailsResolver } from './case-details.resolver.js';
import { CaseDetailsService } from './case-details.service.js';
import { AttachmentProcessor } from './attachments/attachment-processor.service.js';
import { AttachmentQueue } from './attachments/attachment-queue.js';
import { ATTACHMENT_STORAGE, attachmentStorage } from './attachments/attachment-storage.js';
import {
  AttachmentsResolver,
  CaseAttachmentsResolver,
  ReplyAttachmentsResolver,
} from './attachments/attachments.resolver.js';
import { AttachmentsService } from './attachments/attachments.service.js';
import { CaseQueriesService } from './case-queries.service.js';
import { CasesResolver } from './cases.resolver.js';
import { CasesService } from './cases.service.js';
import { ContentRepairService } from './content-repair.service.js';
import { RepliesResolver } from './replies.resolver.js';
import { RepliesService } from './replies.service.js';
import { CaseOutcomeResolver } from './outcomes/case-outcome.resolver.js';
import { CaseOutcomeService } from './outcomes/case-outcome.service.js';
import { OutcomeFollowUpJob } from './outcomes/outcome-follow-up.job.js';

@Module({
  imports: [ChannelsModule, CliniciansModule, JobsModule],
  providers: [
    CasesService,
    CaseQueriesService,
    RepliesService,
    CasesResolver,
    RepliesResolver,
    CaseDetailsService,
    CaseDetailsResolver,
    ContentRepairService,
    // Attachments (photos and scans): storage, the processing queue and its job body.
    { provide: ATTACHMENT_STORAGE, useFactory: attachmentStorage, inject: [AppConfig] },
    AttachmentProcessor,
    AttachmentQueue,
    AttachmentsService,
    AttachmentsResolver,
    CaseAttachmentsResolver,
    ReplyAttachmentsResolver,
    // Outcomes of resolved cases and their follow-up jobs.
    CaseOutcomeService,
    CaseOutcomeResolver,
    OutcomeFollowUpJob,
  ],
  exports: [
    CasesService,
    RepliesService,
    ContentRepairService,
    AttachmentsService,
    AttachmentProcessor,
    AttachmentQueue,
    CaseOutcomeService,
  ],
})
export class CasesModule {}
