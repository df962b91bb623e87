import { AppConfig } from '@curbside/config';
import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 60 * 60;

export interface AccessClaims {
  /** clinician id */
  sub: string;
  /** session id */
  sid: string;
}

/** How many verified access tokens are remembered (about 300 bytes each). */
const VERIFIED_CACHE_SIZE = 10_000;

/**
 * Signs and checks short-lived access tokens (HS256 JWT) and makes opaque refresh tokens.
 *
 * A token whose signature checked out once is remembered, with its expiry, so that the next requests
 * bearing it skip the WebCrypto HMAC (a third of a millisecond each). Only the signature check is
 * remembered: the expiry is compared on every call, and the session behind the token is still looked
 * up on every request, so a sign-out or a suspension counts at once.
 */
@Injectable()
export class TokenService {
  private readonly key: Uint8Array;
  private readonly verified = new Map<string, { claims: AccessClaims; expiresAtMs: number }>();

  constructor(config: AppConfig) {
    this.key = new TextEncoder().encode(config.jwtSecret);
  }

  issueAccessToken(claims: AccessClaims): Promise<string> {
    return new SignJWT({ sid: claims.sid })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(claims.sub)
      .setIssuer('curbside')
      .setAudience('curbside-api')
      .setIssuedAt()
      .setExpirationTime(`${ACCESS_TOKEN_TTL_SECONDS}s`)
      .sign(this.key);
  }

  /** The claims of a valid token, or null for anything else (expired, forged, malformed). */
  async verifyAccessToken(token: string): Promise<AccessClaims | null> {
    const known = this.verified.get(token);
    if (known) {
      if (Date.now() < known.expiresAtMs) return { ...known.claims };
      this.verified.delete(token);
      return null;
    }
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: 'curbside',
        audience: 'curbside-api',
      });
      if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return null;
      if (typeof payload.exp !== 'number') return null;
      const claims = { sub: payload.sub, sid: payload.sid };
      this.remember(token, claims, payload.exp * 1000);
      return { ...claims };
    } catch {
      return null;
    }
  }

  private remember(token: string, claims: AccessClaims, expiresAtMs: number): void {
    if (this.verified.size >= VERIFIED_CACHE_SIZE) {
      // the oldest entry first (a Map keeps insertion order)
      const oldest = this.verified.keys().next();
      if (!oldest.done) this.verified.delete(oldest.value);
    }
    this.verified.set(token, { claims, expiresAtMs });
  }

  newRefreshToken(): { token: string; hash: string } {
    const token = randomBytes(32).toString('base64url');
    return { token, hash: TokenService.hashRefreshToken(token) };
  }

  static hashRefreshToken(token: string): string {
    return createHash('sha256').update(token, 'utf8').digest('hex');
  }
}
