import type { TrustedProxies } from '@curbside/config';
import { RequestContext, type Logger } from '@curbside/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { clientAddressOf } from './client-address.js';

declare module 'fastify' {
  interface FastifyRequest {
    curbside?: RequestContext;
    operationName?: string;
    startedAt?: bigint;
  }
}

const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** A client's request id is reused only when it is a plain token; otherwise a new UUID. */
export function requestIdFor(req: IncomingMessage): string {
  const header = req.headers['x-request-id'];
  return typeof header === 'string' && SAFE_REQUEST_ID.test(header) ? header : randomUUID();
}

const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'cache-control': 'no-store',
};

/**
 * Request context, security headers and the access log (ids, method, path, operation, status,
 * duration: never bodies or variables).
 */
export function installHttpHooks(fastify: FastifyInstance, logger: Logger, proxies: TrustedProxies): void {
  fastify.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
    request.curbside = new RequestContext(request.id, clientAddressOf(request.raw, proxies));
    request.startedAt = process.hrtime.bigint();
    void reply.header('x-request-id', request.id);
    done();
  });

  fastify.addHook('onSend', (_request, reply, payload, done) => {
    // The web app's files set their own policy and caching; everything else gets the API's.
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      if (!reply.hasHeader(name)) void reply.header(name, value);
    }
    done(null, payload);
  });

  fastify.addHook('onResponse', (request, reply, done) => {
    const durationMs = request.startedAt
      ? Number(process.hrtime.bigint() - request.startedAt) / 1e6
      : undefined;
    logger.info(
      {
        correlationId: request.id,
        method: request.method,
        path: request.url.split('?')[0],
        operationName: request.operationName,
        clinicianId: request.curbside?.actor?.clinicianId,
        status: reply.statusCode,
        durationMs: durationMs === undefined ? undefined : Math.round(durationMs * 100) / 100,
      },
      'request',
    );
    done();
  });
}
