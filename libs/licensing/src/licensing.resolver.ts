import { isAdmin } from '@curbside/access';
import { AdminOnly, Ctx, SignedIn } from '@curbside/auth';
import { Clinician, ProfilesService } from '@curbside/clinicians';
import { RequestContext } from '@curbside/core';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RegistryMatch } from './license.entity.js';
import { ReviewLicenseInput, SubmitLicenseInput } from './license.inputs.js';
import { License, LicenseConnection } from './license.model.js';
import { LicensesService } from './licenses.service.js';

const QUEUE_MATCHES = Symbol('queueMatches');

@Resolver(() => License)
export class LicensingResolver {
  constructor(
    private readonly licenses: LicensesService,
    private readonly profiles: ProfilesService,
  ) {}

  @SignedIn()
  @Mutation(() => License)
  submitLicense(@Ctx() ctx: RequestContext, @Args('input') input: SubmitLicenseInput): Promise<License> {
    return this.licenses.submit(ctx, input);
  }

  @AdminOnly()
  @Mutation(() => License)
  reviewLicense(@Ctx() ctx: RequestContext, @Args('input') input: ReviewLicenseInput): Promise<License> {
    return this.licenses.review(ctx, input);
  }

  @AdminOnly()
  @Query(() => LicenseConnection, { description: 'Pending licences, oldest first' })
  async verificationQueue(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<LicenseConnection> {
    const page = await this.licenses.queue(first, after);
    const matches = await this.licenses.registryMatches(page.edges.map((e) => e.node));
    ctx.memo(QUEUE_MATCHES, () => matches);
    return page;
  }

  @AdminOnly()
  @Mutation(() => Clinician)
  suspendClinician(
    @Ctx() ctx: RequestContext,
    @Args('clinicianId', { type: () => ID }) clinicianId: string,
    @Args('reason') reason: string,
  ): Promise<Clinician> {
    return this.licenses.suspend(ctx, clinicianId, reason);
  }

  @SignedIn()
  @ResolveField(() => Clinician)
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
