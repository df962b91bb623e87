import { DomainError, isUuid } from '@curbside/core';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ClinicianEntity, Role, VerificationStatus } from './clinician.entity.js';

/** What another library may know of a clinician's standing. */
export interface ClinicianStanding {
  id: string;
  displayName: string;
  role: Role;
  verificationStatus: VerificationStatus;
}

function standingOf(row: ClinicianEntity): ClinicianStanding {
  return {
    id: row.id,
    displayName: row.displayName,
    role: row.role,
    verificationStatus: row.verificationStatus,
  };
}

/**
 * The clinician table's verification status belongs to this library: licensing (reviews, expiry,
 * suspension) changes it only through these commands. Each takes the caller's transaction, so that a
 * licence decision and the standing it implies commit together.
 */
@Injectable()
export class ClinicianStandingService {
  /** The clinician's standing; `lock` holds the row until the caller's transaction ends. */
  async get(
    manager: EntityManager,
    clinicianId: string,
    options: { lock?: boolean } = {},
  ): Promise<ClinicianStanding | null> {
    if (!isUuid(clinicianId)) return null;
    const row = await manager.getRepository(ClinicianEntity).findOne({
      where: { id: clinicianId },
      ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    return row ? standingOf(row) : null;
  }

  /** Display names by clinician id (for matching names against a registry). */
  async displayNames(manager: EntityManager, clinicianIds: string[]): Promise<Map<string, string>> {
    if (clinicianIds.length === 0) return new Map();
    const rows = await manager
      .getRepository(ClinicianEntity)
      .createQueryBuilder('c')
      .select(['c.id', 'c.displayName'])
      .where('c.id = ANY(:ids)', { ids: clinicianIds })
      .getMany();
    return new Map(rows.map((r) => [r.id, r.displayName]));
  }

  /**
   * Sets the status a licence decision implies. A suspension stands until an administrator lifts it
   * (`reinstate`): a suspended clinician is left as they are. Returns whether the status changed.
   */
  async applyLicenseOutcome(
    manager: EntityManager,
    clinicianId: string,
    status: Exclude<VerificationStatus, VerificationStatus.SUSPENDED>,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(ClinicianEntity)
      .set({ verificationStatus: status })
      .where('id = :id AND verification_status <> :suspended', {
        id: clinicianId,
        suspended: VerificationStatus.SUSPENDED,
      })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /**
   * Of the given clinicians, those still VERIFIED or PENDING become EXPIRED (their licences lapsed);
   * administrators and suspended clinicians are left alone. Returns the ids changed.
   */
  async expire(manager: EntityManager, clinicianIds: string[]): Promise<string[]> {
    if (clinicianIds.length === 0) return [];
    const [rows] = await manager.query<[{ id: string }[], number]>(
      `UPDATE clinician SET verification_status = 'EXPIRED'
        WHERE id = ANY($1::uuid[]) AND role = 'CLINICIAN' AND verification_status IN ('VERIFIED', 'PENDING')
      RETURNING id`,
      [clinicianIds],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Suspends a clinician (the row stays locked until the caller's transaction ends). Returns the
   * standing after the change and whether there was one (suspending twice changes nothing).
   */
  async suspend(
    manager: EntityManager,
    clinicianId: string,
  ): Promise<{ standing: ClinicianStanding; changed: boolean }> {
    const standing = await this.get(manager, clinicianId, { lock: true });
    if (!standing) throw DomainError.notFound('The clinician');
    if (standing.role === Role.ADMIN) throw DomainError.forbidden('Administrators cannot be suspended here');
    if (standing.verificationStatus === VerificationStatus.SUSPENDED) return { standing, changed: false };
    await manager
      .getRepository(ClinicianEntity)
      .update({ id: standing.id }, { verificationStatus: VerificationStatus.SUSPENDED });
    return { standing: { ...standing, verificationStatus: VerificationStatus.SUSPENDED }, changed: true };
  }

  /**
   * Lifts a suspension: `next` (computed by the caller from the clinician's licences) becomes their
   * status. Refused when the clinician is not suspended.
   */
  async reinstate(
    manager: EntityManager,
    clinicianId: string,
    next: (standing: ClinicianStanding) => Promise<Exclude<VerificationStatus, VerificationStatus.SUSPENDED>>,
  ): Promise<ClinicianStanding> {
    const standing = await this.get(manager, clinicianId, { lock: true });
    if (!standing) throw DomainError.notFound('The clinician');
    if (standing.verificationStatus !== VerificationStatus.SUSPENDED) {
      throw DomainError.conflict('This clinician is not suspended');
    }
    const status = await next(standing);
    await manager.getRepository(ClinicianEntity).update({ id: standing.id }, { verificationStatus: status });
    return { ...standing, verificationStatus: status };
  }
}
