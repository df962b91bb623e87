import { AuditAction, AuditService } from '@curbside/audit';
import { AccountThrottle, SessionsService } from '@curbside/auth';
import { DomainError, EventBus, type RequestContext } from '@curbside/core';
import { inTransaction } from '@curbside/database';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { AccountKeys } from './account-keys.js';
import { type SignedIn, assertPasswordPolicy, ref, signIn } from './accounts.service.js';
import { normalizeEmail } from './admin-bootstrap.js';
import { ClinicianEntity, VerificationStatus } from './clinician.entity.js';
import { PasswordResetRequestedEvent } from './clinicians.events.js';
import { PasswordResetEntity } from './password-reset.entity.js';
import { hashPassword } from './password.js';

/** How long a reset link works. */
export const RESET_LINK_TTL_MS = 60 * 60 * 1000;

const INVALID_LINK = 'This password reset link is not valid; it may have expired or been used already';

function invalidLink(): DomainError {
  return DomainError.badInput(INVALID_LINK, { fields: ['token'], reason: 'RESET_LINK_INVALID' });
}

/**
 * Password reset by a one-time link e-mailed to an account's address. Requesting one answers the
 * same whether or not the address has an account; only an owner's address (never a shadow's
 * claimed one) is sent a link: a shadow's link is recorded like any other and e-mailed nowhere. Using it sets the password, confirms the address, revokes every
 * session of the account and signs in.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly throttle: AccountThrottle,
    private readonly events: EventBus,
    private readonly keys: AccountKeys,
  ) {}

  /** Always true (or RATE_LIMITED for the client address), whatever the address. */
  async request(ctx: RequestContext, rawEmail: string): Promise<boolean> {
    if (rawEmail.length > 254) throw DomainError.badInput('email is too long', { fields: ['email'] });
    const email = normalizeEmail(rawEmail);
    const mayMail = await this.throttle.beforePasswordResetRequest(email, ctx.clientAddress);
    if (!mayMail) return true;
    const events = await inTransaction(this.dataSource, async (manager) => {
      const clinicians = manager.getRepository(ClinicianEntity);
      const owner = await clinicians.findOneBy({ email });
      if (!owner) return [];
      // The shadows claiming the address get a link too, e-mailed nowhere (they hold no address):
      // an account that asks for a reset of its own address sees the same, owner or shadow.
      const shadows = await clinicians.findBy({ claimedEmail: email, email: IsNull() });
      const requested: PasswordResetRequestedEvent[] = [];
      for (const account of [owner, ...shadows]) {
        if (account.verificationStatus === VerificationStatus.SUSPENDED) continue;
        requested.push(await this.issue(manager, ctx, account));
      }
      await this.events.publishInTransaction(manager, ...requested);
      return requested;
    });
    // not awaited: the outbox job sends it anyway, and the answer must not take longer
    if (events.length > 0) void this.events.publish(...events);
    return true;
  }

  private async issue(
    manager: EntityManager,
    ctx: RequestContext,
    account: ClinicianEntity,
  ): Promise<PasswordResetRequestedEvent> {
    const id = randomUUID();
    const nonce = AccountKeys.newNonce();
    await manager.getRepository(PasswordResetEntity).insert({
      id,
      clinicianId: account.id,
      nonce,
      tokenHash: AccountKeys.tokenHash(this.keys.resetToken(id, nonce)),
      expiresAt: new Date(Date.now() + RESET_LINK_TTL_MS),
      usedAt: null,
    });
    await this.audit.record(manager, ctx, AuditAction.PASSWORD_RESET_REQUESTED, ref(account), {});
    return new PasswordResetRequestedEvent(account.id, id);
  }

  /** Sets a new password with an unused, unexpired link; refused links change nothing. */
  async reset(ctx: RequestContext, token: string, password: string): Promise<SignedIn> {
    await this.throttle.beforePasswordReset(ctx.clientAddress);
    assertPasswordPolicy(password);
    if (token.length === 0 || token.length > 100) throw invalidLink();
    const passwordHash = await hashPassword(password);
    const signedIn = await inTransaction(this.dataSource, async (manager) => {
      const resets = manager.getRepository(PasswordResetEntity);
      const link = await resets.findOne({
        where: { tokenHash: AccountKeys.tokenHash(token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!link || link.usedAt || link.expiresAt.getTime() <= Date.now()) throw invalidLink();
      const clinicians = manager.getRepository(ClinicianEntity);
      const clinician = await clinicians.findOneByOrFail({ id: link.clinicianId });
      if (clinician.verificationStatus === VerificationStatus.SUSPENDED) {
        throw DomainError.forbidden('This account is suspended');
      }
      const now = new Date();
      await clinicians.update(
        { id: clinician.id },
        { passwordHash, emailConfirmedAt: clinician.emailConfirmedAt ?? now },
      );
      // every link of the account is spent: an older e-mail cannot undo this one
      await resets.update({ clinicianId: clinician.id, usedAt: IsNull() }, { usedAt: now });
      const revoked = await this.sessions.revokeAll(manager, clinician.id, 'PASSWORD_RESET');
      await this.audit.record(
        manager,
        ctx,
        AuditAction.PASSWORD_RESET_COMPLETED,
        ref(clinician),
        { sessionsRevoked: revoked },
        clinician.id,
      );
      const tokens = await this.sessions.start(manager, clinician.id);
      return { ...tokens, clinician: { ...clinician, emailConfirmedAt: clinician.emailConfirmedAt ?? now } };
    });
    return signIn(ctx, signedIn);
  }
}
