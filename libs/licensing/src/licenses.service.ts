import { Anonymizer, type DeidentifiedText } from '@curbside/anonymizer';
import { AuditAction, AuditService } from '@curbside/audit';
import { SessionsService } from '@curbside/auth';
import {
  ClinicianEntity,
  type ClinicianStanding,
  ClinicianStandingService,
  VerificationStatus,
} from '@curbside/clinicians';
import { AppConfig } from '@curbside/config';
import {
  DomainError,
  EventBus,
  type Page,
  type RequestContext,
  decodeCursor,
  isUsJurisdiction,
  isUuid,
  pageSize,
  parseIsoDate,
  toPage,
} from '@curbside/core';
import { inTransaction, loadAllBy } from '@curbside/database';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, Not } from 'typeorm';
import {
  type ReviewLicenseInput,
  type ReviewLicensesInput,
  LicenseDecision,
  type SubmitLicenseInput,
} from './license.inputs.js';
import { LicenseEntity, LicenseStatus, RegistryMatch } from './license.entity.js';
import { LicenseInformationRequestedEvent, LicenseReviewedEvent } from './licensing.events.js';
import { RegistryChecksService } from './registry-checks.service.js';
import { RegistryProviderEntity } from './registry-provider.entity.js';
import { isValidNpi, matchRegistry } from './registry/index.js';

export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Licence submission, review, the verification queue and suspension. */
@Injectable()
export class LicensesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly sessions: SessionsService,
    private readonly events: EventBus,
    private readonly anonymizer: Anonymizer,
    private readonly registryChecks: RegistryChecksService,
    private readonly standing: ClinicianStandingService,
  ) {}

  private async requireStanding(manager: EntityManager, clinicianId: string): Promise<ClinicianStanding> {
    const standing = await this.standing.get(manager, clinicianId);
    if (!standing) throw DomainError.notFound('The clinician');
    return standing;
  }

  /** The clinician as the API answers a suspension or reinstatement with (a shared-kernel read). */
  private profile(manager: EntityManager, clinicianId: string): Promise<ClinicianEntity> {
    return manager.getRepository(ClinicianEntity).findOneByOrFail({ id: clinicianId });
  }

  async submit(ctx: RequestContext, input: SubmitLicenseInput): Promise<LicenseEntity> {
    const actor = ctx.requireActor;
    const jurisdiction = input.jurisdiction.toUpperCase();
    const licenseNumber = input.licenseNumber.toUpperCase();
    const expiresOn = parseIsoDate(input.expiresOn);
    if (!isValidNpi(input.npi))
      throw DomainError.badInput('npi has an invalid check digit', { fields: ['npi'] });
    if (!isUsJurisdiction(jurisdiction)) {
      throw DomainError.badInput('jurisdiction must be a US state or territory code', {
        fields: ['jurisdiction'],
      });
    }
    if (expiresOn <= todayUtc()) {
      throw DomainError.badInput('expiresOn must be in the future', { fields: ['expiresOn'] });
    }
    const { license, autoApproved } = await this.inTx(async (manager) => {
      const licenses = manager.getRepository(LicenseEntity);
      if (await licenses.exists({ where: { jurisdiction, licenseNumber } })) {
        throw DomainError.conflict('This licence has already been submitted');
      }
      const clinician = await this.requireStanding(manager, actor.clinicianId);
      const saved = await licenses.save(
        licenses.create({
          clinicianId: clinician.id,
          npi: input.npi,
          jurisdiction,
          licenseNumber,
          credential: input.credential,
          expiresOn,
          status: LicenseStatus.PENDING,
          reviewNote: null,
          reviewedAt: null,
          reviewedBy: null,
          expiringNoticeAt: null,
        }),
      );
      await this.audit.record(manager, ctx, AuditAction.LICENSE_SUBMITTED, ref(saved), { jurisdiction });
      const match = await this.registryMatch(manager, saved, clinician.displayName);
      await this.registryChecks.recheck(manager, ctx, { licenseIds: [saved.id] });
      if (match === RegistryMatch.FULL && this.config.REGISTRY_AUTO_APPROVE) {
        await this.approve(manager, ctx, saved, clinician, null, true);
        return { license: saved, autoApproved: true };
      }
      if (clinician.verificationStatus !== VerificationStatus.VERIFIED) {
        await this.standing.applyLicenseOutcome(manager, clinician.id, VerificationStatus.PENDING);
      }
      return { license: saved, autoApproved: false };
    });
    if (autoApproved)
      await this.events.publish(new LicenseReviewedEvent(license.id, license.clinicianId, license.status));
    return license;
  }

  async review(ctx: RequestContext, input: ReviewLicenseInput): Promise<LicenseEntity> {
    const note = this.decisionNote(input.decision, input.note);
    const license = await this.inTx((manager) =>
      this.decide(manager, ctx, input.licenseId, input.decision, note),
    );
    await this.events.publish(this.decisionEvent(license, input.decision));
    return license;
  }

  /**
   * One decision on many pending licences, each in its own transaction: one that cannot be decided
   * (unknown, already reviewed) is skipped with its error code and the others go on.
   */
  async reviewMany(
    ctx: RequestContext,
    input: ReviewLicensesInput,
  ): Promise<{ reviewed: LicenseEntity[]; skipped: { licenseId: string; code: string; message: string }[] }> {
    const note = this.decisionNote(input.decision, input.note);
    const reviewed: LicenseEntity[] = [];
    const skipped: { licenseId: string; code: string; message: string }[] = [];
    for (const id of input.licenseIds) {
      try {
        const license = await this.inTx((manager) => this.decide(manager, ctx, id, input.decision, note));
        reviewed.push(license);
        await this.events.publish(this.decisionEvent(license, input.decision));
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        skipped.push({ licenseId: id, code: error.code, message: error.message });
      }
    }
    return { reviewed, skipped };
  }

  /** The note of a decision, de-identified (the clinician reads it); required to reject or ask. */
  private decisionNote(decision: LicenseDecision, raw: string | null | undefined): DeidentifiedText | null {
    const note = raw?.trim() ? raw.trim() : null;
    if (decision === LicenseDecision.REJECT && !note) {
      throw DomainError.badInput('A rejection needs a note for the clinician', { fields: ['note'] });
    }
    if (decision === LicenseDecision.NEEDS_INFORMATION && !note) {
      throw DomainError.badInput('Say what information the clinician should send', { fields: ['note'] });
    }
    // The note reaches the clinician: it is de-identified like any text another person reads.
    return note === null ? null : this.anonymizer.deidentify(note).text;
  }

  private decisionEvent(license: LicenseEntity, decision: LicenseDecision): object {
    return decision === LicenseDecision.NEEDS_INFORMATION
      ? new LicenseInformationRequestedEvent(license.id, license.clinicianId)
      : new LicenseReviewedEvent(license.id, license.clinicianId, license.status);
  }

  private async decide(
    manager: EntityManager,
    ctx: RequestContext,
    licenseId: string,
    decision: LicenseDecision,
    note: DeidentifiedText | null,
  ): Promise<LicenseEntity> {
    const row = isUuid(licenseId)
      ? await manager
          .getRepository(LicenseEntity)
          .findOne({ where: { id: licenseId }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!row) throw DomainError.notFound('The licence');
    if (row.status !== LicenseStatus.PENDING)
      throw DomainError.conflict('This licence has already been reviewed');
    const clinician = await this.requireStanding(manager, row.clinicianId);
    switch (decision) {
      case LicenseDecision.APPROVE:
        await this.approve(manager, ctx, row, clinician, note, false);
        break;
      case LicenseDecision.REJECT:
        await this.reject(manager, ctx, row, clinician, note ?? this.anonymizer.deidentify('').text);
        break;
      case LicenseDecision.NEEDS_INFORMATION:
        Object.assign(row, { reviewNote: note, informationRequestedAt: new Date() });
        await manager.getRepository(LicenseEntity).save(row);
        await this.audit.record(manager, ctx, AuditAction.LICENSE_INFORMATION_REQUESTED, ref(row), {});
        await this.events.publishInTransaction(
          manager,
          new LicenseInformationRequestedEvent(row.id, row.clinicianId),
        );
        break;
    }
    return row;
  }

  /** Pending licences, oldest first, keyset-paginated on (submitted_at, id). */
  async queue(
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Page<LicenseEntity>> {
    const size = pageSize(first);
    const query = this.dataSource
      .getRepository(LicenseEntity)
      .createQueryBuilder('l')
      .where('l.status = :status', { status: LicenseStatus.PENDING })
      .orderBy('l.submitted_at', 'ASC')
      .addOrderBy('l.id', 'ASC')
      .limit(size + 1);
    if (after) {
      const [at, id] = decodeCursor(after, ['number', 'uuid']);
      query.andWhere('(l.submitted_at, l.id) > (:at, :id)', { at: new Date(Number(at)), id: String(id) });
    }
    return toPage(await query.getMany(), size, (l) => [l.submittedAt.getTime(), l.id]);
  }

  /** The registry verdict for licences shown to administrators, one query per page. */
  async registryMatches(licenses: LicenseEntity[]): Promise<Map<string, RegistryMatch>> {
    if (licenses.length === 0) return new Map();
    const npis = [...new Set(licenses.map((l) => l.npi))];
    const clinicianIds = [...new Set(licenses.map((l) => l.clinicianId))];
    const [rows, names] = await Promise.all([
      this.dataSource.getRepository(RegistryProviderEntity).findBy({ npi: In(npis) }),
      this.standing.displayNames(this.dataSource.manager, clinicianIds),
    ]);
    const byNpi = new Map(rows.map((r) => [r.npi, r]));
    return new Map(
      licenses.map((l) => [
        l.id,
        matchRegistry(
          {
            npi: l.npi,
            jurisdiction: l.jurisdiction,
            licenseNumber: l.licenseNumber,
            clinicianName: names.get(l.clinicianId) ?? '',
          },
          byNpi.get(l.npi) ?? null,
        ),
      ]),
    );
  }

  forClinician(ctx: RequestContext, clinicianId: string): Promise<LicenseEntity[]> {
    return loadAllBy(ctx, this.dataSource, LicenseEntity, 'clinicianId', clinicianId, {
      submittedAt: 'ASC',
      id: 'ASC',
    });
  }

  async suspend(ctx: RequestContext, clinicianId: string, reason: string): Promise<ClinicianEntity> {
    const actor = ctx.requireActor;
    if (clinicianId === actor.clinicianId)
      throw DomainError.badInput('Administrators cannot suspend themselves');
    // De-identified whole, before anything else touches it; the audit keeps only its finding count
    // (audit details hold ids, codes, counts and flags, never free text).
    const safeReason = this.anonymizer.deidentify(reason);
    return this.inTx(async (manager) => {
      const { standing: clinician, changed } = await this.standing.suspend(manager, clinicianId);
      if (!changed) return this.profile(manager, clinician.id);
      const sessions = await this.sessions.revokeAll(manager, clinician.id, 'SUSPENDED');
      await this.audit.record(
        manager,
        ctx,
        AuditAction.CLINICIAN_SUSPENDED,
        { type: 'Clinician', id: clinician.id },
        {
          revokedSessions: sessions,
          reasonFindings: safeReason.findings.length,
        },
      );
      return this.profile(manager, clinician.id);
    });
  }

  /**
   * Lifts a suspension: the clinician's standing comes back from their licences (verified, pending,
   * lapsed or none). The reason is de-identified and only its finding count is audited (audit
   * details hold ids, codes, counts and flags, never free text). Sessions stay revoked: they sign in again.
   */
  async reinstate(ctx: RequestContext, clinicianId: string, reason: string): Promise<ClinicianEntity> {
    if (!reason.trim())
      throw DomainError.badInput('Give a reason for the reinstatement', { fields: ['reason'] });
    const safeReason = this.anonymizer.deidentify(reason);
    return this.inTx(async (manager) => {
      const clinician = await this.standing.reinstate(manager, clinicianId, async (standing) => {
        const licenses = await manager.getRepository(LicenseEntity).findBy({ clinicianId: standing.id });
        const today = todayUtc();
        const has = (status: LicenseStatus, valid = false) =>
          licenses.some((l) => l.status === status && (!valid || l.expiresOn >= today));
        return has(LicenseStatus.VERIFIED, true)
          ? VerificationStatus.VERIFIED
          : has(LicenseStatus.PENDING)
            ? VerificationStatus.PENDING
            : has(LicenseStatus.EXPIRED) || has(LicenseStatus.VERIFIED)
              ? VerificationStatus.EXPIRED
              : has(LicenseStatus.REJECTED) || has(LicenseStatus.REVOKED)
                ? VerificationStatus.REJECTED
                : VerificationStatus.UNVERIFIED;
      });
      const next = clinician.verificationStatus;
      await this.audit.record(
        manager,
        ctx,
        AuditAction.CLINICIAN_REINSTATED,
        { type: 'Clinician', id: clinician.id },
        { status: next, reasonFindings: safeReason.findings.length },
      );
      return this.profile(manager, clinician.id);
    });
  }

  private async approve(
    manager: EntityManager,
    ctx: RequestContext,
    license: LicenseEntity,
    clinician: ClinicianStanding,
    note: DeidentifiedText | null,
    automatic: boolean,
  ): Promise<void> {
    Object.assign(license, {
      status: LicenseStatus.VERIFIED,
      reviewNote: note,
      reviewedAt: new Date(),
      reviewedBy: automatic ? null : (ctx.actor?.clinicianId ?? null),
    });
    await manager.getRepository(LicenseEntity).save(license);
    await this.standing.applyLicenseOutcome(manager, clinician.id, VerificationStatus.VERIFIED);
    await this.audit.record(manager, ctx, AuditAction.LICENSE_APPROVED, ref(license), { automatic });
    await this.events.publishInTransaction(
      manager,
      new LicenseReviewedEvent(license.id, license.clinicianId, license.status),
    );
  }

  private async reject(
    manager: EntityManager,
    ctx: RequestContext,
    license: LicenseEntity,
    clinician: ClinicianStanding,
    note: DeidentifiedText,
  ): Promise<void> {
    Object.assign(license, {
      status: LicenseStatus.REJECTED,
      reviewNote: note,
      reviewedAt: new Date(),
      reviewedBy: ctx.actor?.clinicianId ?? null,
    });
    await manager.getRepository(LicenseEntity).save(license);
    const others = await manager
      .getRepository(LicenseEntity)
      .findBy({ clinicianId: clinician.id, id: Not(license.id) });
    const next = others.some((l) => l.status === LicenseStatus.VERIFIED)
      ? null
      : others.some((l) => l.status === LicenseStatus.PENDING)
        ? VerificationStatus.PENDING
        : VerificationStatus.REJECTED;
    if (next) await this.standing.applyLicenseOutcome(manager, clinician.id, next);
    await this.audit.record(manager, ctx, AuditAction.LICENSE_REJECTED, ref(license), {});
    await this.events.publishInTransaction(
      manager,
      new LicenseReviewedEvent(license.id, license.clinicianId, license.status),
    );
  }

  private async registryMatch(
    manager: EntityManager,
    license: LicenseEntity,
    name: string,
  ): Promise<RegistryMatch> {
    const row = await manager.getRepository(RegistryProviderEntity).findOneBy({ npi: license.npi });
    return matchRegistry(
      {
        npi: license.npi,
        jurisdiction: license.jurisdiction,
        licenseNumber: license.licenseNumber,
        clinicianName: name,
      },
      row,
    );
  }

  private inTx<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, work).catch((error: unknown) => {
      if ((error as { code?: string }).code === '23505')
        throw DomainError.conflict('This licence has already been submitted');
      throw error;
    });
  }
}

function ref(license: LicenseEntity): { type: string; id: string } {
  return { type: 'License', id: license.id };
}
