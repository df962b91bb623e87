import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { InMemoryRateLimiter, RedisRateLimiter } from './rate-limiter.js';

const REDIS_URL = 'redis://127.0.0.1:6379';

describe(InMemoryRateLimiter.name, () => {
  let now: number;
  let limiter: InMemoryRateLimiter;

  beforeEach(() => {
    now = 1_700_000_000_000;
    limiter = new InMemoryRateLimiter(() => now);
  });

  it('should allow hits up to the limit and refuse the next one', async () => {
    for (let i = 0; i < 3; i++)
      expect(await limiter.hit('k', 3, 60)).toEqual({ allowed: true, retryAfterSeconds: 0, count: i + 1 });
    expect(await limiter.hit('k', 3, 60)).toEqual({ allowed: false, retryAfterSeconds: 60, count: 4 });
  });

  it('should count down retryAfter to the end of the window', async () => {
    await limiter.hit('k', 1, 60);
    now += 45_500;
    expect(await limiter.hit('k', 1, 60)).toEqual({ allowed: false, retryAfterSeconds: 15, count: 2 });
  });

  it('should open a fresh window once the old one has ended', async () => {
    await limiter.hit('k', 1, 60);
    expect((await limiter.hit('k', 1, 60)).allowed).toBe(false);
    now += 60_000;
    expect(await limiter.hit('k', 1, 60)).toEqual({ allowed: true, retryAfterSeconds: 0, count: 1 });
  });

  it('should keep windows fixed: refused hits do not extend them', async () => {
    await limiter.hit('k', 1, 60);
    now += 30_000;
    await limiter.hit('k', 1, 60);
    now += 30_000;
    expect((await limiter.hit('k', 1, 60)).allowed).toBe(true);
  });

  it('should weigh a hit by its cost (e.g. characters)', async () => {
    expect((await limiter.hit('chars', 1000, 60, 600)).allowed).toBe(true);
    const refused = await limiter.hit('chars', 1000, 60, 600);
    expect(refused).toMatchObject({ allowed: false, count: 1200 });
  });

  it('should count keys separately', async () => {
    await limiter.hit('a', 1, 60);
    expect((await limiter.hit('b', 1, 60)).allowed).toBe(true);
    expect((await limiter.hit('a', 1, 60)).allowed).toBe(false);
  });

  it('should start over after a reset', async () => {
    await limiter.hit('k', 1, 60);
    await limiter.reset('k');
    expect((await limiter.hit('k', 1, 60)).allowed).toBe(true);
  });

  it('should forget every counter on close', async () => {
    await limiter.hit('k', 1, 60);
    await limiter.close();
    expect((await limiter.hit('k', 1, 60)).allowed).toBe(true);
  });
});

describe(RedisRateLimiter.name, () => {
  const prefix = `curbside:test:rl:${randomUUID()}:`;
  let redis: Redis;
  let limiter: RedisRateLimiter;

  beforeAll(async () => {
    redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null });
    let connectionError: Error | undefined;
    redis.on('error', (error: Error) => {
      connectionError = error;
    });
    try {
      await redis.connect();
      await redis.ping();
    } catch (error) {
      redis.disconnect();
      const reason = connectionError?.message ?? (error instanceof Error ? error.message : String(error));
      throw new Error(
        `RedisRateLimiter tests need a Redis server at ${REDIS_URL}, and none answered (${reason}). ` +
          'Start Redis and run the tests again.',
      );
    }
    limiter = new RedisRateLimiter(redis, prefix);
  });

  afterAll(async () => {
    if (redis?.status !== 'ready') return;
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    await limiter.close();
  });

  it('should allow hits up to the limit and refuse the next one with a retry hint', async () => {
    for (let i = 0; i < 3; i++)
      expect(await limiter.hit('limit', 3, 60)).toEqual({
        allowed: true,
        retryAfterSeconds: 0,
        count: i + 1,
      });
    const refused = await limiter.hit('limit', 3, 60);
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it('should store the counter under its prefix with the window as expiry', async () => {
    await limiter.hit('ttl', 5, 120);
    expect(await redis.get(`${prefix}ttl`)).toBe('1');
    const ttl = await redis.pttl(`${prefix}ttl`);
    expect(ttl).toBeGreaterThan(110_000);
    expect(ttl).toBeLessThanOrEqual(120_000);
  });

  it('should weigh a hit by its cost (e.g. characters)', async () => {
    expect((await limiter.hit('chars', 1000, 60, 600)).allowed).toBe(true);
    const refused = await limiter.hit('chars', 1000, 60, 600);
    expect(refused).toMatchObject({ allowed: false, count: 1200 });
  });

  it('should count keys separately', async () => {
    await limiter.hit('a', 1, 60);
    expect((await limiter.hit('b', 1, 60)).allowed).toBe(true);
    expect((await limiter.hit('a', 1, 60)).allowed).toBe(false);
  });

  it('should start over after a reset', async () => {
    await limiter.hit('reset', 1, 60);
    expect((await limiter.hit('reset', 1, 60)).allowed).toBe(false);
    await limiter.reset('reset');
    expect((await limiter.hit('reset', 1, 60)).allowed).toBe(true);
  });

  it('should open a fresh window once the old one has expired', async () => {
    await limiter.hit('window', 1, 1);
    expect((await limiter.hit('window', 1, 1)).allowed).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await limiter.hit('window', 1, 1)).toEqual({ allowed: true, retryAfterSeconds: 0, count: 1 });
  });
});
