import { Anonymizer } from '@curbside/anonymizer';
import { AuditAction, AuditService } from '@curbside/audit';
import { DomainError, RequestContext, isUuid } from '@curbside/core';
import { inTransaction } from '@curbside/database';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LicenseEntity, LicenseFlag } from './license.entity.js';

/**
 * An administrator's answer to a registry flag. Only a differing expiry can be cleared: the
 * administrator has checked the date (a renewal the registry has not caught up with, a typo in the
 * registry); a deactivated NPI is not a question of judgement and keeps its flag. Once cleared, the
 * same licence is not flagged for its expiry again by later imports.
 */
@Injectable()
export class LicenseFlagsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly anonymizer: Anonymizer,
  ) {}

  /**
   * Clears an EXPIRY_MISMATCH flag. The reason is de-identified and only its finding count is audited
   * (audit details hold ids, codes and counts, never free text), as for a reinstatement.
   */
  async clear(ctx: RequestContext, licenseId: string, reason: string): Promise<LicenseEntity> {
    if (reason.trim().length < 3)
      throw DomainError.badInput('Give a reason for clearing the flag (at least 3 characters)', {
        fields: ['reason'],
      });
    const safeReason = this.anonymizer.deidentify(reason);
    return inTransaction(this.dataSource, async (manager) => {
      const repo = manager.getRepository(LicenseEntity);
      const license = isUuid(licenseId)
        ? await repo.findOne({ where: { id: licenseId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!license) throw DomainError.notFound('The licence');
      if (license.flag === null) throw DomainError.conflict('This licence has no registry flag');
      if (license.flag !== LicenseFlag.EXPIRY_MISMATCH) {
        throw DomainError.conflict(
          'Only a differing expiry can be cleared; a deactivated NPI keeps its flag',
        );
      }
      const cleared = license.flag;
      Object.assign(license, { flag: null, flaggedAt: null, expiryFlagClearedAt: new Date() });
      await repo.update(
        { id: license.id },
        { flag: null, flaggedAt: null, expiryFlagClearedAt: license.expiryFlagClearedAt },
      );
      await this.audit.record(
        manager,
        ctx,
        AuditAction.LICENSE_FLAG_CLEARED,
        { type: 'License', id: license.id },
        { flag: cleared, reasonFindings: safeReason.findings.length },
      );
      return license;
    });
  }
}
