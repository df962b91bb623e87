import { AuditEvent } from '@curbside/audit';
import { Ctx, Public, SignedIn } from '@curbside/auth';
import { RequestContext } from '@curbside/core';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccountsService, type SignedIn as Session } from './accounts.service.js';
import { AuthPayload, Clinician } from './clinician.model.js';
import { RegisterInput, UpdateProfileInput } from './clinician.inputs.js';
import { PasswordResetService } from './password-reset.service.js';
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
    private readonly resets: PasswordResetService,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Creates an account and signs it in. Public; limited per client address and hour. New accounts are UNVERIFIED until a licence is approved. The answer never tells whether the address already had an account: if it did, the new account is a separate one that signs in with the address and password given but does not hold the address (nothing is ever e-mailed to it, and it cannot reset its password), the existing account is unchanged, and its owner is e-mailed about the attempt.',
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
  @Mutation(() => Boolean, {
    description:
      'Asks for a password reset link. Public; limited per client address and hour, and per e-mail address (past its hourly share nothing more is sent). Always returns true: if the address belongs to an account, a one-time link valid for an hour is e-mailed to it; otherwise nothing happens.',
  })
  requestPasswordReset(
    @Ctx() ctx: RequestContext,
    @Args('email', { description: 'The address the account signs in with.' }) email: string,
  ): Promise<boolean> {
    return this.resets.request(ctx, email);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Sets a new password with the token of a reset link and signs in. Public; limited per client address and hour. The link works once and for an hour; using it confirms the e-mail address and revokes every other session of the account. A bad, used or expired token gets BAD_USER_INPUT (extensions.reason RESET_LINK_INVALID) and changes nothing.',
  })
  async resetPassword(
    @Ctx() ctx: RequestContext,
    @Args('token', { description: 'The token from the reset link in the e-mail.' }) token: string,
    @Args('password', { description: 'The new password, 12 to 256 characters, not a common one.' })
    password: string,
  ): Promise<AuthPayload> {
    return payload(await this.resets.reset(ctx, token, password));
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
  email(
    @Ctx() ctx: RequestContext,
    @Parent() clinician: Clinician & { email?: string | null; claimedEmail?: string | null },
  ): string | null {
    if (!ProfilesService.canSeePrivate(ctx, clinician.id)) return null;
    // a shadow account sees the address it registered with, as any account does; admins see
    // only an address the account holds
    const self = ctx.actor?.clinicianId === clinician.id;
    return clinician.email ?? (self ? (clinician.claimedEmail ?? null) : null);
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
