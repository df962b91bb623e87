import { AppConfig } from '@curbside/config';
import { JobsService } from '@curbside/jobs';
import { Injectable, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { ConsultReturnService } from './consult-return.service.js';

/** The pg-boss queue of the return-to-queue sweep. */
export const CONSULT_RETURN_QUEUE = 'consult-return';

/**
 * Runs {@link ConsultReturnService.returnOverdueClaims} on the job queue: one job at boot, and each
 * run sends the next one `CONSULT_SWEEP_INTERVAL_SECONDS` later (0: no schedule; the service can
 * still be run directly). The queue keeps one waiting job at
 * most (policy `short`, one key), so several API instances schedule one sweep between them; two
 * sweeps that still overlap share the overdue rows (SKIP LOCKED) and move none twice.
 */
@Injectable()
export class ConsultReturnJob implements OnModuleInit, OnApplicationBootstrap {
  private readonly intervalSeconds: number;

  constructor(
    private readonly jobs: JobsService,
    private readonly service: ConsultReturnService,
    config: AppConfig,
  ) {
    this.intervalSeconds = config.CONSULT_SWEEP_INTERVAL_SECONDS;
  }

  onModuleInit(): void {
    this.jobs.defineQueue({
      name: CONSULT_RETURN_QUEUE,
      policy: 'short',
      retryLimit: 3,
      expireInSeconds: 300,
    });
    this.jobs.work(CONSULT_RETURN_QUEUE, { concurrency: 1, pollingIntervalSeconds: 5 }, async () => {
      try {
        await this.service.returnOverdueClaims();
      } finally {
        await this.schedule(this.intervalSeconds);
      }
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.schedule(0);
  }

  /** Sends the next run unless one is already waiting; an interval of 0 turns the schedule off. */
  private async schedule(afterSeconds: number): Promise<void> {
    if (this.intervalSeconds <= 0) return;
    await this.jobs.send(
      CONSULT_RETURN_QUEUE,
      {},
      { startAfter: afterSeconds, singletonKey: CONSULT_RETURN_QUEUE },
    );
  }
}
