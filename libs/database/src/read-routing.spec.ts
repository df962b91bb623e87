import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { InProcessRecentWriters, LAG_TOLERANT_FIELDS, RedisRecentWriters } from './read-routing.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe(InProcessRecentWriters.name, () => {
  it('should remember a writer until their window ends, on its own clock', async () => {
    let now = 1_000;
    const writers = new InProcessRecentWriters(() => now);
    await writers.note('a', 500);
    expect(await writers.has('a')).toBe(true);
    expect(await writers.has('b')).toBe(false);
    now = 1_499;
    expect(await writers.has('a')).toBe(true);
    now = 1_500;
    expect(await writers.has('a')).toBe(false);
    await writers.note('a', 500);
    expect(await writers.has('a')).toBe(true);
  });

  it('should drop expired writers once it holds many', async () => {
    let now = 0;
    const writers = new InProcessRecentWriters(() => now);
    for (let i = 0; i < 10_000; i++) await writers.note(`old-${i}`, 10);
    now = 100;
    await writers.note('new', 10);
    expect(await writers.has('new')).toBe(true);
    expect(await writers.has('old-1')).toBe(false);
    expect((writers as unknown as { until: Map<string, number> }).until.size).toBe(1);
  });
});

describe(RedisRecentWriters.name, () => {
  it('should share a writer between instances through Redis, with the window as the key expiry', async () => {
    const a = RedisRecentWriters.connect(REDIS_URL);
    const b = RedisRecentWriters.connect(REDIS_URL);
    const probe = new Redis(REDIS_URL);
    try {
      const id = randomUUID();
      expect(await b.has(id)).toBe(false);
      await a.note(id, 60_000);
      expect(await b.has(id)).toBe(true);
      const ttl = await probe.pttl(`curbside:wrote:${id}`);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(60_000);
      await probe.del(`curbside:wrote:${id}`);
      expect(await a.has(id)).toBe(false);
    } finally {
      await a.close();
      await b.close();
      probe.disconnect();
    }
  });
});

describe('LAG_TOLERANT_FIELDS', () => {
  it('should name only reads: the feed, search, the directory and a case', () => {
    expect([...LAG_TOLERANT_FIELDS].sort()).toEqual(['case', 'feed', 'searchCases', 'specialistDirectory']);
  });
});
