import { DomainError, ErrorCode } from '@curbside/core';
import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AdminOnly, Public, SignedIn } from './access.decorators.js';
import type { ActorLookup } from './actor-lookup.js';
import { AuthGuard } from './auth.guard.js';
import type { TokenService } from './token.service.js';

class Handlers {
  undeclared(): void {}

  @Public()
  open(): void {}

  @Public()
  @AdminOnly()
  twice(): void {}

  @SignedIn()
  signedIn(): void {}
}

/** An HTTP call with no bearer token to one handler of {@link Handlers}. */
function call(handler: keyof Handlers): ExecutionContext {
  return {
    getHandler: () => Object.getOwnPropertyDescriptor(Handlers.prototype, handler)?.value as unknown,
    getClass: () => Handlers,
    getType: () => 'http',
    switchToHttp: () => ({ getRequest: () => ({ headers: {} }) }),
  } as unknown as ExecutionContext;
}

/** What a guard call gives: it may answer (or refuse) at once, or through a promise. */
async function codeOf(run: () => unknown): Promise<ErrorCode | 'allowed'> {
  try {
    await run();
    return 'allowed';
  } catch (error) {
    return (error as DomainError).code;
  }
}

describe(AuthGuard.name, () => {
  const nothing = (): never => {
    throw new Error('not expected to be called');
  };
  const guard = new AuthGuard(
    new Reflector(),
    { verifyAccessToken: nothing } as unknown as TokenService,
    { findActor: nothing } as unknown as ActorLookup,
  );

  it('should refuse a handler that declares no access, whoever calls', async () => {
    expect(await codeOf(() => guard.canActivate(call('undeclared')))).toBe(ErrorCode.FORBIDDEN);
  });

  it('should refuse a handler that declares two accesses', async () => {
    expect(await codeOf(() => guard.canActivate(call('twice')))).toBe(ErrorCode.FORBIDDEN);
  });

  it('should let anyone through a public handler and ask a signed-in one for a caller', async () => {
    expect(await codeOf(() => guard.canActivate(call('open')))).toBe('allowed');
    expect(await codeOf(() => guard.canActivate(call('signedIn')))).toBe(ErrorCode.UNAUTHENTICATED);
  });
});
