import { Redis } from 'ioredis';
import { InProcessPubSub, type PubSub, RedisPubSub } from './pubsub.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

function received(
  pubsub: PubSub,
  topic: string,
): Promise<{ messages: Record<string, string>[]; stop: () => Promise<void> }> {
  const messages: Record<string, string>[] = [];
  return pubsub.subscribe(topic, (m) => messages.push(m)).then((stop) => ({ messages, stop }));
}

async function settle(): Promise<void> {
  await new Promise((r) => setTimeout(r, 100));
}

describe(InProcessPubSub.name, () => {
  it('should deliver to the subscribers of a topic only, until they unsubscribe', async () => {
    const bus = new InProcessPubSub();
    const a = await received(bus, 'case-replies:a');
    const b = await received(bus, 'case-replies:b');
    await bus.publish('case-replies:a', { replyId: '1' });
    await a.stop();
    await bus.publish('case-replies:a', { replyId: '2' });
    expect(a.messages).toEqual([{ replyId: '1' }]);
    expect(b.messages).toEqual([]);
    await bus.close();
  });
});

describe(RedisPubSub.name, () => {
  const prefix = `curbside:test:${process.pid}:${Date.now()}:`;
  const open: RedisPubSub[] = [];

  function instance(): RedisPubSub {
    const make = () => new Redis(REDIS_URL, { maxRetriesPerRequest: 1, retryStrategy: () => null });
    const bus = new RedisPubSub(make(), make(), prefix);
    open.push(bus);
    return bus;
  }

  afterAll(async () => {
    await Promise.all(open.map((b) => b.close()));
  });

  it('should carry a message published by one instance to the subscribers of another', async () => {
    const a = instance();
    const b = instance();
    const onB = await received(b, 'notifications:x');
    const other = await received(b, 'notifications:y');
    await a.publish('notifications:x', { notificationId: 'n1' });
    await settle();
    expect(onB.messages).toEqual([{ notificationId: 'n1' }]);
    expect(other.messages).toEqual([]);
  });

  it('should keep one Redis subscription per topic however many listeners share it', async () => {
    const a = instance();
    const b = instance();
    const first = await received(b, 'case-replies:shared');
    const second = await received(b, 'case-replies:shared');
    await first.stop();
    await a.publish('case-replies:shared', { replyId: 'r1' });
    await settle();
    expect(first.messages).toEqual([]);
    expect(second.messages).toEqual([{ replyId: 'r1' }]);
    await second.stop();
    await a.publish('case-replies:shared', { replyId: 'r2' });
    await settle();
    expect(second.messages).toEqual([{ replyId: 'r1' }]);
  });
});
