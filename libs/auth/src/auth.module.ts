import { AppConfig } from '@curbside/config';
import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { Redis } from 'ioredis';
import { AccountThrottle } from './account-throttle.js';
import { AuthGuard } from './auth.guard.js';
import { InMemoryRateLimiter, RATE_LIMITER, type RateLimiter, RedisRateLimiter } from './rate-limiter.js';
import { SessionsService } from './sessions.service.js';
import { TokenService } from './token.service.js';

/**
 * Tokens, sessions, rate limits and the global guard. The guard needs an ActorLookup, provided by
 * the composition root (the licensing library implements it).
 */
@Global()
@Module({
  providers: [
    TokenService,
    SessionsService,
    AccountThrottle,
    {
      provide: RATE_LIMITER,
      inject: [AppConfig],
      useFactory: (config: AppConfig): RateLimiter =>
        config.REDIS_URL
          ? new RedisRateLimiter(new Redis(config.REDIS_URL, { lazyConnect: false, maxRetriesPerRequest: 2 }))
          : new InMemoryRateLimiter(),
    },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [TokenService, SessionsService, AccountThrottle, RATE_LIMITER],
})
export class AuthModule implements OnApplicationShutdown {
  constructor(@Inject(RATE_LIMITER) private readonly limiter: RateLimiter) {}

  async onApplicationShutdown(): Promise<void> {
    await this.limiter.close();
  }
}
