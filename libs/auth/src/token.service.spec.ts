import { jest } from '@jest/globals';
import { loadConfig } from '@curbside/config';
import { SignJWT } from 'jose';
import { ACCESS_TOKEN_TTL_SECONDS, TokenService } from './token.service.js';

const SECRET = 'unit-test-secret-that-is-long-enough-for-hs256';
const CLAIMS = { sub: '7d9c0f64-1b0e-4a53-9d2e-1f7a3c5b8e01', sid: 'c1e2a3b4-5d6e-4f70-8a9b-0c1d2e3f4a5b' };

function serviceWith(secret: string): TokenService {
  return new TokenService(loadConfig({ JWT_SECRET: secret }));
}

/** A token signed with the right key, as TokenService would, but with what the caller chooses. */
function signed(
  options: { expiresAt?: number; audience?: string; sid?: string | null } = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT(options.sid === null ? {} : { sid: options.sid ?? CLAIMS.sid })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(CLAIMS.sub)
    .setIssuer('curbside')
    .setAudience(options.audience ?? 'curbside-api')
    .setIssuedAt(now - 3600)
    .setExpirationTime(options.expiresAt ?? now + 600)
    .sign(new TextEncoder().encode(SECRET));
}

describe(TokenService.name, () => {
  const tokens = serviceWith(SECRET);

  it('should verify the claims of a token it issued', async () => {
    const token = await tokens.issueAccessToken(CLAIMS);
    expect(await tokens.verifyAccessToken(token)).toEqual(CLAIMS);
  });

  it('should issue tokens that expire after the access token lifetime', async () => {
    const token = await tokens.issueAccessToken(CLAIMS);
    const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as {
      iat: number;
      exp: number;
    };
    expect(payload.exp - payload.iat).toBe(ACCESS_TOKEN_TTL_SECONDS);
  });

  it('should refuse a token whose payload was tampered with', async () => {
    const [header, payload, signature] = (await tokens.issueAccessToken(CLAIMS)).split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    const forged = Buffer.from(JSON.stringify({ ...claims, sub: 'someone-else' })).toString('base64url');
    expect(await tokens.verifyAccessToken(`${header}.${forged}.${signature}`)).toBeNull();
  });

  it('should refuse a token signed with another secret', async () => {
    const token = await serviceWith('another-secret-that-is-also-long-enough-x').issueAccessToken(CLAIMS);
    expect(await tokens.verifyAccessToken(token)).toBeNull();
  });

  it('should refuse an expired token', async () => {
    const expired = await signed({ expiresAt: Math.floor(Date.now() / 1000) - 60 });
    expect(await tokens.verifyAccessToken(expired)).toBeNull();
    expect(await tokens.verifyAccessToken(await signed())).toEqual(CLAIMS);
  });

  it('should refuse a remembered token once it expires', async () => {
    const now = Date.now();
    const token = await signed({ expiresAt: Math.floor(now / 1000) + 30 });
    const fresh = serviceWith(SECRET);
    expect(await fresh.verifyAccessToken(token)).toEqual(CLAIMS);
    const clock = jest.spyOn(Date, 'now').mockReturnValue(now + 31_000);
    try {
      expect(await fresh.verifyAccessToken(token)).toBeNull();
    } finally {
      clock.mockRestore();
    }
  });

  it('should not let a remembered token vouch for a tampered copy or another secret', async () => {
    const token = await tokens.issueAccessToken(CLAIMS);
    expect(await tokens.verifyAccessToken(token)).toEqual(CLAIMS);
    const [header, , signature] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ ...CLAIMS, sid: 'someone-else', exp: 9_999_999_999 }),
    ).toString('base64url');
    expect(await tokens.verifyAccessToken(`${header}.${forged}.${signature}`)).toBeNull();
    expect(
      await serviceWith('another-secret-that-is-long-enough-for-hs256').verifyAccessToken(token),
    ).toBeNull();
  });

  it('should refuse a token for another audience', async () => {
    expect(await tokens.verifyAccessToken(await signed({ audience: 'someone-else' }))).toBeNull();
  });

  it('should refuse a token without a session id', async () => {
    expect(await tokens.verifyAccessToken(await signed({ sid: null }))).toBeNull();
  });

  it('should refuse an unsigned token', async () => {
    const [, payload] = (await tokens.issueAccessToken(CLAIMS)).split('.');
    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    expect(await tokens.verifyAccessToken(`${none}.${payload}.`)).toBeNull();
  });

  it.each(['', 'garbage', 'a.b.c'])('should refuse the malformed token %j', async (token) => {
    expect(await tokens.verifyAccessToken(token)).toBeNull();
  });

  it('should make random refresh tokens and keep only their SHA-256 hash', () => {
    const a = tokens.newRefreshToken();
    const b = tokens.newRefreshToken();
    expect(a.token).not.toBe(b.token);
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).toBe(TokenService.hashRefreshToken(a.token));
    expect(a.hash).not.toContain(a.token);
  });
});
