import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { RequestContext } from '@curbside/core';
import { requestContextOf } from './auth.guard.js';

export const ACCESS = 'curbside:access';

/** What an operation needs beyond being signed in. */
export enum Access {
  /** A verified licence (or an administrator): case content. */
  VERIFIED = 'VERIFIED',
  /** The ADMIN role. */
  ADMIN = 'ADMIN',
}

/** Case content: only clinicians with a verified licence (and administrators). */
export const RequireVerified = (): MethodDecorator & ClassDecorator => SetMetadata(ACCESS, Access.VERIFIED);

/** Administrators only. */
export const AdminOnly = (): MethodDecorator & ClassDecorator => SetMetadata(ACCESS, Access.ADMIN);

/** The {@link RequestContext} of the current call, as the guard established it. */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext): RequestContext => {
  return requestContextOf(context) ?? RequestContext.system('unscoped');
});
