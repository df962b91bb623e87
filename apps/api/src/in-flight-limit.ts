import { ErrorCode } from '@curbside/core';
import type { FastifyInstance } from 'fastify';
import { addressOf } from './client-address.js';

/** Routes never counted nor refused: load balancers' probes must see the API as it is. */
const EXEMPT = new Set(['/health/live', '/health/ready']);

/** The body of the refusal, shaped like a GraphQL error so every client reads it the same way. */
const REFUSAL = JSON.stringify({
  errors: [
    {
      message: 'Too many requests at once from this address; try again in a moment',
      extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: 1 },
    },
  ],
});

/**
 * Caps the requests one client address may have in progress. A request over the cap is answered at
 * once, in the first hook, before its body is read or parsed: a flood from one address then costs
 * the API `limit` requests' work plus a few microseconds for each of the rest, and every other
 * client (and the health checks) keeps its share of the event loop. The count is released when the
 * response is finished or the connection drops, whichever comes first.
 */
export function limitInFlightPerAddress(fastify: FastifyInstance, limit: number): void {
  const inFlight = new Map<string, number>();
  fastify.addHook('onRequest', (request, reply, done) => {
    if (EXEMPT.has(request.routeOptions.url ?? '')) {
      done();
      return;
    }
    const address = addressOf(request);
    const current = inFlight.get(address) ?? 0;
    if (current >= limit) {
      void reply
        .code(429)
        .header('retry-after', '1')
        .header('content-type', 'application/json; charset=utf-8')
        .send(REFUSAL);
      return;
    }
    inFlight.set(address, current + 1);
    let released = false;
    reply.raw.once('close', () => {
      if (released) return;
      released = true;
      const left = (inFlight.get(address) ?? 1) - 1;
      if (left <= 0) inFlight.delete(address);
      else inFlight.set(address, left);
    });
    done();
  });
}
