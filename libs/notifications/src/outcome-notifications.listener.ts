import { CaseOutcomeReportedEvent, CaseOutcomeRequestedEvent, RepliesService } from '@curbside/cases';
import { EventBus } from '@curbside/core';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotificationPublisher } from './notification-publisher.js';

/** Kinds of the outcome follow-up's records (`Notification.kind`), beside those of NotificationKind. */
export const OutcomeKind = {
  /** The follow-up job asks a resolved case's author for its outcome. */
  CASE_OUTCOME_REQUESTED: 'CASE_OUTCOME_REQUESTED',
  /** The author reported the outcome: its consultants and repliers hear of it. */
  CASE_OUTCOME_REPORTED: 'CASE_OUTCOME_REPORTED',
} as const;

type Created = { id: string; recipient_id: string }[];

/**
 * Notification records of the outcome follow-up. They are written in the transaction that raises
 * the event (the follow-up job's claim, the outcome report), so a record exists exactly when its
 * cause commits and a job run twice asks once; after commit they are pushed to live subscribers.
 * Records point at the case by id only, never at outcome text.
 */
@Injectable()
export class OutcomeNotificationsListener implements OnModuleInit {
  /** Records written in a transaction, by the event object, until the after-commit push. */
  private readonly written = new WeakMap<object, Created>();

  constructor(
    private readonly bus: EventBus,
    private readonly publisher: NotificationPublisher,
  ) {}

  onModuleInit(): void {
    this.bus.subscribeInTransaction(CaseOutcomeRequestedEvent, (e, manager) =>
      this.insert(manager, e, 'INSERT INTO notification (recipient_id, kind, case_id) VALUES ($1, $2, $3)', [
        e.authorId,
        OutcomeKind.CASE_OUTCOME_REQUESTED,
        e.caseId,
      ]),
    );
    // the consultants who answered on the case and everyone who replied, never the author
    this.bus.subscribeInTransaction(CaseOutcomeReportedEvent, (e, manager) =>
      this.insert(
        manager,
        e,
        `INSERT INTO notification (recipient_id, kind, case_id)
         SELECT t.who, $3::varchar, $1::uuid
           FROM (${RepliesService.threadParticipantsSql('$1::uuid')}
                 UNION SELECT consultant_id FROM consult
                        WHERE case_id = $1::uuid AND answer_reply_id IS NOT NULL AND consultant_id IS NOT NULL) t
          WHERE t.who <> $2::uuid`,
        [e.caseId, e.authorId, OutcomeKind.CASE_OUTCOME_REPORTED],
      ),
    );
    for (const type of [CaseOutcomeRequestedEvent, CaseOutcomeReportedEvent]) {
      this.bus.subscribe(type, async (e: object) => {
        const rows = this.written.get(e);
        this.written.delete(e);
        if (rows) await this.publisher.notificationsCreated(rows);
      });
    }
  }

  private async insert(manager: EntityManager, event: object, sql: string, params: unknown[]): Promise<void> {
    const rows = await manager.query<Created>(`${sql} RETURNING id, recipient_id`, params);
    this.written.set(event, rows);
  }
}
