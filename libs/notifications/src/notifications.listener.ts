import { EventBus } from '@curbside/core';
import { LicenseExpiringEvent, LicenseReviewedEvent } from '@curbside/licensing';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotificationKind } from './notification-kind.js';
import { NotificationEntity } from './notification.entity.js';

/** Turns the features' committed events into notification records for the people concerned. */
@Injectable()
export class NotificationsListener implements OnModuleInit {
  constructor(
    private readonly bus: EventBus,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.bus.subscribe(LicenseReviewedEvent, (e) =>
      this.create(e.clinicianId, NotificationKind.LICENSE_REVIEWED, { licenseId: e.licenseId }),
    );
    this.bus.subscribe(LicenseExpiringEvent, (e) =>
      this.create(e.clinicianId, NotificationKind.LICENSE_EXPIRING, { licenseId: e.licenseId }),
    );
  }

  private async create(
    recipientId: string,
    kind: NotificationKind,
    refs: { caseId?: string; consultId?: string; licenseId?: string },
  ): Promise<void> {
    await this.dataSource.getRepository(NotificationEntity).insert({
      recipientId,
      kind,
      caseId: refs.caseId ?? null,
      consultId: refs.consultId ?? null,
      licenseId: refs.licenseId ?? null,
      readAt: null,
    });
  }
}
