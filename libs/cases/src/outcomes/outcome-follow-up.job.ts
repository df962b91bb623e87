import { createHash } from 'node:crypto';
import { AppConfig } from '@curbside/config';
import { EventBus } from '@curbside/core';
import { JobsService } from '@curbside/jobs';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { CaseResolvedEvent } from './case-outcome.events.js';
import { CaseOutcomeService } from './case-outcome.service.js';

/** The pg-boss queue of the outcome follow-ups. */
export const OUTCOME_FOLLOW_UP_QUEUE = 'case-outcome-follow-up';

export interface OutcomeFollowUpJobData {
  caseId: string;
  days: number;
}

/** `OUTCOME_FOLLOW_UP_DAYS` as numbers, distinct and ascending. */
export function followUpDays(setting: string): number[] {
  const days = setting
    .split(',')
    .map((d) => Number(d.trim()))
    .filter((d) => Number.isInteger(d) && d >= 1);
  return [...new Set(days)].sort((a, b) => a - b);
}

/** The same job id for the same case and day, so a second send makes no second job. */
export function followUpJobId(caseId: string, days: number): string {
  const hex = createHash('sha256').update(`outcome-follow-up:${caseId}:${days}`).digest('hex');
  // a UUID of version 8 ("custom"), variant bits 10
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * When a case is resolved, one delayed job per follow-up day is sent in the resolving transaction
 * (it exists exactly when the resolution commits); each job asks the author for the outcome through
 * {@link CaseOutcomeService.followUp}, which does it once however often the job runs.
 */
@Injectable()
export class OutcomeFollowUpJob implements OnModuleInit {
  private readonly days: number[];

  constructor(
    private readonly jobs: JobsService,
    private readonly outcomes: CaseOutcomeService,
    private readonly bus: EventBus,
    config: AppConfig,
  ) {
    this.days = followUpDays(config.OUTCOME_FOLLOWUP_DAYS);
  }

  onModuleInit(): void {
    this.jobs.defineQueue({ name: OUTCOME_FOLLOW_UP_QUEUE, retryLimit: 5, expireInSeconds: 120 });
    this.jobs.work<OutcomeFollowUpJobData>(
      OUTCOME_FOLLOW_UP_QUEUE,
      { concurrency: 1, pollingIntervalSeconds: 30 },
      async (data) => {
        await this.outcomes.followUp(data.caseId, data.days);
      },
    );
    this.bus.subscribe(CaseResolvedEvent, (e) => this.schedule(e));
  }

  private async schedule(e: CaseResolvedEvent): Promise<void> {
    for (const days of this.days) {
      await this.jobs.send<OutcomeFollowUpJobData>(
        OUTCOME_FOLLOW_UP_QUEUE,
        { caseId: e.caseId, days },
        {
          manager: e.manager,
          id: followUpJobId(e.caseId, days),
          startAfter: new Date(e.resolvedAt.getTime() + days * 86_400_000),
        },
      );
    }
  }
}
