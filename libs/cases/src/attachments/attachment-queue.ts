import { AppConfig } from '@curbside/config';
import { JobsService } from '@curbside/jobs';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AttachmentProcessor, MAX_PROCESSING_ATTEMPTS } from './attachment-processor.service.js';

/** The pg-boss queue of attachment processing; job data is the attachment id, nothing else. */
export const MEDIA_PROCESS_QUEUE = 'media.process';

/**
 * Attachment processing on the job queue (pg-boss, on the app's own PostgreSQL): a job is sent in
 * the upload's transaction, so it exists exactly when the attachment row does; it survives
 * restarts (a job lost with a crashed worker expires and is retried), and any instance's worker may
 * take it. {@link AttachmentProcessor.process} is the job body; it decides when to give up.
 */
@Injectable()
export class AttachmentQueue implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly processor: AttachmentProcessor,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.defineQueue({
      name: MEDIA_PROCESS_QUEUE,
      // The processor refuses the file after its own limit; pg-boss only has to deliver again.
      retryLimit: MAX_PROCESSING_ATTEMPTS + 1,
      retryDelay: 1,
      retryBackoff: true,
      // A 12-megapixel photo with OCR takes seconds; a job silent this long is taken as lost.
      expireInSeconds: this.config.MEDIA_JOB_EXPIRE_SECONDS,
    });
    this.jobs.work<{ id: string }>(
      MEDIA_PROCESS_QUEUE,
      { concurrency: this.config.MEDIA_WORKER_CONCURRENCY, pollingIntervalSeconds: 0.5 },
      async (data) => {
        await this.processor.process(data.id);
      },
    );
  }

  /** Queues processing; inside `manager`'s transaction the job exists only if it commits. */
  async enqueue(attachmentId: string, manager?: EntityManager): Promise<void> {
    await this.jobs.send(MEDIA_PROCESS_QUEUE, { id: attachmentId }, { manager, id: attachmentId });
  }
}
