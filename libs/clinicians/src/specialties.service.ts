import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { loadById } from '@curbside/database';
import type { RequestContext } from '@curbside/core';
import { ClinicianEntity, VerificationStatus } from './clinician.entity.js';
import { SPECIALTY_CATALOG } from './specialty-catalog.js';
import { SpecialtyEntity } from './specialty.entity.js';

@Injectable()
export class SpecialtiesService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A SQL sub-query giving the specialty ids of the clinician bound to `param` (a named parameter
   * such as `:me`), for other features' queries: the clinician_specialty table stays this library's.
   */
  static specialtyIdsOfSql(param: string): string {
    return `SELECT cs.specialty_id FROM clinician_specialty cs WHERE cs.clinician_id = ${param}`;
  }

  /**
   * A SQL query of the clinicians who take consults in the specialty bound to `specialty`: verified,
   * accepting consults; never `exclude` nor `excludeToo` (positional parameters such as `$2::uuid`).
   */
  static consultTakersSql(specialty: string, exclude: string, excludeToo: string): string {
    return `SELECT c.id FROM clinician_specialty cs JOIN clinician c ON c.id = cs.clinician_id
     WHERE cs.specialty_id = ${specialty} AND c.accepting_consults = true AND c.verification_status = 'VERIFIED'
       AND c.id <> ${exclude} AND c.id IS DISTINCT FROM ${excludeToo}`;
  }

  /** Whether the specialty exists (inside the caller's transaction). */
  exists(manager: EntityManager, id: string): Promise<boolean> {
    return manager.getRepository(SpecialtyEntity).existsBy({ id });
  }

  /** Whether the clinician practises the specialty (inside the caller's transaction). */
  async practises(manager: EntityManager, clinicianId: string, specialtyId: string): Promise<boolean> {
    const [{ has }] = await manager.query<{ has: boolean }[]>(
      'SELECT EXISTS (SELECT 1 FROM clinician_specialty WHERE clinician_id = $1 AND specialty_id = $2) AS has',
      [clinicianId, specialtyId],
    );
    return has;
  }

  /**
   * Whether the clinician takes consults in the specialty: verified, accepting consults and of that
   * specialty. Null when there is no such clinician.
   */
  async takesConsults(
    manager: EntityManager,
    clinicianId: string,
    specialtyId: string,
  ): Promise<boolean | null> {
    const clinician = await manager
      .getRepository(ClinicianEntity)
      .findOne({ where: { id: clinicianId }, relations: { specialties: true } });
    if (!clinician) return null;
    return (
      clinician.verificationStatus === VerificationStatus.VERIFIED &&
      clinician.acceptingConsults &&
      clinician.specialties.some((s) => s.id === specialtyId)
    );
  }

  load(ctx: RequestContext, id: string): Promise<SpecialtyEntity | null> {
    return loadById(ctx, this.dataSource, SpecialtyEntity, id);
  }

  list(): Promise<SpecialtyEntity[]> {
    return this.dataSource.getRepository(SpecialtyEntity).find({ order: { name: 'ASC' } });
  }

  /** Inserts the catalogue, or renames entries whose name changed; safe to run at every boot. */
  static async seed(manager: EntityManager): Promise<SpecialtyEntity[]> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(SpecialtyEntity)
      .values(SPECIALTY_CATALOG.map((s) => ({ code: s.code, name: s.name })))
      .orUpdate(['name'], ['code'])
      .execute();
    return manager.getRepository(SpecialtyEntity).find({ order: { name: 'ASC' } });
  }
}
