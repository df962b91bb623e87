import type { Redis } from 'ioredis';

export interface RateLimitResult {
  allowed: boolean;
  /** Seconds until the window that refused this hit ends (0 when allowed). */
  retryAfterSeconds: number;
  /** What the window has counted so far, this hit included. */
  count: number;
}

/**
 * Fixed-window counters: `hit` adds `cost` (1 by default: one attempt; or e.g. a text's length)
 * to `key` and says whether the window's total is within `limit`.
 */
export interface RateLimiter {
  hit(key: string, limit: number, windowSeconds: number, cost?: number): Promise<RateLimitResult>;
  reset(key: string): Promise<void>;
  close(): Promise<void>;
}

export const RATE_LIMITER = Symbol('RATE_LIMITER');

/** For one API instance: counters in this process's memory, swept as windows end. */
export class InMemoryRateLimiter implements RateLimiter {
  private readonly windows = new Map<string, { count: number; endsAt: number }>();
  private hits = 0;

  constructor(private readonly now: () => number = Date.now) {}

  hit(key: string, limit: number, windowSeconds: number, cost = 1): Promise<RateLimitResult> {
    const now = this.now();
    if (++this.hits % 1000 === 0) this.sweep(now);
    let window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      window = { count: 0, endsAt: now + windowSeconds * 1000 };
      this.windows.set(key, window);
    }
    window.count += cost;
    const allowed = window.count <= limit;
    return Promise.resolve({
      allowed,
      retryAfterSeconds: allowed ? 0 : Math.ceil((window.endsAt - now) / 1000),
      count: window.count,
    });
  }

  reset(key: string): Promise<void> {
    this.windows.delete(key);
    return Promise.resolve();
  }

  close(): Promise<void> {
    this.windows.clear();
    return Promise.resolve();
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
  }
}

/** Shared by every API instance: INCRBY with an expiry set on the first hit of a window. */
export class RedisRateLimiter implements RateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'curbside:rl:',
  ) {}

  async hit(key: string, limit: number, windowSeconds: number, cost = 1): Promise<RateLimitResult> {
    const name = this.prefix + key;
    const [[, count], [, ttl]] = (await this.redis.multi().incrby(name, cost).pttl(name).exec()) as [
      [null, number],
      [null, number],
    ];
    let remainingMs = ttl;
    if (ttl < 0) {
      await this.redis.pexpire(name, windowSeconds * 1000);
      remainingMs = windowSeconds * 1000;
    }
    const allowed = count <= limit;
    return {
      allowed,
      retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil(remainingMs / 1000)),
      count,
    };
  }

  async reset(key: string): Promise<void> {
    await this.redis.del(this.prefix + key);
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }
}
