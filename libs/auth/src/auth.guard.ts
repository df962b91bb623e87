import { DomainError, type RequestContext } from '@curbside/core';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { IS_PUBLIC } from './public.decorator.js';

interface ContextHolder {
  curbside?: RequestContext;
}

/** The request context of an HTTP or GraphQL call (set by the app's request hook). */
export function requestContextOf(context: ExecutionContext): RequestContext | undefined {
  if (context.getType<string>() === 'graphql') {
    const gql = GqlExecutionContext.create(context).getContext<{ req?: ContextHolder }>();
    return gql.req?.curbside;
  }
  return context.switchToHttp().getRequest<ContextHolder>().curbside;
}

/**
 * Global, deny by default: an operation or field runs only if it is marked {@link Public}
 * or the caller is signed in.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    const ctx = requestContextOf(context);
    if (!ctx?.actor) throw DomainError.unauthenticated();
    return true;
  }
}
