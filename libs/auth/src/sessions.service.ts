import { DomainError } from '@curbside/core';
import { Injectable } from '@nestjs/common';
import { IsNull, type EntityManager } from 'typeorm';
import { RefreshTokenEntity, SessionEntity } from './session.entity.js';
import { REFRESH_TOKEN_TTL_SECONDS, TokenService } from './token.service.js';

export interface IssuedTokens {
  sessionId: string;
  clinicianId: string;
  accessToken: string;
  refreshToken: string;
}

export type RevocationReason = 'LOGOUT' | 'SUSPENDED' | 'TOKEN_REUSE' | 'ADMIN' | 'PASSWORD_RESET';

/**
 * Sessions and their rotating refresh tokens. Every method takes the caller's transaction manager,
 * so a sign-in, its audit record and its session commit together.
 */
@Injectable()
export class SessionsService {
  constructor(private readonly tokens: TokenService) {}

  async start(manager: EntityManager, clinicianId: string): Promise<IssuedTokens> {
    const session = await manager.getRepository(SessionEntity).save({ clinicianId, revokedAt: null });
    return this.issue(manager, session.id, clinicianId);
  }

  /**
   * Trades a refresh token for a new pair. A token that was already used means it was stolen or
   * replayed: the whole session is revoked, and the caller learns only that the token is not valid.
   * Returns `{ reused: true }` in that case so the caller can audit it before failing.
   */
  async rotate(
    manager: EntityManager,
    refreshToken: string,
  ): Promise<
    { tokens: IssuedTokens; reused: false } | { reused: true; sessionId: string; clinicianId: string }
  > {
    const hash = TokenService.hashRefreshToken(refreshToken);
    const row = await manager
      .getRepository(RefreshTokenEntity)
      .createQueryBuilder('t')
      .innerJoinAndSelect('t.session', 's')
      .where('t.token_hash = :hash', { hash })
      .setLock('pessimistic_write', undefined, ['t'])
      .getOne();
    const session = row?.session;
    if (!row || !session || session.revokedAt || row.expiresAt.getTime() <= Date.now()) {
      throw DomainError.unauthenticated('The refresh token is not valid');
    }
    if (row.usedAt) {
      await this.revoke(manager, session.id, 'TOKEN_REUSE');
      return { reused: true, sessionId: session.id, clinicianId: session.clinicianId };
    }
    await manager.getRepository(RefreshTokenEntity).update({ id: row.id }, { usedAt: new Date() });
    return { reused: false, tokens: await this.issue(manager, session.id, session.clinicianId) };
  }

  async revoke(manager: EntityManager, sessionId: string, reason: RevocationReason): Promise<boolean> {
    const result = await manager
      .getRepository(SessionEntity)
      .update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: reason });
    return (result.affected ?? 0) > 0;
  }

  /** Ends every live session of a clinician; returns how many. */
  async revokeAll(manager: EntityManager, clinicianId: string, reason: RevocationReason): Promise<number> {
    const result = await manager
      .getRepository(SessionEntity)
      .update({ clinicianId, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: reason });
    return result.affected ?? 0;
  }

  private async issue(manager: EntityManager, sessionId: string, clinicianId: string): Promise<IssuedTokens> {
    const refresh = this.tokens.newRefreshToken();
    await manager.getRepository(RefreshTokenEntity).insert({
      sessionId,
      tokenHash: refresh.hash,
      expiresAt: new Date(Date.now() + REFRESH_TOKEN_TTL_SECONDS * 1000),
      usedAt: null,
    });
    const accessToken = await this.tokens.issueAccessToken({ sub: clinicianId, sid: sessionId });
    return { sessionId, clinicianId, accessToken, refreshToken: refresh.token };
  }
}
