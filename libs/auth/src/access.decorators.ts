import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { RequestContext } from '@curbside/core';
import { requestContextOf } from './auth.guard.js';

export const ACCESS = 'curbside:access';
/** Set when a second access decorator lands on the same handler: the guard refuses such a handler. */
export const ACCESS_CONFLICT = 'curbside:accessConflict';

/**
 * Who may run an operation or resolve a field. Every query, mutation, subscription and field
 * resolver declares exactly one (the `curbside/access-declared` lint rule checks it); the global
 * guard refuses anything that declares none, or more than one.
 */
export enum Access {
  /** Anyone, signed in or not. */
  PUBLIC = 'PUBLIC',
  /** Any signed-in caller with a live session, verified or not. */
  SIGNED_IN = 'SIGNED_IN',
  /** A verified licence (or an administrator): case content. */
  VERIFIED = 'VERIFIED',
  /** The ADMIN role. */
  ADMIN = 'ADMIN',
  /** The owner of the parent object (or of the `clinicianId` argument), or an administrator. */
  OWNER_OR_ADMIN = 'OWNER_OR_ADMIN',
}

/** Who owns what an owner-or-admin operation acts on: from the parent object and the arguments. */
export type OwnerOf = (parent: unknown, args: Record<string, unknown>) => string | null | undefined;
export const OWNER_OF = 'curbside:ownerOf';

function declare(access: Access, ownerOf?: OwnerOf): MethodDecorator & ClassDecorator {
  const decorate = (target: object, _key?: string | symbol, descriptor?: PropertyDescriptor): void => {
    const holder = descriptor?.value !== undefined ? (descriptor.value as object) : target;
    if (Reflect.hasOwnMetadata(ACCESS, holder)) Reflect.defineMetadata(ACCESS_CONFLICT, true, holder);
    Reflect.defineMetadata(ACCESS, access, holder);
    if (ownerOf) Reflect.defineMetadata(OWNER_OF, ownerOf, holder);
  };
  return decorate;
}

/** Opens one operation (or controller) to callers who are not signed in. */
export const Public = (): MethodDecorator & ClassDecorator => declare(Access.PUBLIC);

/** Any signed-in caller with a live session (their own notifications, their profile). */
export const SignedIn = (): MethodDecorator & ClassDecorator => declare(Access.SIGNED_IN);

/** Case content: only clinicians with a verified licence (and administrators). */
export const RequireVerified = (): MethodDecorator & ClassDecorator => declare(Access.VERIFIED);

/** Administrators only. */
export const AdminOnly = (): MethodDecorator & ClassDecorator => declare(Access.ADMIN);

/**
 * The owner of the parent object or argument, or an administrator. By default the owner is the
 * parent's `id` (a clinician's own fields) or else the `clinicianId` argument.
 */
export const OwnerOrAdmin = (ownerOf: OwnerOf = defaultOwner): MethodDecorator & ClassDecorator =>
  declare(Access.OWNER_OR_ADMIN, ownerOf);

function defaultOwner(parent: unknown, args: Record<string, unknown>): string | null {
  const id = (parent as { id?: unknown } | null | undefined)?.id;
  if (typeof id === 'string') return id;
  return typeof args['clinicianId'] === 'string' ? args['clinicianId'] : null;
}

/**
 * Declares the access of a resolver method that cannot carry a decorator itself: the anonymizer's
 * preview resolver, since the anonymizer imports nothing of Curbside. For the app's composition only.
 */
export function declareAccess(
  type: abstract new (...args: never[]) => object,
  method: string,
  decorator: MethodDecorator & ClassDecorator,
): void {
  const descriptor = Object.getOwnPropertyDescriptor(type.prototype, method);
  if (!descriptor) throw new Error(`${type.name}.${method} does not exist`);
  decorator(type.prototype as object, method, descriptor);
}

/** The {@link RequestContext} of the current call, as the guard established it. */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext): RequestContext => {
  return requestContextOf(context) ?? RequestContext.system('unscoped');
});
