import { ReplyAddedEvent } from '@curbside/cases';
import { EventBus } from '@curbside/core';
import { LicenseExpiringEvent, LicenseReviewedEvent } from '@curbside/licensing';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotificationKind } from './notification-kind.js';
import { NotificationPublisher } from './notification-publisher.js';

/** Turns the features' committed events into notification records for the people concerned. */
@Injectable()
export class NotificationsListener implements OnModuleInit {
  constructor(
    private readonly bus: EventBus,
    private readonly dataSource: DataSource,
    private readonly publisher: NotificationPublisher,
  ) {}

  onModuleInit(): void {
    this.bus.subscribe(LicenseReviewedEvent, (e) =>
      this.create(e.clinicianId, NotificationKind.LICENSE_REVIEWED, e.licenseId),
    );
    this.bus.subscribe(LicenseExpiringEvent, (e) =>
      this.create(e.clinicianId, NotificationKind.LICENSE_EXPIRING, e.licenseId),
    );
    this.bus.subscribe(ReplyAddedEvent, (e) => this.publisher.replyAdded(e.caseId, e.replyId));
  }

  private async create(recipientId: string, kind: NotificationKind, licenseId: string): Promise<void> {
    const rows = await this.dataSource.query<{ id: string; recipient_id: string }[]>(
      `INSERT INTO notification (recipient_id, kind, license_id) VALUES ($1, $2, $3) RETURNING id, recipient_id`,
      [recipientId, kind, licenseId],
    );
    await this.publisher.notificationsCreated(rows);
  }
}
