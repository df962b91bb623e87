import { isAdmin } from '@curbside/access';
import { AdminOnly, Ctx, SignedIn } from '@curbside/auth';
import { Clinician, ProfilesService } from '@curbside/clinicians';
import { DomainError, RequestContext } from '@curbside/core';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { LicenseFlag, RegistryMatch } from './license.entity.js';
import {
  LicenseQueueFilter,
  ReviewLicenseInput,
  ReviewLicensesInput,
  SubmitLicenseInput,
} from './license.inputs.js';
import { LicenseQueueService } from './license-queue.service.js';
import { License, LicenseBatchResult, LicenseConnection, RegistryComparison } from './license.model.js';
import { LicenseFlagsService } from './license-flags.service.js';
import { LicensesService } from './licenses.service.js';

const QUEUE_MATCHES = Symbol('queueMatches');

@Resolver(() => License)
export class LicensingResolver {
  constructor(
    private readonly licenses: LicensesService,
    private readonly profiles: ProfilesService,
    private readonly queue: LicenseQueueService,
    private readonly flags: LicenseFlagsService,
  ) {}

  @AdminOnly()
  @Mutation(() => License, {
    description:
      "Clears a licence's EXPIRY_MISMATCH registry flag once an administrator has checked the date (audited; the reason is de-identified); later imports do not raise it again",
  })
  clearLicenseFlag(
    @Ctx() ctx: RequestContext,
    @Args('licenseId', { type: () => ID, description: 'The flagged licence' }) licenseId: string,
    @Args('reason', { description: 'Why the flag is cleared (3 to 500 characters, de-identified)' })
    reason: string,
  ): Promise<License> {
    if (reason.length > 500)
      throw DomainError.badInput('reason must be at most 500 characters', { fields: ['reason'] });
    return this.flags.clear(ctx, licenseId, reason);
  }

  @AdminOnly()
  @Query(() => LicenseConnection, {
    description: 'Pending licences, the surest registry match first; or the licences flagged since',
  })
  licenseReviewQueue(
    @Args('filter', {
      type: () => LicenseQueueFilter,
      nullable: true,
      defaultValue: LicenseQueueFilter.PENDING,
      description: 'PENDING (default) or FLAGGED.',
    })
    filter: LicenseQueueFilter | null,
    @Args('first', {
      type: () => Int,
      nullable: true,
      defaultValue: 20,
      description: 'Page size, 1 to 100 (default 20).',
    })
    first: number,
    @Args('after', {
      type: () => String,
      nullable: true,
      description: "Cursor from a previous page's pageInfo.endCursor.",
    })
    after?: string | null,
  ): Promise<LicenseConnection> {
    return this.queue.page(filter ?? LicenseQueueFilter.PENDING, first, after);
  }

  @AdminOnly()
  @Mutation(() => LicenseBatchResult, {
    description:
      'One decision on many pending licences; those that cannot be decided are skipped with a code',
  })
  reviewLicenses(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The licences and the decision.' }) input: ReviewLicensesInput,
  ): Promise<LicenseBatchResult> {
    return this.licenses.reviewMany(ctx, input);
  }

  @AdminOnly()
  @Mutation(() => Clinician, { description: 'Lifts a suspension (audited; the reason is de-identified)' })
  reinstateClinician(
    @Ctx() ctx: RequestContext,
    @Args('clinicianId', { type: () => ID, description: 'The suspended clinician.' }) clinicianId: string,
    @Args('reason', {
      description: 'Why, 1 to 500 characters; de-identified, and never written to the audit log as text.',
    })
    reason: string,
  ): Promise<Clinician> {
    if (reason.length > 500)
      throw DomainError.badInput('reason must be at most 500 characters', { fields: ['reason'] });
    return this.licenses.reinstate(ctx, clinicianId, reason);
  }

  @SignedIn()
  @ResolveField(() => RegistryComparison, {
    nullable: true,
    description: 'Field-by-field registry comparison with a score: administrators only; null otherwise',
  })
  registryComparison(@Ctx() ctx: RequestContext, @Parent() license: License): RegistryComparison | null {
    if (!isAdmin(ctx) || !license.registryFields) return null;
    return license.registryFields as unknown as RegistryComparison;
  }

  @SignedIn()
  @ResolveField(() => LicenseFlag, { nullable: true, description: 'Administrators only; null otherwise' })
  flag(@Ctx() ctx: RequestContext, @Parent() license: License): LicenseFlag | null {
    return isAdmin(ctx) ? license.flag : null;
  }

  @SignedIn()
  @ResolveField(() => Date, {
    nullable: true,
    description: 'When the licence was flagged: administrators only',
  })
  flaggedAt(@Ctx() ctx: RequestContext, @Parent() license: License): Date | null {
    return isAdmin(ctx) ? license.flaggedAt : null;
  }

  @SignedIn()
  @Mutation(() => License, {
    description:
      'Submits a licence for verification; your status becomes PENDING. Signed-in clinicians. Accepts an `Idempotency-Key` header.',
  })
  submitLicense(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The licence.' }) input: SubmitLicenseInput,
  ): Promise<License> {
    return this.licenses.submit(ctx, input);
  }

  @AdminOnly()
  @Mutation(() => License, { description: 'Decides on one pending licence (audited). Administrators only.' })
  reviewLicense(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The licence, the decision and a note.' }) input: ReviewLicenseInput,
  ): Promise<License> {
    return this.licenses.review(ctx, input);
  }

  @AdminOnly()
  @Query(() => LicenseConnection, { description: 'Pending licences, oldest first' })
  async verificationQueue(
    @Ctx() ctx: RequestContext,
    @Args('first', {
      type: () => Int,
      nullable: true,
      defaultValue: 20,
      description: 'Page size, 1 to 100 (default 20).',
    })
    first: number,
    @Args('after', {
      type: () => String,
      nullable: true,
      description: "Cursor from a previous page's pageInfo.endCursor.",
    })
    after?: string | null,
  ): Promise<LicenseConnection> {
    const page = await this.licenses.queue(first, after);
    const matches = await this.licenses.registryMatches(page.edges.map((e) => e.node));
    ctx.memo(QUEUE_MATCHES, () => matches);
    return page;
  }

  @AdminOnly()
  @Mutation(() => Clinician, {
    description:
      'Suspends a clinician: their sessions are revoked and they cannot sign in until reinstated (audited). Administrators only; another administrator cannot be suspended here.',
  })
  suspendClinician(
    @Ctx() ctx: RequestContext,
    @Args('clinicianId', { type: () => ID, description: 'The clinician to suspend.' }) clinicianId: string,
    @Args('reason', {
      description: 'Why, at most 500 characters; de-identified, and never written to the audit log as text.',
    })
    reason: string,
  ): Promise<Clinician> {
    return this.licenses.suspend(ctx, clinicianId, reason);
  }

  @SignedIn()
  @ResolveField(() => Clinician, { description: 'The clinician who submitted the licence.' })
  async clinician(@Ctx() ctx: RequestContext, @Parent() license: License): Promise<Clinician> {
    const clinician = await this.profiles.load(ctx, license.clinicianId);
    if (!clinician) throw new Error('licence without clinician');
    return clinician;
  }

  /** The NPPES registry verdict: administrators only (null for anyone else). */
  @SignedIn()
  @ResolveField(() => RegistryMatch, { nullable: true, description: 'Administrators only; null otherwise' })
  async registryMatch(@Ctx() ctx: RequestContext, @Parent() license: License): Promise<RegistryMatch | null> {
    if (!isAdmin(ctx)) return null;
    const known = ctx.memo(QUEUE_MATCHES, () => new Map<string, RegistryMatch>());
    if (known.has(license.id)) return known.get(license.id) ?? null;
    const computed = await this.licenses.registryMatches([license as never]);
    return computed.get(license.id) ?? null;
  }
}

/** Adds `licenses` to the clinicians library's Clinician: the clinician themself and admins only. */
@Resolver(() => Clinician)
export class ClinicianLicensesResolver {
  constructor(private readonly service: LicensesService) {}

  @SignedIn()
  @ResolveField(() => [License], { description: 'The clinician themself and admins only; empty otherwise' })
  licenses(@Ctx() ctx: RequestContext, @Parent() clinician: Clinician): Promise<License[]> {
    if (!ProfilesService.canSeePrivate(ctx, clinician.id)) return Promise.resolve([]);
    return this.service.forClinician(ctx, clinician.id);
  }
}
