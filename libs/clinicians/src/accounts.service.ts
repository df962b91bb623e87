import { AuditAction, AuditService } from '@curbside/audit';
import { AccountThrottle, type IssuedTokens, SessionsService, isCommonPassword } from '@curbside/auth';
import { DomainError, EventBus, type RequestContext } from '@curbside/core';
import { inTransaction } from '@curbside/database';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { AccountKeys } from './account-keys.js';
import { normalizeEmail } from './admin-bootstrap.js';
import { ClinicianEntity, Role, VerificationStatus } from './clinician.entity.js';
import type { RegisterInput } from './clinician.inputs.js';
import { RegistrationAttemptedEvent } from './clinicians.events.js';
import { hashPassword, hashPasswordWithSalt, needsRehash, verifyPassword } from './password.js';

export interface SignedIn extends IssuedTokens {
  clinician: ClinicianEntity;
}

const BAD_CREDENTIALS = 'The email or password is not correct';

/**
 * Accounts: registration, sign-in with rate limits, token refresh and sign-out.
 *
 * Registration never tells whether an address already has an account. A taken address gets a
 * shadow account: a real, UNVERIFIED account that does not hold the address (`email` NULL, the
 * typed address in `claimedEmail`), signs in with it like any other, and is never e-mailed; the
 * owner's account is untouched and its owner is told by e-mail. Both paths hash once.
 */
@Injectable()
export class AccountsService {
  /** Verified against when the email is unknown, so both failures cost the same time. */
  private readonly decoyHash: Promise<string>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly throttle: AccountThrottle,
    private readonly events: EventBus,
    private readonly keys: AccountKeys,
  ) {
    this.decoyHash = hashPassword('decoy-password-that-matches-nothing');
  }

  async register(ctx: RequestContext, input: RegisterInput): Promise<SignedIn> {
    await this.throttle.beforeRegistration(ctx.clientAddress);
    assertPasswordPolicy(input.password);
    const email = normalizeEmail(input.email);
    const taken = await this.dataSource.getRepository(ClinicianEntity).exists({ where: { email } });
    const passwordHash = taken
      ? await hashPasswordWithSalt(input.password, this.keys.shadowSalt(email))
      : await hashPassword(input.password);
    try {
      return await this.create(ctx, input, email, passwordHash, taken);
    } catch (error) {
      // the address was taken between the check and the insert: a shadow after all
      if (taken || (error as { code?: string }).code !== '23505') throw error;
      const shadowHash = await hashPasswordWithSalt(input.password, this.keys.shadowSalt(email));
      return this.create(ctx, input, email, shadowHash, true);
    }
  }

  private async create(
    ctx: RequestContext,
    input: RegisterInput,
    email: string,
    passwordHash: string,
    shadow: boolean,
  ): Promise<SignedIn> {
    const { signedIn, notice } = await inTransaction(this.dataSource, async (manager) => {
      const repo = manager.getRepository(ClinicianEntity);
      const clinician = await repo.save(
        repo.create({
          email: shadow ? null : email,
          claimedEmail: shadow ? email : null,
          emailConfirmedAt: null,
          passwordHash,
          displayName: input.displayName.trim(),
          role: Role.CLINICIAN,
          verificationStatus: VerificationStatus.UNVERIFIED,
          acceptingConsults: false,
          state: null,
          bio: null,
        }),
      );
      await this.audit.record(
        manager,
        ctx,
        AuditAction.CLINICIAN_REGISTERED,
        ref(clinician),
        shadow ? { shadow: true } : {},
        clinician.id,
      );
      const attempted = shadow ? await this.recordEmailTaken(manager, ctx, email, clinician.id) : [];
      const tokens = await this.sessions.start(manager, clinician.id);
      return { signedIn: { ...tokens, clinician }, notice: attempted };
    });
    // not awaited: the outbox job dispatches it anyway, and the answer must not take longer
    if (notice.length > 0) void this.events.publish(...notice);
    return signIn(ctx, signedIn);
  }

  /**
   * The "someone tried to register with your e-mail address" notice: audited on the owner's
   * account, and e-mailed to them through the notifications outbox (at most one such e-mail a day),
   * in the registration's transaction. See the README (registration and e-mail).
   *
   * The earlier shadows claiming the address get the same notice (in the app; their e-mail goes
   * nowhere): registering one address twice must look the same to the first account whether it is
   * the address's owner or a shadow.
   */
  private async recordEmailTaken(
    manager: EntityManager,
    ctx: RequestContext,
    email: string,
    registrantId: string,
  ): Promise<RegistrationAttemptedEvent[]> {
    const repo = manager.getRepository(ClinicianEntity);
    const owner = await repo.findOneBy({ email });
    if (!owner) return [];
    await this.audit.record(manager, ctx, AuditAction.REGISTRATION_EMAIL_TAKEN, ref(owner), {
      notice: 'EMAIL',
    });
    const shadows = await repo.find({
      select: { id: true },
      where: { claimedEmail: email, email: IsNull() },
    });
    const notices = [owner, ...shadows.filter((s) => s.id !== registrantId)].map(
      (account) => new RegistrationAttemptedEvent(account.id),
    );
    await this.events.publishInTransaction(manager, ...notices);
    return notices;
  }

  /**
   * Each call is counted by the throttle before the password is looked at. Every call costs two
   * argon2 computations whatever the outcome: the owner's hash (or a decoy), then the shadow hash
   * of the typed password, compared with every shadow claiming the address in one query. So
   * neither the answer nor its time tells whether the address has an owner or shadows.
   */
  async login(ctx: RequestContext, rawEmail: string, password: string): Promise<SignedIn> {
    const email = normalizeEmail(rawEmail);
    const attempt = await this.throttle.beforeLogin(email, ctx.clientAddress);

    const repo = this.dataSource.getRepository(ClinicianEntity);
    const owner = await repo
      .createQueryBuilder('c')
      .addSelect('c.passwordHash')
      .where('c.email = :email', { email })
      .getOne();
    const ownerValid = await verifyPassword(owner?.passwordHash ?? (await this.decoyHash), password);
    const shadowHash = await hashPasswordWithSalt(password, this.keys.shadowSalt(email));
    const shadow = await repo.findOne({
      where: { claimedEmail: email, email: IsNull(), passwordHash: shadowHash },
      order: { createdAt: 'DESC' },
    });
    const clinician = owner && ownerValid ? owner : shadow;
    if (!clinician) {
      await attempt.failed();
      await inTransaction(this.dataSource, (manager) =>
        this.audit.record(manager, ctx, AuditAction.LOGIN_FAILED, owner ? ref(owner) : null, {
          reason: owner ? 'BAD_PASSWORD' : 'UNKNOWN_ACCOUNT',
        }),
      );
      throw DomainError.unauthenticated(BAD_CREDENTIALS);
    }
    if (clinician.verificationStatus === VerificationStatus.SUSPENDED) {
      await inTransaction(this.dataSource, (manager) =>
        this.audit.record(manager, ctx, AuditAction.LOGIN_FAILED, ref(clinician), { reason: 'SUSPENDED' }),
      );
      throw DomainError.forbidden('This account is suspended');
    }
    await attempt.succeeded();
    // an owner's hash made with older parameters is replaced while the password is at hand
    const rehashed =
      clinician === owner && owner.passwordHash && needsRehash(owner.passwordHash)
        ? await hashPassword(password)
        : null;
    const tokens = await inTransaction(this.dataSource, async (manager) => {
      if (rehashed) {
        await manager.getRepository(ClinicianEntity).update({ id: clinician.id }, { passwordHash: rehashed });
      }
      const issued = await this.sessions.start(manager, clinician.id);
      await this.audit.record(manager, ctx, AuditAction.LOGIN_SUCCEEDED, ref(clinician), {}, clinician.id);
      return issued;
    });
    return signIn(ctx, { ...tokens, clinician });
  }

  async refresh(ctx: RequestContext, refreshToken: string): Promise<SignedIn> {
    const outcome = await inTransaction(this.dataSource, async (manager) => {
      const rotated = await this.sessions.rotate(manager, refreshToken);
      if (rotated.reused) {
        // Committed, then refused below: the stolen family stays revoked.
        await this.audit.record(
          manager,
          ctx,
          AuditAction.SESSION_REVOKED,
          { type: 'Session', id: rotated.sessionId },
          { reason: 'TOKEN_REUSE' },
          rotated.clinicianId,
        );
        return null;
      }
      const clinician = await manager
        .getRepository(ClinicianEntity)
        .findOneByOrFail({ id: rotated.tokens.clinicianId });
      if (clinician.verificationStatus === VerificationStatus.SUSPENDED) {
        await this.sessions.revoke(manager, rotated.tokens.sessionId, 'SUSPENDED');
        return null;
      }
      return { ...rotated.tokens, clinician };
    });
    if (!outcome) throw DomainError.unauthenticated('The refresh token is not valid');
    return signIn(ctx, outcome);
  }

  async logout(ctx: RequestContext): Promise<boolean> {
    const actor = ctx.requireActor;
    return inTransaction(this.dataSource, async (manager) => {
      const revoked = await this.sessions.revoke(manager, actor.sessionId, 'LOGOUT');
      await this.audit.record(
        manager,
        ctx,
        AuditAction.SESSION_REVOKED,
        { type: 'Session', id: actor.sessionId },
        { reason: 'LOGOUT' },
      );
      return revoked;
    });
  }
}

/** The password rules of register and resetPassword (length is checked by the input's validation). */
export function assertPasswordPolicy(password: string): void {
  if (password.length < 12 || password.length > 256) {
    throw DomainError.badInput('password must be 12 to 256 characters', { fields: ['password'] });
  }
  if (isCommonPassword(password)) {
    throw DomainError.badInput('This password is too common; choose another', { fields: ['password'] });
  }
}

/** The rest of this request (e.g. the payload's `clinician { email }`) is answered as the new session. */
export function signIn(ctx: RequestContext, signedIn: SignedIn): SignedIn {
  ctx.actor = {
    clinicianId: signedIn.clinician.id,
    role: signedIn.clinician.role,
    verificationStatus: signedIn.clinician.verificationStatus,
    sessionId: signedIn.sessionId,
  };
  return signedIn;
}

export function ref(clinician: ClinicianEntity): { type: string; id: string } {
  return { type: 'Clinician', id: clinician.id };
}
