import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';

export const SUBSCRIPTION_LEDGER = Symbol('SUBSCRIPTION_LEDGER');

/**
 * Counts each clinician's open subscriptions across every API instance, so a per-clinician limit
 * holds however many instances a client spreads its sockets over.
 */
export interface SubscriptionLedger {
  /** Takes one place for the clinician if fewer than `limit` are held; false when the limit is reached. */
  take(clinicianId: string, limit: number): Promise<boolean>;
  /** Gives back `count` places (a completed subscription, or a socket's remaining ones on close). */
  release(clinicianId: string, count: number): Promise<void>;
  close(): Promise<void>;
}

/** One instance's count: enough when the API runs as a single process. */
export class InProcessSubscriptionLedger implements SubscriptionLedger {
  private readonly held = new Map<string, number>();

  take(clinicianId: string, limit: number): Promise<boolean> {
    const now = this.held.get(clinicianId) ?? 0;
    if (now >= limit) return Promise.resolve(false);
    this.held.set(clinicianId, now + 1);
    return Promise.resolve(true);
  }

  release(clinicianId: string, count: number): Promise<void> {
    const left = (this.held.get(clinicianId) ?? 0) - count;
    if (left > 0) this.held.set(clinicianId, left);
    else this.held.delete(clinicianId);
    return Promise.resolve();
  }

  close(): Promise<void> {
    this.held.clear();
    return Promise.resolve();
  }
}

// A hash per clinician, one field per instance. Fields of instances whose liveness key has expired
// (a crashed process) are dropped as they are met, so their places come back within a lease.
const TAKE = `
local total = 0
local fields = redis.call('HGETALL', KEYS[1])
for i = 1, #fields, 2 do
  local instance = fields[i]
  if instance == ARGV[1] or redis.call('EXISTS', ARGV[3] .. instance) == 1 then
    total = total + tonumber(fields[i + 1])
  else
    redis.call('HDEL', KEYS[1], instance)
  end
end
if total >= tonumber(ARGV[2]) then return 0 end
redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
redis.call('EXPIRE', KEYS[1], ARGV[4])
return 1
`;

const RELEASE = `
local left = redis.call('HINCRBY', KEYS[1], ARGV[1], -tonumber(ARGV[2]))
if left <= 0 then redis.call('HDEL', KEYS[1], ARGV[1]) end
return left
`;

/** The shared count in Redis, with a liveness lease per instance. */
export class RedisSubscriptionLedger implements SubscriptionLedger {
  private readonly instance = randomUUID();
  private readonly heartbeat: NodeJS.Timeout;
  private alive: Promise<unknown>;

  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'curbside:ws:',
    private readonly leaseSeconds = 30,
  ) {
    this.alive = this.renew();
    this.heartbeat = setInterval(() => void this.renew(), (leaseSeconds * 1000) / 3);
    this.heartbeat.unref();
  }

  async take(clinicianId: string, limit: number): Promise<boolean> {
    await this.alive;
    const taken = await this.redis.eval(
      TAKE,
      1,
      this.key(clinicianId),
      this.instance,
      limit,
      `${this.prefix}alive:`,
      24 * 3600,
    );
    return taken === 1;
  }

  async release(clinicianId: string, count: number): Promise<void> {
    if (count <= 0) return;
    await this.redis.eval(RELEASE, 1, this.key(clinicianId), this.instance, count);
  }

  async close(): Promise<void> {
    clearInterval(this.heartbeat);
    await this.redis.del(`${this.prefix}alive:${this.instance}`).catch(() => undefined);
    this.redis.disconnect();
  }

  private renew(): Promise<unknown> {
    return this.redis
      .set(`${this.prefix}alive:${this.instance}`, '1', 'EX', this.leaseSeconds)
      .catch(() => undefined);
  }

  private key(clinicianId: string): string {
    return `${this.prefix}subs:${clinicianId}`;
  }
}
