import { RATE_LIMITER, type RateLimiter } from '@curbside/auth';
import { AppConfig } from '@curbside/config';
import { DomainError, type RequestContext } from '@curbside/core';
import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { type Observable, from, switchMap } from 'rxjs';

const MINUTE_SECONDS = 60;

/**
 * `previewDeidentification` is the one read that costs CPU in proportion to what the caller sends:
 * calls and characters per minute are counted per clinician (less for an account without a
 * verified licence) and per client address, in the shared rate limiter, before the text is read.
 * The anonymizer stays free of Curbside, so the limit lives here, at the edge.
 */
@Injectable()
export class PreviewLimitInterceptor implements NestInterceptor {
  constructor(
    private readonly config: AppConfig,
    @Inject(RATE_LIMITER) private readonly limiter: RateLimiter,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (info.parentType.name !== 'Query' || info.fieldName !== 'previewDeidentification') {
      return next.handle();
    }
    const ctx = gql.getContext<{ req?: { curbside?: RequestContext } }>().req?.curbside;
    const text = gql.getArgs<{ text?: unknown }>().text;
    const characters = typeof text === 'string' ? text.length : 0;
    return from(this.charge(ctx, characters)).pipe(switchMap(() => next.handle()));
  }

  private async charge(ctx: RequestContext | undefined, characters: number): Promise<void> {
    const c = this.config;
    const actor = ctx?.actor;
    const address = ctx?.clientAddress ?? 'unknown';
    const verified = actor?.role === 'ADMIN' || actor?.verificationStatus === 'VERIFIED';
    const perCaller = verified
      ? { calls: c.PREVIEW_MAX_CALLS_PER_MINUTE, chars: c.PREVIEW_MAX_CHARACTERS_PER_MINUTE }
      : {
          calls: c.PREVIEW_UNVERIFIED_MAX_CALLS_PER_MINUTE,
          chars: c.PREVIEW_UNVERIFIED_MAX_CHARACTERS_PER_MINUTE,
        };
    const caller = actor ? `clinician:${actor.clinicianId}` : `address:${address}`;
    const results = await Promise.all([
      this.limiter.hit(`preview:calls:${caller}`, perCaller.calls, MINUTE_SECONDS),
      this.limiter.hit(`preview:chars:${caller}`, perCaller.chars, MINUTE_SECONDS, characters),
      this.limiter.hit(
        `preview:calls:ip:${address}`,
        c.PREVIEW_MAX_CALLS_PER_MINUTE_PER_ADDRESS,
        MINUTE_SECONDS,
      ),
      this.limiter.hit(
        `preview:chars:ip:${address}`,
        c.PREVIEW_MAX_CHARACTERS_PER_MINUTE_PER_ADDRESS,
        MINUTE_SECONDS,
        characters,
      ),
    ]);
    const refused = results.filter((r) => !r.allowed);
    if (refused.length > 0) {
      throw DomainError.rateLimited(Math.max(...refused.map((r) => r.retryAfterSeconds)));
    }
  }
}
