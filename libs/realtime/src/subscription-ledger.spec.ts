import { Redis } from 'ioredis';
import {
  InProcessSubscriptionLedger,
  RedisSubscriptionLedger,
  type SubscriptionLedger,
} from './subscription-ledger.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

async function takeMany(ledger: SubscriptionLedger, clinician: string, limit: number, n: number) {
  const outcomes: boolean[] = [];
  for (let i = 0; i < n; i++) outcomes.push(await ledger.take(clinician, limit));
  return outcomes;
}

describe(InProcessSubscriptionLedger.name, () => {
  it('should hold at most the limit per clinician and give places back on release', async () => {
    const ledger = new InProcessSubscriptionLedger();
    expect(await takeMany(ledger, 'a', 3, 4)).toEqual([true, true, true, false]);
    expect(await ledger.take('b', 3)).toBe(true);
    await ledger.release('a', 2);
    expect(await takeMany(ledger, 'a', 3, 3)).toEqual([true, true, false]);
  });
});

describe(RedisSubscriptionLedger.name, () => {
  const prefix = `curbside:test:ledger:${process.pid}:${Date.now()}:`;
  const open: RedisSubscriptionLedger[] = [];
  const instance = () => {
    const ledger = new RedisSubscriptionLedger(
      new Redis(REDIS_URL, { maxRetriesPerRequest: 1, retryStrategy: () => null }),
      prefix,
    );
    open.push(ledger);
    return ledger;
  };

  afterAll(async () => {
    await Promise.all(open.map((l) => l.close()));
  });

  it('should count one clinician across instances, and refuse past the limit on any of them', async () => {
    const a = instance();
    const b = instance();
    expect(await takeMany(a, 'c1', 5, 3)).toEqual([true, true, true]);
    expect(await takeMany(b, 'c1', 5, 3)).toEqual([true, true, false]);
    expect(await a.take('c1', 5)).toBe(false);
    expect(await b.take('c2', 5)).toBe(true);
    await a.release('c1', 1);
    expect(await b.take('c1', 5)).toBe(true);
    expect(await a.take('c1', 5)).toBe(false);
  });

  it('should take all places at once without overshooting when many ask together', async () => {
    const a = instance();
    const b = instance();
    const outcomes = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).take('c3', 25)));
    expect(outcomes.filter(Boolean)).toHaveLength(25);
  });

  it("should give back a stopped instance's places once its lease is gone", async () => {
    const a = instance();
    const b = instance();
    expect(await takeMany(a, 'c4', 4, 4)).toEqual([true, true, true, true]);
    expect(await b.take('c4', 4)).toBe(false);
    await a.close();
    expect(await takeMany(b, 'c4', 4, 5)).toEqual([true, true, true, true, false]);
  });
});
