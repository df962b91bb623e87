import { LOGGER, type Logger } from '@curbside/core';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AttachmentStatus } from './attachment.entity.js';
import { AttachmentProcessor, MAX_PROCESSING_ATTEMPTS } from './attachment-processor.service.js';
import type { AttachmentQueue } from './attachment-queue.js';

/**
 * The queue until `libs/jobs` (pg-boss) provides one: jobs run one at a time in this process, a
 * failure worth retrying is retried at once up to the processor's limit, and at start-up every
 * attachment left PROCESSING (by a crash or a restart) is queued again. No timer: work starts when
 * it is enqueued. With several API instances each resumes only what it is given or finds at boot;
 * the pg-boss queue is what spreads work across instances.
 */
@Injectable()
export class InProcessAttachmentQueue
  implements AttachmentQueue, OnApplicationBootstrap, OnApplicationShutdown
{
  private tail: Promise<void> = Promise.resolve();
  private pending = 0;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly processor: AttachmentProcessor,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      'SELECT id FROM attachment WHERE status = $1 ORDER BY created_at',
      [AttachmentStatus.PROCESSING],
    );
    for (const row of rows) await this.enqueue(row.id);
    if (rows.length > 0) this.logger.info({ attachments: rows.length }, 'attachment processing resumed');
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.tail;
  }

  enqueue(attachmentId: string): Promise<void> {
    this.pending++;
    this.tail = this.tail.then(async () => {
      try {
        for (let attempt = 1; attempt <= MAX_PROCESSING_ATTEMPTS && !this.stopped; attempt++) {
          try {
            await this.processor.process(attachmentId);
            return;
          } catch {
            // the processor logged it; the row stays PROCESSING and the next attempt counts
          }
        }
      } finally {
        this.pending--;
      }
    });
    return Promise.resolve();
  }

  async idle(): Promise<void> {
    while (this.pending > 0) await this.tail;
  }
}
