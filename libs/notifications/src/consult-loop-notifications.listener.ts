import { SpecialtiesService } from '@curbside/clinicians';
import { ConsultMessageSentEvent, ConsultReturnedEvent, ConsultWithdrawnEvent } from '@curbside/consults';
import { EventBus } from '@curbside/core';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotificationPublisher } from './notification-publisher.js';

/** Kinds of the consult loop's records (`Notification.kind`), beside those of NotificationKind. */
export const ConsultLoopKind = {
  CONSULT_MESSAGE: 'CONSULT_MESSAGE',
  CONSULT_INFO_REQUESTED: 'CONSULT_INFO_REQUESTED',
  CONSULT_RETURNED: 'CONSULT_RETURNED',
  CONSULT_WITHDRAWN: 'CONSULT_WITHDRAWN',
  CONSULT_REQUESTED: 'CONSULT_REQUESTED',
} as const;

/** Specialists of specialty $4 who take consults, never $2 (the requester) nor $3 (the last holder). */
const SPECIALTY_SPECIALISTS = SpecialtiesService.consultTakersSql('$4::uuid', '$2::uuid', '$3::uuid');

/**
 * Notification records of the consult loop: the private dialogue, a withdrawal and a claim that
 * went back to the queue. Records point at the case and the consult by id; never at message text.
 */
@Injectable()
export class ConsultLoopNotificationsListener implements OnModuleInit {
  constructor(
    private readonly bus: EventBus,
    private readonly dataSource: DataSource,
    private readonly publisher: NotificationPublisher,
  ) {}

  onModuleInit(): void {
    this.bus.subscribe(ConsultMessageSentEvent, (e) =>
      this.toOne(
        e.requestsInformation ? ConsultLoopKind.CONSULT_INFO_REQUESTED : ConsultLoopKind.CONSULT_MESSAGE,
        e.recipientId,
        e.caseId,
        e.consultId,
      ),
    );
    this.bus.subscribe(ConsultWithdrawnEvent, (e) =>
      this.toOne(ConsultLoopKind.CONSULT_WITHDRAWN, e.consultantId, e.caseId, e.consultId),
    );
    this.bus.subscribe(ConsultReturnedEvent, (e) => this.consultReturned(e));
  }

  /** The specialist who held it and the requester are told; the rest of the specialty is asked. */
  private async consultReturned(e: ConsultReturnedEvent): Promise<void> {
    await this.insert(
      `INSERT INTO notification (recipient_id, kind, case_id, consult_id)
       SELECT $3::uuid, $5::varchar, $1::uuid, $7::uuid
       UNION ALL SELECT $2::uuid, $5::varchar, $1::uuid, $7::uuid
       UNION ALL SELECT s.id, $6::varchar, $1::uuid, $7::uuid FROM (${SPECIALTY_SPECIALISTS}) s`,
      [
        e.caseId,
        e.requesterId,
        e.previousConsultantId,
        e.specialtyId,
        ConsultLoopKind.CONSULT_RETURNED,
        ConsultLoopKind.CONSULT_REQUESTED,
        e.consultId,
      ],
    );
  }

  private async toOne(kind: string, recipientId: string, caseId: string, consultId: string): Promise<void> {
    await this.insert(
      'INSERT INTO notification (recipient_id, kind, case_id, consult_id) VALUES ($1, $2, $3, $4)',
      [recipientId, kind, caseId, consultId],
    );
  }

  private async insert(sql: string, params: unknown[]): Promise<void> {
    const rows = await this.dataSource.query<{ id: string; recipient_id: string }[]>(
      `${sql} RETURNING id, recipient_id`,
      params,
    );
    await this.publisher.notificationsCreated(rows);
  }
}
