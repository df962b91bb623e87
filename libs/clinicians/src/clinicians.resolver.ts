import { AuditEvent } from '@curbside/audit';
import { Ctx, Public, SignedIn } from '@curbside/auth';
import { RequestContext } from '@curbside/core';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccountsService, type SignedIn as Session } from './accounts.service.js';
import { AuthPayload, Clinician } from './clinician.model.js';
import { RegisterInput, UpdateProfileInput } from './clinician.inputs.js';
import { ProfilesService } from './profiles.service.js';
import { Specialty } from './specialty.model.js';

function payload(signedIn: Session): AuthPayload {
  return {
    accessToken: signedIn.accessToken,
    refreshToken: signedIn.refreshToken,
    clinician: signedIn.clinician,
  };
}

@Resolver(() => Clinician)
export class CliniciansResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly profiles: ProfilesService,
  ) {}

  @Public()
  @Mutation(() => AuthPayload)
  async register(@Ctx() ctx: RequestContext, @Args('input') input: RegisterInput): Promise<AuthPayload> {
    return payload(await this.accounts.register(ctx, input));
  }

  @Public()
  @Mutation(() => AuthPayload)
  async login(
    @Ctx() ctx: RequestContext,
    @Args('email') email: string,
    @Args('password') password: string,
  ): Promise<AuthPayload> {
    return payload(await this.accounts.login(ctx, email, password));
  }

  @Public()
  @Mutation(() => AuthPayload)
  async refreshSession(
    @Ctx() ctx: RequestContext,
    @Args('refreshToken') refreshToken: string,
  ): Promise<AuthPayload> {
    return payload(await this.accounts.refresh(ctx, refreshToken));
  }

  @SignedIn()
  @Mutation(() => Boolean)
  logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    return this.accounts.logout(ctx);
  }

  @SignedIn()
  @Query(() => Clinician)
  me(@Ctx() ctx: RequestContext): Promise<Clinician> {
    return this.profiles.me(ctx);
  }

  @SignedIn()
  @Query(() => Clinician, { nullable: true })
  clinician(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Clinician | null> {
    return this.profiles.byId(ctx, id);
  }

  @SignedIn()
  @Mutation(() => Clinician)
  updateProfile(@Ctx() ctx: RequestContext, @Args('input') input: UpdateProfileInput): Promise<Clinician> {
    return this.profiles.update(ctx, input);
  }

  @SignedIn()
  @ResolveField(() => String, { nullable: true, description: 'The clinician themself and admins only' })
  email(@Ctx() ctx: RequestContext, @Parent() clinician: Clinician & { email?: string }): string | null {
    return ProfilesService.canSeePrivate(ctx, clinician.id) ? (clinician.email ?? null) : null;
  }

  @SignedIn()
  @ResolveField(() => [Specialty])
  specialties(@Ctx() ctx: RequestContext, @Parent() clinician: Clinician): Promise<Specialty[]> {
    return this.profiles.specialtiesOf(ctx, clinician.id);
  }
}

/** Adds `actor` to the audit library's AuditEvent (audit sits below clinicians and cannot import it). */
@Resolver(() => AuditEvent)
export class AuditEventActorResolver {
  constructor(private readonly profiles: ProfilesService) {}

  @SignedIn()
  @ResolveField(() => Clinician, { nullable: true })
  actor(@Ctx() ctx: RequestContext, @Parent() event: AuditEvent): Promise<Clinician | null> {
    return event.actorId ? this.profiles.load(ctx, event.actorId) : Promise.resolve(null);
  }
}
