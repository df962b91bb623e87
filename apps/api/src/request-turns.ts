import type { FastifyInstance } from 'fastify';
import { addressOf } from './client-address.js';

/** Routes never queued: load balancers' probes must see the API as it is. */
const EXEMPT = new Set(['/health/live', '/health/ready']);

/**
 * Lets request handlers start one per event-loop turn, taking client addresses in turn (round
 * robin). A request refused by a limiter inside GraphQL still costs about a millisecond of the event
 * loop, and without turns a burst that arrives together is handled in one go: three hundred password
 * guesses held a health check for a third of a second. With turns, I/O (a health check, another
 * client's request) is read between any two handlers, and one address's burst waits behind itself,
 * not in front of everyone else. Nothing is refused here; throughput is unchanged.
 */
export class RequestTurns {
  /** Waiting handlers by address; a Map keeps insertion order, which makes the round robin. */
  private readonly waiting = new Map<string, (() => void)[]>();
  private scheduled = false;

  constructor(private readonly defer: (turn: () => void) => void = setImmediate) {}

  /** Queues `start` for `address`; it runs in a later turn of the event loop. */
  enqueue(address: string, start: () => void): void {
    const queue = this.waiting.get(address);
    if (queue) queue.push(start);
    else this.waiting.set(address, [start]);
    this.schedule();
  }

  /** How many handlers wait (for tests and diagnostics). */
  get size(): number {
    let total = 0;
    for (const queue of this.waiting.values()) total += queue.length;
    return total;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.defer(this.turn);
  }

  private readonly turn = (): void => {
    this.scheduled = false;
    const next = this.waiting.entries().next();
    if (next.done) return;
    const [address, queue] = next.value;
    this.waiting.delete(address);
    const start = queue.shift()!;
    // back at the end of the line: the next turn goes to the next address
    if (queue.length > 0) this.waiting.set(address, queue);
    if (this.waiting.size > 0) this.schedule();
    start();
  };
}

/** Queues every request's handler (after its body is read) in per-address turns. */
export function takeRequestsInTurns(fastify: FastifyInstance, turns = new RequestTurns()): RequestTurns {
  fastify.addHook('preHandler', (request, _reply, done) => {
    if (EXEMPT.has(request.routeOptions.url ?? '')) {
      done();
      return;
    }
    turns.enqueue(addressOf(request), () => done());
  });
  return turns;
}
