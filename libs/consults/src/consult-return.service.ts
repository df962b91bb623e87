import { AuditAction, AuditService } from '@curbside/audit';
import { AppConfig } from '@curbside/config';
import { EventBus, RequestContext } from '@curbside/core';
import { inTransaction } from '@curbside/database';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConsultUrgency } from './consult.entity.js';
import { CONSULT_LIFECYCLE, ConsultTransition, fromStates } from './consult-lifecycle.js';
import { type ConsultSettings, consultSettings } from './consult-settings.js';
import { ConsultReturnedEvent } from './consults.events.js';

/** Consults returned per run; the rest wait for the next one. */
const BATCH = 500;

interface ReturnedRow {
  id: string;
  case_id: string;
  requested_by: string;
  specialty_id: string;
  previous: string;
}

/**
 * Claimed consults that were not answered by their answer due time go back to their specialty's
 * queue: unnamed, unclaimed, with a fresh due time. Rows another transaction holds at that instant
 * (an answer being written, a withdrawal) are skipped, so the answer wins and no consult moves
 * twice: two runs at once share the overdue rows between them instead of both taking each.
 * Scheduled by the job queue; callable directly (tests, CLI).
 */
@Injectable()
export class ConsultReturnService {
  private readonly settings: ConsultSettings;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    config: AppConfig,
  ) {
    this.settings = consultSettings(config);
  }

  /** One run as of `now`: how many consults went back to the queue. */
  async returnOverdueClaims(now: Date = new Date()): Promise<number> {
    const ctx = RequestContext.system('consult-return');
    const returned = await inTransaction(this.dataSource, async (manager) => {
      const [rows] = await manager.query<[ReturnedRow[], number]>(
        `WITH due AS (
           SELECT id, consultant_id FROM consult
            WHERE status = ANY($6::consult_status[]) AND answer_due_at < $1
            ORDER BY answer_due_at LIMIT $4 FOR UPDATE SKIP LOCKED)
         UPDATE consult k
            SET status = $7::consult_status, named = false, consultant_id = NULL, claimed_at = NULL,
                answer_due_at = NULL,
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
          fromStates(ConsultTransition.RETURN),
          CONSULT_LIFECYCLE[ConsultTransition.RETURN].to,
        ],
      );
      for (const row of rows) {
        await this.audit.record(
          manager,
          ctx,
          AuditAction.CONSULT_RETURNED,
          { type: 'Consult', id: row.id },
          { caseId: row.case_id, previousConsultantId: row.previous },
          null,
        );
      }
      await this.events.publishInTransaction(manager, ...rows.map(returnedEvent));
      return rows;
    });
    await this.events.publish(...returned.map(returnedEvent));
    return returned.length;
  }
}

function returnedEvent(r: ReturnedRow): ConsultReturnedEvent {
  return new ConsultReturnedEvent(r.id, r.case_id, r.requested_by, r.specialty_id, r.previous);
}
