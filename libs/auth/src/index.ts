export {
  ACCESS,
  ACCESS_CONFLICT,
  Access,
  AdminOnly,
  Ctx,
  declareAccess,
  OwnerOrAdmin,
  Public,
  RequireVerified,
  SignedIn,
} from './access.decorators.js';
export type { OwnerOf } from './access.decorators.js';
export { AuthGuard, requestContextOf } from './auth.guard.js';
export { ACTOR_LOOKUP } from './actor-lookup.js';
export type { ActorLookup, SessionKey } from './actor-lookup.js';
export { RefreshTokenEntity, SessionEntity } from './session.entity.js';
export { ACCESS_TOKEN_TTL_SECONDS, TokenService } from './token.service.js';
export type { AccessClaims } from './token.service.js';
export { SessionsService } from './sessions.service.js';
export type { IssuedTokens, RevocationReason } from './sessions.service.js';
export { InMemoryRateLimiter, RATE_LIMITER, RedisRateLimiter } from './rate-limiter.js';
export type { RateLimiter, RateLimitResult } from './rate-limiter.js';
export { AccountThrottle } from './account-throttle.js';
export type { LoginAttempt } from './account-throttle.js';
export { AuthModule } from './auth.module.js';
export { isCommonPassword } from './password-policy.js';
