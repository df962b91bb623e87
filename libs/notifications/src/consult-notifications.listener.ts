import { RepliesService, ReplyAddedEvent } from '@curbside/cases';
import { SpecialtiesService } from '@curbside/clinicians';
import {
  ConsultAnsweredEvent,
  ConsultClaimedEvent,
  ConsultEscalatedEvent,
  ConsultExpiredEvent,
  ConsultRequestedEvent,
  ConsultsService,
} from '@curbside/consults';
import { EventBus } from '@curbside/core';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotificationKind } from './notification-kind.js';
import { NotificationPublisher } from './notification-publisher.js';

/**
 * Specialists of specialty $4 who take consults, never the requester ($2) nor the specialist who let
 * it lapse ($3): the clinicians library's query, used inside the statements below.
 */
const SPECIALTY_SPECIALISTS = SpecialtiesService.consultTakersSql('$4::uuid', '$2::uuid', '$3::uuid');

/**
 * Notification records for case threads and consults. Each event becomes one INSERT ... SELECT,
 * however many people it concerns; the records point at the case and the consult by id only, and
 * live subscribers hear of them through the publisher.
 */
@Injectable()
export class ConsultNotificationsListener implements OnModuleInit {
  constructor(
    private readonly bus: EventBus,
    private readonly dataSource: DataSource,
    private readonly publisher: NotificationPublisher,
  ) {}

  onModuleInit(): void {
    this.bus.subscribe(ReplyAddedEvent, (e) => this.replyAdded(e));
    this.bus.subscribe(ConsultRequestedEvent, (e) => this.consultRequested(e));
    this.bus.subscribe(ConsultClaimedEvent, (e) =>
      this.toOne(NotificationKind.CONSULT_CLAIMED, e.requesterId, e.caseId, e.consultId),
    );
    this.bus.subscribe(ConsultAnsweredEvent, (e) =>
      this.toOne(NotificationKind.CONSULT_ANSWERED, e.requesterId, e.caseId, e.consultId),
    );
    this.bus.subscribe(ConsultEscalatedEvent, (e) => this.consultEscalated(e));
    this.bus.subscribe(ConsultExpiredEvent, (e) =>
      this.toOne(NotificationKind.CONSULT_EXPIRED, e.requesterId, e.caseId, e.consultId),
    );
  }

  /**
   * The case author and everyone who replied in the thread, except the replier. A consult answer
   * is announced to its requester as CONSULT_ANSWERED instead, so they are left out here.
   */
  private async replyAdded(e: ReplyAddedEvent): Promise<void> {
    await this.insert(
      `INSERT INTO notification (recipient_id, kind, case_id)
       SELECT p.who, $3::varchar, $1::uuid FROM (${RepliesService.threadParticipantsSql('$1::uuid')}) p
        WHERE p.who <> $2
          AND p.who NOT IN (${ConsultsService.answerRequesterSql('$4::uuid')})`,
      [e.caseId, e.authorId, NotificationKind.REPLY_ADDED, e.replyId],
    );
  }

  /** The named specialist, or every specialist of the specialty who takes consults. */
  private async consultRequested(e: ConsultRequestedEvent): Promise<void> {
    if (e.consultantId) {
      await this.toOne(NotificationKind.CONSULT_REQUESTED, e.consultantId, e.caseId, e.consultId);
      return;
    }
    await this.insert(
      `INSERT INTO notification (recipient_id, kind, case_id, consult_id)
       SELECT s.id, $5::varchar, $1::uuid, $6::uuid FROM (${SPECIALTY_SPECIALISTS}) s`,
      [e.caseId, e.requesterId, null, e.specialtyId, NotificationKind.CONSULT_REQUESTED, e.consultId],
    );
  }

  /** The requester is told it widened; the specialty (but the one who let it lapse) is asked. */
  private async consultEscalated(e: ConsultEscalatedEvent): Promise<void> {
    await this.insert(
      `INSERT INTO notification (recipient_id, kind, case_id, consult_id)
       SELECT $2::uuid, $5::varchar, $1::uuid, $7::uuid
       UNION ALL SELECT s.id, $6::varchar, $1::uuid, $7::uuid FROM (${SPECIALTY_SPECIALISTS}) s`,
      [
        e.caseId,
        e.requesterId,
        e.previousConsultantId,
        e.specialtyId,
        NotificationKind.CONSULT_ESCALATED,
        NotificationKind.CONSULT_REQUESTED,
        e.consultId,
      ],
    );
  }

  /** One record for one clinician (the requester, or a named specialist). */
  private async toOne(
    kind: NotificationKind,
    recipientId: string,
    caseId: string,
    consultId: string,
  ): Promise<void> {
    await this.insert(
      'INSERT INTO notification (recipient_id, kind, case_id, consult_id) VALUES ($1, $2, $3, $4)',
      [recipientId, kind, caseId, consultId],
    );
  }

  /** Runs one INSERT (its SQL has no RETURNING clause) and announces the rows it created. */
  private async insert(sql: string, params: unknown[]): Promise<void> {
    const rows = await this.dataSource.query<{ id: string; recipient_id: string }[]>(
      `${sql} RETURNING id, recipient_id`,
      params,
    );
    await this.publisher.notificationsCreated(rows);
  }
}
