import { AuditAction, AuditService } from '@curbside/audit';
import type { RequestContext } from '@curbside/core';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { LicenseFlag, LicenseStatus } from './license.entity.js';
import type { RegistryLicense } from './registry-provider.entity.js';
import { FieldMatch, compareWithRegistry } from './registry/registry-compare.js';

/** Licences compared per statement when a whole import is checked again. */
const CHECK_BATCH = 500;

interface CheckRow {
  id: string;
  clinician_id: string;
  npi: string;
  jurisdiction: string;
  license_number: string;
  expires_on: string;
  status: LicenseStatus;
  flag: LicenseFlag | null;
  expiry_cleared: boolean;
  display_name: string;
  r_npi: string | null;
  first_name: string | null;
  last_name: string | null;
  licenses: RegistryLicense[] | null;
  deactivated_on: string | null;
}

export interface RecheckResult {
  checked: number;
  flagged: number;
  /** Verified licences revoked because the registry deactivated their NPI (access ends at once). */
  revoked: { licenseId: string; clinicianId: string }[];
}

/** Which licences to compare with the registry again. */
export type RecheckScope = { licenseIds: readonly string[] } | { importedSince: Date };

/**
 * Keeps each pending or verified licence's registry comparison (field by field, with a score) up to
 * date, flags what an administrator must see again, and revokes a verified licence whose NPI the
 * registry deactivated: the actor lookup then treats its holder as lapsed on their next request.
 */
@Injectable()
export class RegistryChecksService {
  constructor(private readonly audit: AuditService) {}

  async recheck(manager: EntityManager, ctx: RequestContext, scope: RecheckScope): Promise<RecheckResult> {
    const result: RecheckResult = { checked: 0, flagged: 0, revoked: [] };
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await this.batch(manager, scope, after);
      for (const row of rows) await this.check(manager, ctx, row, result);
      if (rows.length < CHECK_BATCH) return result;
      after = rows[rows.length - 1].id;
    }
  }

  private batch(manager: EntityManager, scope: RecheckScope, after: string): Promise<CheckRow[]> {
    const byIds = 'licenseIds' in scope;
    return manager.query<CheckRow[]>(
      `SELECT l.id, l.clinician_id, l.npi, l.jurisdiction, l.license_number, l.expires_on::text AS expires_on,
              l.status, l.flag, l.expiry_flag_cleared_at IS NOT NULL AS expiry_cleared, c.display_name, r.npi AS r_npi, r.first_name, r.last_name, r.licenses,
              r.deactivated_on::text AS deactivated_on
         FROM license l JOIN clinician c ON c.id = l.clinician_id
         ${byIds ? 'LEFT JOIN' : 'JOIN'} registry_provider r ON r.npi = l.npi
        WHERE l.status IN ('PENDING', 'VERIFIED') AND l.id > $1::uuid
          AND ${byIds ? 'l.id = ANY($2::uuid[])' : 'r.imported_at >= $2'}
        ORDER BY l.id LIMIT ${CHECK_BATCH}`,
      [after, byIds ? [...scope.licenseIds] : scope.importedSince],
    );
  }

  private async check(
    manager: EntityManager,
    ctx: RequestContext,
    row: CheckRow,
    result: RecheckResult,
  ): Promise<void> {
    const comparison = compareWithRegistry(
      {
        npi: row.npi,
        jurisdiction: row.jurisdiction,
        licenseNumber: row.license_number,
        clinicianName: row.display_name,
        expiresOn: row.expires_on,
      },
      row.r_npi
        ? {
            npi: row.r_npi,
            firstName: row.first_name ?? '',
            lastName: row.last_name ?? '',
            licenses: row.licenses ?? [],
            deactivatedOn: row.deactivated_on,
          }
        : null,
    );
    result.checked++;
    const deactivated = comparison.deactivation === FieldMatch.MISMATCH;
    const flag = deactivated
      ? LicenseFlag.REGISTRY_DEACTIVATED
      : comparison.expiry === FieldMatch.MISMATCH && !row.expiry_cleared
        ? LicenseFlag.EXPIRY_MISMATCH
        : null;
    const revoke = deactivated && row.status === LicenseStatus.VERIFIED;
    const newFlag = flag !== null && flag !== row.flag;
    await manager.query(
      `UPDATE license SET registry_score = $2, registry_fields = $3::jsonb, registry_checked_at = now()
         ${newFlag ? ', flag = $4, flagged_at = clock_timestamp()' : ''}
         ${revoke ? ", status = 'REVOKED'" : ''}
        WHERE id = $1`,
      [row.id, comparison.score, JSON.stringify(comparison), ...(newFlag ? [flag] : [])],
    );
    const target = { type: 'License', id: row.id };
    if (revoke) {
      result.revoked.push({ licenseId: row.id, clinicianId: row.clinician_id });
      await this.audit.record(manager, ctx, AuditAction.LICENSE_REVOKED, target, { cause: flag });
    }
    if (newFlag) {
      result.flagged++;
      await this.audit.record(manager, ctx, AuditAction.LICENSE_FLAGGED, target, {
        flag,
        score: comparison.score,
      });
    }
  }
}
