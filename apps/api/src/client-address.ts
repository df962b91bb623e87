import type { TrustedProxies } from '@curbside/config';
import type { FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';

/**
 * The client address of an HTTP request or WebSocket upgrade: the one place it is computed. The
 * connection's peer, or, when the peer is a trusted proxy (TRUSTED_PROXIES), the rightmost
 * X-Forwarded-For entry that is not one. Every per-address limit, the audit record and the
 * WebSocket context use it.
 */
export function clientAddressOf(request: IncomingMessage, proxies: TrustedProxies): string {
  return proxies.clientAddress(request.socket.remoteAddress, request.headers['x-forwarded-for']);
}

/** The client address computed for this request by the first hook (see installHttpHooks). */
export function addressOf(request: FastifyRequest): string {
  return request.curbside?.clientAddress ?? 'unknown';
}
