import { AuditAction, AuditService } from '@curbside/audit';
import { ACTOR_LOOKUP, type ActorLookup, SessionsService, TokenService } from '@curbside/auth';
import { AccountsService, PasswordResetService } from '@curbside/clinicians';
import type { AppConfig } from '@curbside/config';
import { DomainError, ErrorCode, type Logger, type RequestContext } from '@curbside/core';
import { inTransaction } from '@curbside/database';
import type { INestApplicationContext } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';

/** The refresh token's cookie: HttpOnly (script cannot read it), SameSite=Strict, only sent to /auth. */
export const REFRESH_COOKIE = 'curbside_refresh';
/**
 * Every /auth call must carry this header. A page on another site cannot add a custom header to a
 * request without a CORS preflight, which this server never grants: the header is the CSRF check.
 */
export const CSRF_HEADER = 'x-curbside-csrf';
const REFRESH_COOKIE_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

const STATUS: Record<ErrorCode, number> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_VERIFIED]: 403,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
  [ErrorCode.INTERNAL_SERVER_ERROR]: 500,
};

interface SignedInBody {
  accessToken: string;
  clinicianId: string;
}

function cookieValue(request: FastifyRequest, name: string): string | null {
  const header = request.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim();
      return /^[A-Za-z0-9._~-]{16,512}$/.test(value) ? value : null;
    }
  }
  return null;
}

function stringField(body: unknown, name: string, max: number): string {
  const value =
    typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;
  if (typeof value !== 'string' || value.length === 0 || value.length > max) {
    throw DomainError.badInput(`The field "${name}" is missing or too long`, { fields: [name] });
  }
  return value;
}

/**
 * The web app's session endpoints. Sign-in, registration and password reset answer with a short-lived access token in
 * the body (kept in memory by the app) and put the refresh token in an HttpOnly cookie; /auth/refresh
 * rotates it; sign-out revokes the session (or all of them) and clears the cookie. The GraphQL
 * mutations stay as they are for API clients.
 */
export function installSessionCookieRoutes(
  fastify: FastifyInstance,
  app: INestApplicationContext,
  config: AppConfig,
  logger: Logger,
): void {
  const accounts = app.get(AccountsService, { strict: false });
  const resets = app.get(PasswordResetService, { strict: false });
  const sessions = app.get(SessionsService, { strict: false });
  const tokens = app.get(TokenService, { strict: false });
  const actors = app.get<ActorLookup>(ACTOR_LOOKUP, { strict: false });
  const audit = app.get(AuditService, { strict: false });
  const dataSource = app.get(DataSource, { strict: false });
  const secure = config.isProduction ? '; Secure' : '';

  const setCookie = (reply: FastifyReply, token: string | null): void => {
    const value = token ?? '';
    const maxAge = token ? REFRESH_COOKIE_MAX_AGE_SECONDS : 0;
    void reply.header(
      'set-cookie',
      `${REFRESH_COOKIE}=${value}; Path=/auth; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${secure}`,
    );
  };

  const contextOf = (request: FastifyRequest): RequestContext => {
    if (!request.curbside) throw DomainError.unauthenticated();
    return request.curbside;
  };

  /** The signed-in caller from the Authorization header, looked up fresh (as the GraphQL guard does). */
  const signedInCaller = async (request: FastifyRequest): Promise<RequestContext> => {
    const ctx = contextOf(request);
    const match = /^Bearer\s+([A-Za-z0-9._~+/=-]{1,4096})$/.exec(request.headers.authorization ?? '');
    const claims = match ? await tokens.verifyAccessToken(match[1]) : null;
    const actor = claims ? await actors.findActor(claims.sid, claims.sub) : null;
    if (!actor) throw DomainError.unauthenticated();
    ctx.actor = actor;
    return ctx;
  };

  const route = (
    path: string,
    handle: (request: FastifyRequest, reply: FastifyReply) => Promise<SignedInBody | { ok: true }>,
  ): void => {
    fastify.post(path, async (request, reply) => {
      try {
        if (request.headers[CSRF_HEADER] !== '1') {
          throw DomainError.forbidden('This request must come from the Curbside web app');
        }
        const body = await handle(request, reply);
        void reply.header('cache-control', 'no-store');
        return body;
      } catch (error) {
        const known = error instanceof DomainError;
        if (!known) {
          logger.error({ correlationId: request.id, kind: (error as Error)?.name }, 'session route failed');
        }
        const code = known ? error.code : ErrorCode.INTERNAL_SERVER_ERROR;
        if (code === ErrorCode.UNAUTHENTICATED) setCookie(reply, null);
        void reply.status(STATUS[code]);
        return {
          errors: [
            {
              message: known ? error.message : 'Internal server error',
              extensions: { code, ...(known ? error.details : {}), correlationId: request.id },
            },
          ],
        };
      }
    });
  };

  route('/auth/login', async (request, reply) => {
    const signedIn = await accounts.login(
      contextOf(request),
      stringField(request.body, 'email', 320),
      stringField(request.body, 'password', 1024),
    );
    setCookie(reply, signedIn.refreshToken);
    return { accessToken: signedIn.accessToken, clinicianId: signedIn.clinician.id };
  });

  route('/auth/register', async (request, reply) => {
    const signedIn = await accounts.register(contextOf(request), {
      displayName: stringField(request.body, 'displayName', 120),
      email: stringField(request.body, 'email', 320),
      password: stringField(request.body, 'password', 1024),
    });
    setCookie(reply, signedIn.refreshToken);
    return { accessToken: signedIn.accessToken, clinicianId: signedIn.clinician.id };
  });

  // the web app's reset page: the new session's refresh token goes in the cookie, as at sign-in
  route('/auth/reset-password', async (request, reply) => {
    const signedIn = await resets.reset(
      contextOf(request),
      stringField(request.body, 'token', 200),
      stringField(request.body, 'password', 1024),
    );
    setCookie(reply, signedIn.refreshToken);
    return { accessToken: signedIn.accessToken, clinicianId: signedIn.clinician.id };
  });

  route('/auth/refresh', async (request, reply) => {
    const token = cookieValue(request, REFRESH_COOKIE);
    if (!token) throw DomainError.unauthenticated('You are signed out');
    const signedIn = await accounts.refresh(contextOf(request), token);
    setCookie(reply, signedIn.refreshToken);
    return { accessToken: signedIn.accessToken, clinicianId: signedIn.clinician.id };
  });

  route('/auth/logout', async (request, reply) => {
    setCookie(reply, null);
    await accounts.logout(await signedInCaller(request));
    return { ok: true };
  });

  route('/auth/logout-everywhere', async (request, reply) => {
    setCookie(reply, null);
    const ctx = await signedInCaller(request);
    const clinicianId = ctx.requireActor.clinicianId;
    await inTransaction(dataSource, async (manager) => {
      const ended = await sessions.revokeAll(manager, clinicianId, 'LOGOUT');
      await audit.record(
        manager,
        ctx,
        AuditAction.SESSION_REVOKED,
        { type: 'Clinician', id: clinicianId },
        { reason: 'LOGOUT_EVERYWHERE', sessions: ended },
      );
    });
    return { ok: true };
  });
}
