import { DomainError, type RequestContext } from '@curbside/core';
import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { type Observable, from, lastValueFrom } from 'rxjs';
import { IdempotencyService } from './idempotency.service.js';

/** The mutations that create something, where a retried request must not write twice. */
export const IDEMPOTENT_MUTATIONS: ReadonlySet<string> = new Set([
  'register',
  'createCase',
  'replyToCase',
  'requestConsult',
  'answerConsult',
  'reportContent',
  'submitLicense',
]);

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const KEY_FORMAT = /^[A-Za-z0-9_-]{8,128}$/;

interface RequestLike {
  headers?: Record<string, string | string[] | undefined>;
  curbside?: RequestContext;
}

/**
 * Honours an `Idempotency-Key` header on the creating mutations: the first call with a key writes
 * and keeps its answer; a retry with the same key, caller and arguments gets that answer again
 * without writing; the same key with other arguments is refused with BAD_USER_INPUT.
 * Without the header nothing changes.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly keys: IdempotencyService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (info.parentType.name !== 'Mutation' || !IDEMPOTENT_MUTATIONS.has(info.fieldName)) {
      return next.handle();
    }
    const req = gql.getContext<{ req?: RequestLike }>().req;
    const header = req?.headers?.[IDEMPOTENCY_HEADER];
    if (header === undefined) return next.handle();
    const key = Array.isArray(header) ? header[0] : header;
    if (!KEY_FORMAT.test(key)) {
      throw DomainError.badInput('The Idempotency-Key header must be 8 to 128 letters, digits, "-" or "_"', {
        field: 'Idempotency-Key',
      });
    }
    const ctx = req?.curbside;
    const scope = ctx?.actor
      ? `clinician:${ctx.actor.clinicianId}`
      : `address:${ctx?.clientAddress ?? 'unknown'}`;
    const operation = info.fieldName;
    const fingerprint = this.keys.fingerprint(operation, gql.getArgs());
    return from(this.run(scope, key, operation, fingerprint, next));
  }

  private async run(
    scope: string,
    key: string,
    operation: string,
    fingerprint: string,
    next: CallHandler,
  ): Promise<unknown> {
    const claim = await this.keys.claim(scope, key, operation, fingerprint);
    if (claim.kind === 'replay') return claim.value;
    let value: unknown;
    try {
      value = await lastValueFrom(next.handle());
    } catch (error) {
      // An expected refusal wrote nothing: the key may be used again. Anything else keeps it claimed.
      if (error instanceof DomainError) await this.keys.release(scope, key);
      throw error;
    }
    await this.keys.complete(scope, key, value);
    return value;
  }
}
