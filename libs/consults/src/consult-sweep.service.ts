import { AuditAction, AuditService } from '@curbside/audit';
import { AppConfig } from '@curbside/config';
import { EventBus, LOGGER, PeriodicTask, RequestContext, type Logger } from '@curbside/core';
import { inTransaction, tryTransactionLock } from '@curbside/database';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConsultUrgency } from './consult.entity.js';
import { type ConsultSettings, consultSettings } from './consult-settings.js';
import { ConsultEscalatedEvent, ConsultExpiredEvent } from './consults.events.js';

/** Any 64-bit number that no other advisory lock in Curbside uses. */
const SWEEP_LOCK = 4_207_302;

/** Consults handled per sweep; the rest wait for the next run. */
const BATCH = 500;

export interface ConsultSweepResult {
  escalated: number;
  expired: number;
}

interface EscalatedRow {
  id: string;
  case_id: string;
  requested_by: string;
  specialty_id: string;
  previous: string | null;
}

interface ExpiredRow {
  id: string;
  case_id: string;
  requested_by: string;
}

/**
 * Consults past `due_at`, at boot and on a schedule. One still OPEN and named to a specialist is
 * opened to the whole specialty with a fresh due time; one OPEN and unnamed becomes EXPIRED. Rows
 * being claimed at that instant are skipped (the claim wins). An advisory lock keeps several API
 * instances from sweeping at once.
 */
@Injectable()
export class ConsultSweepService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly settings: ConsultSettings;
  private readonly task: PeriodicTask<ConsultSweepResult | null>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    @Inject(LOGGER) logger: Logger,
    config: AppConfig,
  ) {
    this.settings = consultSettings(config);
    this.task = new PeriodicTask(
      'consult-sweep',
      () => this.sweep(),
      logger,
      (r) => Boolean(r && (r.escalated || r.expired)),
    );
  }

  onApplicationBootstrap(): Promise<void> {
    return this.task.start(this.settings.sweepIntervalSeconds);
  }

  onApplicationShutdown(): Promise<void> {
    return this.task.stop();
  }

  /** One sweep as of `now`; null when another instance holds the sweep lock. */
  async sweep(now: Date = new Date()): Promise<ConsultSweepResult | null> {
    const ctx = RequestContext.system('consult-sweep');
    const outcome = await inTransaction(this.dataSource, async (manager) => {
      if (!(await tryTransactionLock(manager, SWEEP_LOCK))) return null;
      const [escalated] = await manager.query<[EscalatedRow[], number]>(
        `WITH due AS (
           SELECT id, consultant_id FROM consult
            WHERE status = 'OPEN' AND named = true AND due_at < $1
            ORDER BY due_at LIMIT $4 FOR UPDATE SKIP LOCKED)
         UPDATE consult k
            SET named = false, consultant_id = NULL,
                due_at = $1::timestamptz + (CASE WHEN k.urgency = $5 THEN $2::double precision ELSE $3::double precision END) * interval '1 hour'
           FROM due
          WHERE k.id = due.id
        RETURNING k.id, k.case_id, k.requested_by, k.specialty_id, due.consultant_id AS previous`,
        [
          now,
          this.settings.dueHours[ConsultUrgency.URGENT],
          this.settings.dueHours[ConsultUrgency.ROUTINE],
          BATCH,
          ConsultUrgency.URGENT,
        ],
      );
      for (const row of escalated) {
        await this.audit.record(
          manager,
          ctx,
          AuditAction.CONSULT_ESCALATED,
          { type: 'Consult', id: row.id },
          { caseId: row.case_id, previousConsultantId: row.previous },
          null,
        );
      }
      const [expired] = await manager.query<[ExpiredRow[], number]>(
        `WITH due AS (
           SELECT id FROM consult
            WHERE status = 'OPEN' AND named = false AND due_at < $1
            ORDER BY due_at LIMIT $2 FOR UPDATE SKIP LOCKED)
         UPDATE consult k SET status = 'EXPIRED', closed_at = $1
           FROM due
          WHERE k.id = due.id
        RETURNING k.id, k.case_id, k.requested_by`,
        [now, BATCH],
      );
      for (const row of expired) {
        await this.audit.record(
          manager,
          ctx,
          AuditAction.CONSULT_EXPIRED,
          { type: 'Consult', id: row.id },
          { caseId: row.case_id },
          null,
        );
      }
      await this.events.publishInTransaction(
        manager,
        ...escalated.map(
          (r) => new ConsultEscalatedEvent(r.id, r.case_id, r.requested_by, r.specialty_id, r.previous),
        ),
        ...expired.map((r) => new ConsultExpiredEvent(r.id, r.case_id, r.requested_by)),
      );
      return { escalated, expired };
    });
    if (!outcome) return null;
    await this.events.publish(
      ...outcome.escalated.map(
        (r) => new ConsultEscalatedEvent(r.id, r.case_id, r.requested_by, r.specialty_id, r.previous),
      ),
      ...outcome.expired.map((r) => new ConsultExpiredEvent(r.id, r.case_id, r.requested_by)),
    );
    return { escalated: outcome.escalated.length, expired: outcome.expired.length };
  }
}
