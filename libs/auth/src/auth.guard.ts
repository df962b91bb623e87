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
  /** The lookup is done (its result is in `curbside.actor`). */
  actorSettled?: boolean;
  /** A token was sent but named no live session (bad, expired, revoked or suspended). */
  tokenRejected?: boolean;
}

interface Declared {
  access: Access | undefined;
  conflict: boolean;
  ownerOf: OwnerOf | undefined;
}

const SESSION_INVALID = 'Your session is invalid or expired; sign in again';

function requestOf(context: ExecutionContext): RequestLike | undefined {
  if (context.getType<string>() === 'graphql') {
    // a resolver's arguments are (root, args, context, info): the GraphQL context holds the request
    return context.getArgByIndex<{ req?: RequestLike } | undefined>(2)?.req;
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

  /** What a handler declares, read once per handler and class (decorators do not change at run time). */
  private readonly declared = new WeakMap<object, WeakMap<object, Declared>>();

  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    const declared = this.declarationOf(context);
    if (declared.access === undefined || declared.conflict) {
      // A handler that says nothing (or says two things) about who may call it is closed.
      throw DomainError.forbidden();
    }
    const req = requestOf(context);
    if (!req?.curbside) {
      if (declared.access === Access.PUBLIC) return true;
      throw DomainError.unauthenticated();
    }
    // Every field of the request waits for the one lookup (sibling root fields run concurrently);
    // once it is done, the fields after it are decided without waiting again.
    if (req.actorSettled) return this.decide(context, req, req.curbside, declared);
    if (!req.actorPromise) {
      const requestContext = req.curbside;
      req.actorPromise = this.resolveActor(req).then((found) => {
        requestContext.actor ??= found;
        req.actorSettled = true;
        return found;
      });
    }
    const requestContext = req.curbside;
    return req.actorPromise.then(() => this.decide(context, req, requestContext, declared));
  }

  private declarationOf(context: ExecutionContext): Declared {
    const handler = context.getHandler();
    const type = context.getClass();
    let byClass = this.declared.get(handler);
    if (!byClass) {
      byClass = new WeakMap();
      this.declared.set(handler, byClass);
    }
    let declared = byClass.get(type);
    if (!declared) {
      const targets = [handler, type];
      declared = {
        access: this.reflector.getAllAndOverride<Access | undefined>(ACCESS, targets),
        conflict: this.reflector.getAllAndOverride<boolean>(ACCESS_CONFLICT, targets) === true,
        ownerOf: this.reflector.getAllAndOverride<OwnerOf | undefined>(OWNER_OF, targets),
      };
      byClass.set(type, declared);
    }
    return declared;
  }

  private decide(
    context: ExecutionContext,
    req: RequestLike,
    requestContext: RequestContext,
    declared: Declared,
  ): boolean {
    // Read from the context, not the token: a sign-in in this very request sets the caller.
    const actor = requestContext.actor;
    if (declared.access === Access.PUBLIC) return true;
    if (!actor) throw DomainError.unauthenticated(req.tokenRejected ? SESSION_INVALID : undefined);
    switch (declared.access) {
      case Access.SIGNED_IN:
        return true;
      case Access.VERIFIED:
        if (!readsCaseContent(actor)) throw DomainError.notVerified();
        return true;
      case Access.ADMIN:
        if (actor.role !== 'ADMIN') throw DomainError.forbidden();
        return true;
      case Access.OWNER_OR_ADMIN: {
        const [parent, args] = gqlParentAndArgs(context);
        if (!declared.ownerOf || !ownerOrAdmin(requestContext, declared.ownerOf(parent, args))) {
          throw DomainError.forbidden();
        }
        return true;
      }
      case undefined:
        // checked before the lookup; here for completeness: a handler that declares nothing is closed
        throw DomainError.forbidden();
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
