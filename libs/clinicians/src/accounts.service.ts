import { AuditAction, AuditService } from '@curbside/audit';
import { AccountThrottle, type IssuedTokens, SessionsService, isCommonPassword } from '@curbside/auth';
import { DomainError, EventBus, type RequestContext } from '@curbside/core';
import { inTransaction } from '@curbside/database';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { normalizeEmail } from './admin-bootstrap.js';
import { ClinicianEntity, Role, VerificationStatus } from './clinician.entity.js';
import type { RegisterInput } from './clinician.inputs.js';
import { RegistrationAttemptedEvent } from './clinicians.events.js';
import { hashPassword, verifyPassword } from './password.js';

export interface SignedIn extends IssuedTokens {
  clinician: ClinicianEntity;
}

const BAD_CREDENTIALS = 'The email or password is not correct';
/** Deliberately plain: registration is limited per address so it cannot be used to list accounts. */
const EMAIL_TAKEN = 'This email cannot be used to register; if it is yours, sign in instead';

function emailTaken(): DomainError {
  return DomainError.conflict(EMAIL_TAKEN);
}

/** Accounts: registration, sign-in with rate limits, token refresh and sign-out. */
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
  ) {
    this.decoyHash = hashPassword('decoy-password-that-matches-nothing');
  }

  async register(ctx: RequestContext, input: RegisterInput): Promise<SignedIn> {
    await this.throttle.beforeRegistration(ctx.clientAddress);
    if (isCommonPassword(input.password)) {
      throw DomainError.badInput('This password is too common; choose another', { fields: ['password'] });
    }
    const email = normalizeEmail(input.email);
    const passwordHash = await hashPassword(input.password);
    try {
      return await inTransaction(this.dataSource, async (manager) => {
        const repo = manager.getRepository(ClinicianEntity);
        if (await repo.exists({ where: { email } })) throw emailTaken();
        const clinician = await repo.save(
          repo.create({
            email,
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
          {},
          clinician.id,
        );
        const tokens = await this.sessions.start(manager, clinician.id);
        return { ...tokens, clinician };
      }).then((signedIn) => signIn(ctx, signedIn));
    } catch (error) {
      if (error instanceof DomainError && error.message === EMAIL_TAKEN) {
        await this.recordEmailTaken(ctx, email);
        throw error;
      }
      if ((error as { code?: string }).code === '23505') {
        await this.recordEmailTaken(ctx, email);
        throw emailTaken();
      }
      throw error;
    }
  }

  /**
   * The "someone tried to register with your e-mail address" notice: audited on the account, and
   * e-mailed to its owner through the notifications outbox (at most one such e-mail a day), in the
   * same transaction. The caller still gets CONFLICT: see the README (registration and e-mail).
   */
  private async recordEmailTaken(ctx: RequestContext, email: string): Promise<void> {
    const event = await inTransaction(this.dataSource, async (manager) => {
      const owner = await manager.getRepository(ClinicianEntity).findOneBy({ email });
      if (!owner) return null;
      await this.audit.record(manager, ctx, AuditAction.REGISTRATION_EMAIL_TAKEN, ref(owner), {
        notice: 'EMAIL',
      });
      const attempted = new RegistrationAttemptedEvent(owner.id);
      await this.events.publishInTransaction(manager, attempted);
      return attempted;
    });
    if (event) await this.events.publish(event);
  }

  /** Each call is counted by the throttle before the password is looked at. */
  async login(ctx: RequestContext, rawEmail: string, password: string): Promise<SignedIn> {
    const email = normalizeEmail(rawEmail);
    const attempt = await this.throttle.beforeLogin(email, ctx.clientAddress);

    const clinician = await this.dataSource
      .getRepository(ClinicianEntity)
      .createQueryBuilder('c')
      .addSelect('c.passwordHash')
      .where('c.email = :email', { email })
      .getOne();
    const valid = await verifyPassword(clinician?.passwordHash ?? (await this.decoyHash), password);
    if (!clinician || !valid) {
      await attempt.failed();
      await inTransaction(this.dataSource, (manager) =>
        this.audit.record(manager, ctx, AuditAction.LOGIN_FAILED, clinician ? ref(clinician) : null, {
          reason: clinician ? 'BAD_PASSWORD' : 'UNKNOWN_ACCOUNT',
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
    const tokens = await inTransaction(this.dataSource, async (manager) => {
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

/** The rest of this request (e.g. the payload's `clinician { email }`) is answered as the new session. */
function signIn(ctx: RequestContext, signedIn: SignedIn): SignedIn {
  ctx.actor = {
    clinicianId: signedIn.clinician.id,
    role: signedIn.clinician.role,
    verificationStatus: signedIn.clinician.verificationStatus,
    sessionId: signedIn.sessionId,
  };
  return signedIn;
}

function ref(clinician: ClinicianEntity): { type: string; id: string } {
  return { type: 'Clinician', id: clinician.id };
}
