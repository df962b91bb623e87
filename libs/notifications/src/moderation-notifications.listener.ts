import { EventBus } from '@curbside/core';
import { LicenseInformationRequestedEvent, LicenseRevokedEvent } from '@curbside/licensing';
import {
  ContentHiddenEvent,
  ContentReturnedEvent,
  HeldContentEditedEvent,
  ReportOutcome,
  ReportsResolvedEvent,
} from '@curbside/moderation';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotificationKind } from './notification-kind.js';
import { NotificationPublisher } from './notification-publisher.js';

/** Every administrator, as a sub-query (the clinicians library's table, read only). */
const ADMINS = `SELECT id FROM clinician WHERE role = 'ADMIN'`;

/**
 * Notification records for moderation: the author and the administrators when a report hides
 * content, the author when it is returned to them, the administrators when the author rewrites it,
 * and the reporters and the author when reports close; and the clinician when an administrator asks
 * for more information about a licence or the registry revokes it. Records point at things by id only.
 */
@Injectable()
export class ModerationNotificationsListener implements OnModuleInit {
  constructor(
    private readonly bus: EventBus,
    private readonly dataSource: DataSource,
    private readonly publisher: NotificationPublisher,
  ) {}

  onModuleInit(): void {
    this.bus.subscribe(ContentHiddenEvent, (e) =>
      this.insert(
        `INSERT INTO notification (recipient_id, kind, case_id)
         SELECT $1::uuid, $2::varchar, $3::uuid
         UNION ALL SELECT a.id, $4::varchar, $3::uuid FROM (${ADMINS}) a WHERE a.id <> $1::uuid`,
        [e.authorId, NotificationKind.CONTENT_HIDDEN, e.caseId, NotificationKind.REPORT_NEEDS_REVIEW],
      ),
    );
    this.bus.subscribe(ContentReturnedEvent, (e) =>
      this.insert('INSERT INTO notification (recipient_id, kind, case_id) VALUES ($1, $2, $3)', [
        e.authorId,
        NotificationKind.CONTENT_RETURNED,
        e.caseId,
      ]),
    );
    this.bus.subscribe(HeldContentEditedEvent, (e) =>
      this.insert(
        `INSERT INTO notification (recipient_id, kind, case_id)
         SELECT a.id, $1::varchar, $2::uuid FROM (${ADMINS}) a WHERE a.id <> $3::uuid`,
        [NotificationKind.HELD_CONTENT_EDITED, e.caseId, e.authorId],
      ),
    );
    this.bus.subscribe(ReportsResolvedEvent, (e) => this.resolved(e));
    // Verification at scale: the clinician hears that more is needed, or that a licence was revoked.
    this.bus.subscribe(LicenseInformationRequestedEvent, (e) =>
      this.insert('INSERT INTO notification (recipient_id, kind, license_id) VALUES ($1, $2, $3)', [
        e.clinicianId,
        NotificationKind.LICENSE_NEEDS_INFORMATION,
        e.licenseId,
      ]),
    );
    this.bus.subscribe(LicenseRevokedEvent, (e) =>
      this.insert('INSERT INTO notification (recipient_id, kind, license_id) VALUES ($1, $2, $3)', [
        e.clinicianId,
        NotificationKind.LICENSE_REVOKED,
        e.licenseId,
      ]),
    );
  }

  /** Each reporter hears the outcome; the author hears it when their content was restored or removed. */
  private async resolved(e: ReportsResolvedEvent): Promise<void> {
    const authorKind =
      e.outcome === ReportOutcome.DELETED
        ? NotificationKind.CONTENT_REMOVED
        : e.outcome === ReportOutcome.RESTORED
          ? NotificationKind.CONTENT_RESTORED
          : null;
    await this.insert(
      `INSERT INTO notification (recipient_id, kind, case_id)
       SELECT r.id, $2::varchar, $3::uuid FROM unnest($1::uuid[]) AS r(id)
        WHERE r.id IS DISTINCT FROM $4::uuid
       UNION ALL SELECT $4::uuid, $5::varchar, $3::uuid WHERE $4::uuid IS NOT NULL AND $5::varchar IS NOT NULL`,
      [[...e.reporterIds], NotificationKind.REPORT_OUTCOME, e.caseId, e.authorId, authorKind],
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
