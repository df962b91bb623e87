import { type Actor, DomainError, type RequestContext } from '@curbside/core';
import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ownerOrAdmin, readsCaseContent } from '@curbside/access';
import { ACCESS, ACCESS_CONFLICT, Access, OWNER_OF, type OwnerOf } from './access.decorators.js';
import { ACTOR_LOOKUP, type ActorLookup } from './actor-lookup.js';
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

function gqlParentAndArgs(context: ExecutionContext): [unknown, Record<string, unknown>] {
  if (context.getType<string>() !== 'graphql') return [undefined, {}];
  const gql = GqlExecutionContext.create(context);
  return [gql.getRoot<unknown>(), gql.getArgs<Record<string, unknown>>()];
}

function bearer(req: RequestLike): string | null {
  const header = req.headers?.authorization;
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return null;
  const match = /^Bearer\s+([A-Za-z0-9._~+/=-]{1,4096})$/.exec(value);
  return match ? match[1] : '';
}

/**
 * Global and deny by default, for operations and field resolvers alike: each declares exactly one
 * access ({@link Access}); one that declares none (or several) is refused whoever calls. Anything
 * but {@link Access.PUBLIC} needs a valid access token whose session is live. The caller is looked
 * up once per request, fresh from the database, so a suspension or revoked session counts on the
 * very next request.
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
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS, targets);
    if (access === undefined || this.reflector.getAllAndOverride<boolean>(ACCESS_CONFLICT, targets)) {
      // A handler that says nothing (or says two things) about who may call it is closed.
      throw DomainError.forbidden();
    }
    const isPublic = access === Access.PUBLIC;
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
    switch (access) {
      case Access.SIGNED_IN:
        return true;
      case Access.VERIFIED:
        if (!readsCaseContent(actor)) throw DomainError.notVerified();
        return true;
      case Access.ADMIN:
        if (actor.role !== 'ADMIN') throw DomainError.forbidden();
        return true;
      case Access.OWNER_OR_ADMIN: {
        const ownerOf = this.reflector.getAllAndOverride<OwnerOf>(OWNER_OF, targets);
        const [parent, args] = gqlParentAndArgs(context);
        if (!ownerOrAdmin(req.curbside, ownerOf(parent, args))) throw DomainError.forbidden();
        return true;
      }
    }
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
