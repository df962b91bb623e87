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
  @Mutation(() => AuthPayload, {
    description:
      'Creates an account and signs it in. Public; limited per client address and hour. New accounts are UNVERIFIED until a licence is approved. An address that already has an account gets CONFLICT, and its owner an e-mail about the attempt.',
  })
  async register(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: "The new account's email, password and display name." })
    input: RegisterInput,
  ): Promise<AuthPayload> {
    return payload(await this.accounts.register(ctx, input));
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Signs in with email and password. Public. Repeated failures are slowed per account and per address; a wrong email and a wrong password get the same answer.',
  })
  async login(
    @Ctx() ctx: RequestContext,
    @Args('email', { description: "The account's email address." }) email: string,
    @Args('password', { description: "The account's password." }) password: string,
  ): Promise<AuthPayload> {
    return payload(await this.accounts.login(ctx, email, password));
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Trades a refresh token for a new token pair; the old refresh token stops working. Public.',
  })
  async refreshSession(
    @Ctx() ctx: RequestContext,
    @Args('refreshToken', {
      description: 'The refresh token from the last register, login or refreshSession.',
    })
    refreshToken: string,
  ): Promise<AuthPayload> {
    return payload(await this.accounts.refresh(ctx, refreshToken));
  }

  @SignedIn()
  @Mutation(() => Boolean, {
    description:
      'Ends the current session: its refresh token is revoked. Signed-in clinicians. Returns true.',
  })
  logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    return this.accounts.logout(ctx);
  }

  @SignedIn()
  @Query(() => Clinician, { description: 'The signed-in clinician (any verification status).' })
  me(@Ctx() ctx: RequestContext): Promise<Clinician> {
    return this.profiles.me(ctx);
  }

  @SignedIn()
  @Query(() => Clinician, {
    nullable: true,
    description: "A clinician's public profile by id, or null when there is none. Signed-in clinicians.",
  })
  clinician(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'Clinician id.' }) id: string,
  ): Promise<Clinician | null> {
    return this.profiles.byId(ctx, id);
  }

  @SignedIn()
  @Mutation(() => Clinician, {
    description: 'Changes your own profile and returns it. Signed-in clinicians.',
  })
  updateProfile(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The fields to change.' }) input: UpdateProfileInput,
  ): Promise<Clinician> {
    return this.profiles.update(ctx, input);
  }

  @SignedIn()
  @ResolveField(() => String, { nullable: true, description: 'The clinician themself and admins only' })
  email(@Ctx() ctx: RequestContext, @Parent() clinician: Clinician & { email?: string }): string | null {
    return ProfilesService.canSeePrivate(ctx, clinician.id) ? (clinician.email ?? null) : null;
  }

  @SignedIn()
  @ResolveField(() => [Specialty], { description: "The clinician's specialties, by name." })
  specialties(@Ctx() ctx: RequestContext, @Parent() clinician: Clinician): Promise<Specialty[]> {
    return this.profiles.specialtiesOf(ctx, clinician.id);
  }
}

/** Adds `actor` to the audit library's AuditEvent (audit sits below clinicians and cannot import it). */
@Resolver(() => AuditEvent)
export class AuditEventActorResolver {
  constructor(private readonly profiles: ProfilesService) {}

  @SignedIn()
  @ResolveField(() => Clinician, {
    nullable: true,
    description: 'The clinician who acted; null for the system (sweeps, imports) or an anonymous caller.',
  })
  actor(@Ctx() ctx: RequestContext, @Parent() event: AuditEvent): Promise<Clinician | null> {
    return event.actorId ? this.profiles.load(ctx, event.actorId) : Promise.resolve(null);
  }
}
