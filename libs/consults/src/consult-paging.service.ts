import { createHash } from 'node:crypto';
import { AuditAction, AuditService } from '@curbside/audit';
import { AppConfig } from '@curbside/config';
import { EventBus, RequestContext } from '@curbside/core';
import { inTransaction } from '@curbside/database';
import { JobsService } from '@curbside/jobs';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type ConsultEntity, ConsultPagingLevel, ConsultStatus, ConsultUrgency } from './consult.entity.js';
import { ConsultPagedEvent } from './consults.events.js';

/** The pg-boss queue of delayed paging widenings (one job per consult and level). */
export const CONSULT_PAGE_QUEUE = 'consult-page-widen';

/** Where paging goes next when nobody claims the consult at a level; null at the last. */
const NEXT: Readonly<Record<ConsultPagingLevel, ConsultPagingLevel | null>> = {
  [ConsultPagingLevel.NAMED]: ConsultPagingLevel.SPECIALTY,
  [ConsultPagingLevel.ON_CALL]: ConsultPagingLevel.SPECIALTY,
  [ConsultPagingLevel.SPECIALTY]: ConsultPagingLevel.ADMINS,
  [ConsultPagingLevel.ADMINS]: null,
};

/** How wide a level is: paging only ever moves to a wider one. */
const WIDTH: Readonly<Record<ConsultPagingLevel, number>> = {
  [ConsultPagingLevel.NAMED]: 0,
  [ConsultPagingLevel.ON_CALL]: 0,
  [ConsultPagingLevel.SPECIALTY]: 1,
  [ConsultPagingLevel.ADMINS]: 2,
};

interface WidenJob {
  consultId: string;
  level: ConsultPagingLevel;
}

interface PagedRow {
  id: string;
  case_id: string;
  requested_by: string;
  specialty_id: string;
  consultant_id: string | null;
  named: boolean;
  status: ConsultStatus;
  paging_level: ConsultPagingLevel | null;
}

/**
 * Urgent paging. An URGENT consult pages the named specialist, or the specialty's specialists on
 * call now (everyone of the specialty who takes consults when nobody is on call), at once (the
 * ConsultRequested notification, by push and e-mail whatever the quiet hours). Unclaimed after
 * CONSULT_PAGE_WIDEN_SECONDS, it widens to the whole specialty (a named consult is no longer
 * reserved), then to the administrators: each step is a delayed pg-boss job whose id is derived from
 * the consult and the level (sending it twice makes one job), a no-op once the consult is claimed,
 * withdrawn or expired; each widening is audited and shown on the consult (`pagingLevel`).
 */
@Injectable()
export class ConsultPagingService implements OnModuleInit {
  private readonly widenSeconds: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    config: AppConfig,
  ) {
    this.widenSeconds = config.CONSULT_PAGE_WIDEN_SECONDS;
  }

  onModuleInit(): void {
    this.jobs.defineQueue({ name: CONSULT_PAGE_QUEUE, retryLimit: 5, retryDelay: 2, expireInSeconds: 60 });
    this.jobs.work<WidenJob>(CONSULT_PAGE_QUEUE, { concurrency: 1 }, async (job) => {
      await this.widen(job.consultId, job.level);
    });
  }

  /**
   * In the request's transaction, for a new URGENT consult: its first level, and the job that
   * widens it if nobody claims it in time.
   */
  async start(manager: EntityManager, consult: ConsultEntity): Promise<void> {
    if (consult.urgency !== ConsultUrgency.URGENT) return;
    let level = ConsultPagingLevel.NAMED;
    if (!consult.named) {
      const [{ on }] = await manager.query<{ on: boolean }[]>(
        `SELECT EXISTS (
           SELECT 1 FROM clinician_specialty cs JOIN clinician c ON c.id = cs.clinician_id
            WHERE cs.specialty_id = $1 AND c.accepting_consults = true AND c.verification_status = 'VERIFIED'
              AND c.id <> $2 AND ${onCallNowSql('c.id')}) AS on`,
        [consult.specialtyId, consult.requestedBy],
      );
      level = on ? ConsultPagingLevel.ON_CALL : ConsultPagingLevel.SPECIALTY;
    }
    await manager.query('UPDATE consult SET paging_level = $2 WHERE id = $1', [consult.id, level]);
    consult.pagingLevel = level;
    await this.scheduleNext(manager, consult.id, level);
  }

  /** The widening job: a no-op unless the consult is still OPEN and paged narrower than `level`. */
  async widen(consultId: string, level: ConsultPagingLevel): Promise<boolean> {
    const event = await inTransaction(this.dataSource, async (manager) => {
      const [row] = await manager.query<PagedRow[]>(
        `SELECT id, case_id, requested_by, specialty_id, consultant_id, named, status, paging_level
           FROM consult WHERE id = $1 FOR UPDATE`,
        [consultId],
      );
      if (!row?.paging_level || row.status !== ConsultStatus.OPEN) return null;
      if (WIDTH[row.paging_level] >= WIDTH[level]) return null;
      const opens = level === ConsultPagingLevel.SPECIALTY && row.named;
      await manager.query(
        `UPDATE consult SET paging_level = $2, paging_widened_at = clock_timestamp(),
                named = CASE WHEN $3 THEN false ELSE named END,
                consultant_id = CASE WHEN $3 THEN NULL ELSE consultant_id END
          WHERE id = $1`,
        [row.id, level, opens],
      );
      await this.audit.record(
        manager,
        RequestContext.system('consult-paging'),
        AuditAction.CONSULT_PAGE_WIDENED,
        { type: 'Consult', id: row.id },
        { caseId: row.case_id, from: row.paging_level, to: level, openedToSpecialty: opens },
        null,
      );
      const paged = new ConsultPagedEvent(
        row.id,
        row.case_id,
        row.requested_by,
        row.specialty_id,
        row.named ? row.consultant_id : null,
        level,
      );
      await this.events.publishInTransaction(manager, paged);
      await this.scheduleNext(manager, row.id, level);
      return paged;
    });
    if (event) await this.events.publish(event);
    return event !== null;
  }

  private async scheduleNext(
    manager: EntityManager,
    consultId: string,
    from: ConsultPagingLevel,
  ): Promise<void> {
    const level = NEXT[from];
    if (!level) return;
    await this.jobs.send(CONSULT_PAGE_QUEUE, { consultId, level } satisfies WidenJob, {
      manager,
      startAfter: this.widenSeconds,
      id: jobId(consultId, level),
    });
  }
}

/** A SQL condition: the clinician `who` is inside one of their on-call windows now. */
export function onCallNowSql(who: string): string {
  return `EXISTS (SELECT 1 FROM on_call_window w
    WHERE w.clinician_id = ${who} AND w.starts_at <= now() AND w.ends_at > now())`;
}

/** The job of one consult's widening to one level: a stable UUID (version 8 layout). */
function jobId(consultId: string, level: ConsultPagingLevel): string {
  const hex = createHash('sha256').update(`consult-page:${consultId}:${level}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
