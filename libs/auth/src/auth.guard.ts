import { type Actor, DomainError, type RequestContext } from '@curbside/core';
import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ACCESS, Access } from './access.decorators.js';
import { ACTOR_LOOKUP, type ActorLookup } from './actor-lookup.js';
import { IS_PUBLIC } from './public.decorator.js';
import { TokenService } from './token.service.js';

interface RequestLike {
  headers?: Record<string, string | string[] | undefined>;
  curbside?: RequestContext;
  actorPromise?: Promise<Actor | null>;
  /** A token was sent but named no live session (bad, expired, revoked or suspended). */
  tokenRejected?: boolean;
}

const SESSION_INVALID = 'Your session is invalid or expired; sign in again';

function requestOf(context: ExecutionContext): RequestLike | undefined {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req?: RequestLike }>().req;
  }
  return context.switchToHttp().getRequest<RequestLike>();
}

/** The request context of an HTTP or GraphQL call (set by the app's request hook). */
export function requestContextOf(context: ExecutionContext): RequestContext | undefined {
  return requestOf(context)?.curbside;
}

function bearer(req: RequestLike): string | null {
  const header = req.headers?.authorization;
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return null;
  const match = /^Bearer\s+([A-Za-z0-9._~+/=-]{1,4096})$/.exec(value);
  return match ? match[1] : '';
}

/**
 * Global and deny by default, for operations and field resolvers alike: anything not marked
 * {@link Public} needs a valid access token whose session is live; {@link RequireVerified} and
 * {@link AdminOnly} add their demands. The caller is looked up once per request, fresh from the
 * database, so a suspension or revoked session counts on the very next request.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    @Inject(ACTOR_LOOKUP) private readonly actors: ActorLookup,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, targets) === true;
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS, targets);
    const req = requestOf(context);
    if (!req?.curbside) {
      if (isPublic) return true;
      throw DomainError.unauthenticated();
    }
    // Every field of the request waits for the one lookup (sibling root fields run concurrently).
    if (!req.actorPromise) {
      const context = req.curbside;
      req.actorPromise = this.resolveActor(req).then((found) => {
        context.actor ??= found;
        return found;
      });
    }
    await req.actorPromise;
    // Read from the context, not the token: a sign-in in this very request sets the caller.
    const actor = req.curbside.actor;
    if (isPublic) return true;
    if (!actor) throw DomainError.unauthenticated(req.tokenRejected ? SESSION_INVALID : undefined);
    if (access === Access.ADMIN && actor.role !== 'ADMIN') throw DomainError.forbidden();
    if (access === Access.VERIFIED && actor.role !== 'ADMIN' && actor.verificationStatus !== 'VERIFIED') {
      throw DomainError.notVerified();
    }
    return true;
  }

  private async resolveActor(req: RequestLike): Promise<Actor | null> {
    const token = bearer(req);
    if (token === null) return null;
    const claims = token ? await this.tokens.verifyAccessToken(token) : null;
    const actor = claims ? await this.actors.findActor(claims.sid, claims.sub) : null;
    req.tokenRejected = !actor;
    return actor;
  }
}
