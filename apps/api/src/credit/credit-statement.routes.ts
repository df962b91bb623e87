import { readsCaseContent } from '@curbside/access';
import { ACTOR_LOOKUP, type ActorLookup } from '@curbside/auth';
import { CREDIT_STATEMENT_PATH, ConsultCreditService } from '@curbside/consults';
import { DomainError, ErrorCode, type Logger, RequestContext } from '@curbside/core';
import type { INestApplicationContext } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { addressOf } from '../client-address.js';

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_VERIFIED]: 403,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
};

/**
 * `GET /credit/statement?...`: a clinician's credit statement as a PDF, through the signed link
 * `creditStatementLink` gives (a plain link, so the browser downloads it). The link's session is
 * looked up again: after sign-out, suspension or a lapsed licence the link stops working. Refusals
 * are JSON errors with a code; nothing of the query is echoed or logged.
 */
export function installCreditStatementRoute(
  fastify: FastifyInstance,
  app: INestApplicationContext,
  logger: Logger,
): void {
  const actors = app.get<ActorLookup>(ACTOR_LOOKUP, { strict: false });
  const credit = app.get(ConsultCreditService, { strict: false });

  const fail = (request: FastifyRequest, reply: FastifyReply, error: unknown) => {
    const known = error instanceof DomainError;
    if (!known)
      logger.error({ correlationId: request.id, kind: (error as Error)?.name }, 'credit route failed');
    const code = known ? error.code : ErrorCode.INTERNAL_SERVER_ERROR;
    void reply.status(STATUS[code] ?? 500).header('cache-control', 'no-store');
    return reply.send({
      errors: [
        {
          message: known ? error.message : 'Internal server error',
          extensions: { code, correlationId: request.id },
        },
      ],
    });
  };

  fastify.get(CREDIT_STATEMENT_PATH, async (request, reply) => {
    const grant = credit.verifyLink((request.query ?? {}) as Record<string, unknown>);
    if (!grant) return fail(request, reply, DomainError.forbidden('This link has expired or is not valid'));
    try {
      const actor = await actors.findActor(grant.sessionId, grant.clinicianId);
      if (!actor) return fail(request, reply, DomainError.forbidden('This link has expired or is not valid'));
      if (!readsCaseContent(actor)) return fail(request, reply, DomainError.notVerified());
      const ctx = new RequestContext(request.id, addressOf(request));
      ctx.actor = actor;
      const pdf = await credit.statement(ctx, new Date(grant.from), new Date(grant.to));
      const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
      void reply
        .status(200)
        .header('content-type', 'application/pdf')
        .header(
          'content-disposition',
          `attachment; filename="curbside-credit-${day(grant.from)}-${day(grant.to)}.pdf"`,
        )
        .header('cache-control', 'private, no-store')
        .header('x-content-type-options', 'nosniff');
      return reply.send(pdf);
    } catch (error) {
      return fail(request, reply, error);
    }
  });
}
