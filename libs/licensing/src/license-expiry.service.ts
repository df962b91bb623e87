import { AuditAction, AuditService } from '@curbside/audit';
import { ClinicianStandingService } from '@curbside/clinicians';
import { AppConfig } from '@curbside/config';
import { EventBus, LOGGER, PeriodicTask, RequestContext, type Logger } from '@curbside/core';
import { inTransaction, tryTransactionLock } from '@curbside/database';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LicenseExpiringEvent } from './licensing.events.js';

/** Any 64-bit number that no other advisory lock in Curbside uses. */
const SWEEP_LOCK = 4_207_301;

export interface SweepResult {
  expiredLicenses: number;
  expiredClinicians: number;
  expiringNotices: number;
}

/**
 * Licence expiry, at boot and on a schedule: licences past `expires_on` become EXPIRED, clinicians
 * left without a valid licence become EXPIRED, and a LICENSE_EXPIRING notice goes out 30 days ahead.
 * An advisory lock keeps several API instances from sweeping at once.
 */
@Injectable()
export class LicenseExpiryService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly task: PeriodicTask<SweepResult | null>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    private readonly standing: ClinicianStandingService,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.task = new PeriodicTask(
      'licence-expiry-sweep',
      () => this.sweep(),
      logger,
      (r) => Boolean(r && (r.expiredLicenses || r.expiringNotices)),
    );
  }

  onApplicationBootstrap(): Promise<void> {
    return this.task.start(this.config.LICENSE_SWEEP_INTERVAL_SECONDS);
  }

  onApplicationShutdown(): Promise<void> {
    return this.task.stop();
  }

  async sweep(today: string = new Date().toISOString().slice(0, 10)): Promise<SweepResult | null> {
    const ctx = RequestContext.system('license-expiry-sweep');
    const outcome = await inTransaction(this.dataSource, async (manager) => {
      if (!(await tryTransactionLock(manager, SWEEP_LOCK))) return null;
      const expired = await manager.query<[{ id: string; clinician_id: string }[], number]>(
        `UPDATE license SET status = 'EXPIRED'
          WHERE status IN ('VERIFIED', 'PENDING') AND expires_on < $1::date
        RETURNING id, clinician_id`,
        [today],
      );
      const expiredRows = expired[0];
      for (const row of expiredRows) {
        await this.audit.record(
          manager,
          ctx,
          AuditAction.LICENSE_EXPIRED,
          { type: 'License', id: row.id },
          {},
          null,
        );
      }
      // Whose every licence has lapsed: the clinicians library moves them to EXPIRED (its table).
      const lapsed = await manager.query<{ clinician_id: string }[]>(
        `SELECT DISTINCT l.clinician_id FROM license l
          WHERE l.status = 'EXPIRED'
            AND NOT EXISTS (SELECT 1 FROM license v WHERE v.clinician_id = l.clinician_id
                              AND v.status IN ('VERIFIED', 'PENDING'))`,
      );
      const clinicians = await this.standing.expire(
        manager,
        lapsed.map((r) => r.clinician_id),
      );
      const expiring = await manager.query<[{ id: string; clinician_id: string }[], number]>(
        `UPDATE license SET expiring_notice_at = now()
          WHERE status = 'VERIFIED' AND expiring_notice_at IS NULL
            AND expires_on <= ($1::date + 30) AND expires_on >= $1::date
        RETURNING id, clinician_id`,
        [today],
      );
      await this.events.publishInTransaction(
        manager,
        ...expiring[0].map((r) => new LicenseExpiringEvent(r.id, r.clinician_id)),
      );
      return { expiredRows, clinicians, expiring: expiring[0] };
    });
    if (!outcome) return null;
    await this.events.publish(...outcome.expiring.map((r) => new LicenseExpiringEvent(r.id, r.clinician_id)));
    return {
      expiredLicenses: outcome.expiredRows.length,
      expiredClinicians: outcome.clinicians.length,
      expiringNotices: outcome.expiring.length,
    };
  }
}
