import { ownerOrAdmin, readsCaseContent } from '@curbside/access';
import { Anonymizer, summarize } from '@curbside/anonymizer';
import { AuditAction, AuditService } from '@curbside/audit';
import { DomainError, isUsJurisdiction, type RequestContext } from '@curbside/core';
import { inTransaction, loadById, readSource } from '@curbside/database';
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { ClinicianEntity, VerificationStatus } from './clinician.entity.js';
import type { UpdateProfileInput } from './clinician.inputs.js';
import { SpecialtyEntity } from './specialty.entity.js';

const SPECIALTIES_LOADER = Symbol('specialtiesLoader');

/** Profiles: reading clinicians (batched per request) and updating one's own. */
@Injectable()
export class ProfilesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly anonymizer: Anonymizer,
    private readonly audit: AuditService,
  ) {}

  async me(ctx: RequestContext): Promise<ClinicianEntity> {
    const clinician = await this.load(ctx, ctx.requireActor.clinicianId);
    if (!clinician) throw DomainError.unauthenticated();
    return clinician;
  }

  /** Another clinician's profile needs a verified licence; one's own does not. */
  async byId(ctx: RequestContext, id: string): Promise<ClinicianEntity | null> {
    const actor = ctx.requireActor;
    if (id !== actor.clinicianId && !readsCaseContent(actor)) {
      throw DomainError.notVerified();
    }
    return this.load(ctx, id);
  }

  load(ctx: RequestContext, id: string): Promise<ClinicianEntity | null> {
    return loadById(ctx, this.dataSource, ClinicianEntity, id);
  }

  specialtiesOf(ctx: RequestContext, clinicianId: string): Promise<SpecialtyEntity[]> {
    const loader = ctx.memo(
      SPECIALTIES_LOADER,
      () =>
        new DataLoader<string, SpecialtyEntity[]>(async (ids) => {
          const rows = await (
            await readSource(ctx, this.dataSource)
          )
            .getRepository(SpecialtyEntity)
            .createQueryBuilder('s')
            .innerJoin('clinician_specialty', 'cs', 'cs.specialty_id = s.id')
            .addSelect('cs.clinician_id', 'owner')
            .where('cs.clinician_id IN (:...ids)', { ids: [...ids] })
            .orderBy('s.name')
            .getRawAndEntities();
          const grouped = new Map<string, SpecialtyEntity[]>();
          rows.entities.forEach((entity, i) => {
            const owner = (rows.raw[i] as { owner: string }).owner;
            grouped.set(owner, [...(grouped.get(owner) ?? []), entity]);
          });
          return ids.map((i) => grouped.get(i) ?? []);
        }),
    );
    return loader.load(clinicianId);
  }

  async update(ctx: RequestContext, input: UpdateProfileInput): Promise<ClinicianEntity> {
    const actor = ctx.requireActor;
    if (input.state != null && !isUsJurisdiction(input.state)) {
      throw DomainError.badInput('state must be a US state or territory code', { fields: ['state'] });
    }
    // De-identified before anything else touches it: the raw bio is never stored or logged.
    const bio =
      input.bio == null ? undefined : input.bio.trim() === '' ? null : this.anonymizer.deidentify(input.bio);
    return inTransaction(this.dataSource, async (manager) => {
      const repo = manager.getRepository(ClinicianEntity);
      const clinician = await repo.findOneByOrFail({ id: actor.clinicianId });
      if (input.displayName != null) clinician.displayName = input.displayName.trim();
      if (input.acceptingConsults != null) clinician.acceptingConsults = input.acceptingConsults;
      if (input.state !== undefined) clinician.state = input.state;
      if (bio !== undefined) clinician.bio = bio?.text ?? null;
      if (input.specialtyIds != null) {
        const unique = [...new Set(input.specialtyIds)];
        const specialties = await manager.getRepository(SpecialtyEntity).findBy({ id: In(unique) });
        if (specialties.length !== unique.length) throw DomainError.notFound('A specialty');
        clinician.specialties = specialties;
      }
      const saved = await repo.save(clinician);
      const summary = bio ? summarize(bio.findings) : null;
      await this.audit.record(
        manager,
        ctx,
        AuditAction.PROFILE_UPDATED,
        { type: 'Clinician', id: saved.id },
        { bioFindings: summary?.findingCount ?? 0 },
      );
      return saved;
    });
  }

  /** For guards and field resolvers: whether this caller may see private fields of `clinicianId`. */
  static canSeePrivate(ctx: RequestContext, clinicianId: string): boolean {
    return ownerOrAdmin(ctx, clinicianId);
  }

  static isVerified(clinician: ClinicianEntity): boolean {
    return clinician.verificationStatus === VerificationStatus.VERIFIED;
  }
}
