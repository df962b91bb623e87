import { EventEmitter } from 'node:events';
import type { Redis } from 'ioredis';

/** Handler for messages on a topic; payloads are small JSON objects of ids, never text. */
export type TopicHandler = (payload: Record<string, string>) => void;

/**
 * Topic publish/subscribe between API instances. In-process by default; over Redis when
 * REDIS_URL is set, so a subscriber on instance B hears what instance A published.
 */
export interface PubSub {
  publish(topic: string, payload: Record<string, string>): Promise<void>;
  /** Returns the function that unsubscribes. */
  subscribe(topic: string, handler: TopicHandler): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export const PUBSUB = Symbol('PUBSUB');

export class InProcessPubSub implements PubSub {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  publish(topic: string, payload: Record<string, string>): Promise<void> {
    this.emitter.emit(topic, payload);
    return Promise.resolve();
  }

  subscribe(topic: string, handler: TopicHandler): Promise<() => Promise<void>> {
    this.emitter.on(topic, handler);
    return Promise.resolve(() => {
      this.emitter.off(topic, handler);
      return Promise.resolve();
    });
  }

  close(): Promise<void> {
    this.emitter.removeAllListeners();
    return Promise.resolve();
  }
}

/**
 * Redis pub/sub: one publishing connection and one subscribing connection per instance, with a
 * reference count per channel so a topic is SUBSCRIBEd once however many sockets listen to it.
 */
export class RedisPubSub implements PubSub {
  private readonly handlers = new Map<string, Set<TopicHandler>>();

  constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    private readonly prefix = 'curbside:rt:',
  ) {
    subscriber.on('message', (channel: string, message: string) => {
      const topic = channel.slice(this.prefix.length);
      const set = this.handlers.get(topic);
      if (!set) return;
      let payload: Record<string, string>;
      try {
        payload = JSON.parse(message) as Record<string, string>;
      } catch {
        return;
      }
      for (const handler of set) handler(payload);
    });
  }

  async publish(topic: string, payload: Record<string, string>): Promise<void> {
    await this.publisher.publish(this.prefix + topic, JSON.stringify(payload));
  }

  async subscribe(topic: string, handler: TopicHandler): Promise<() => Promise<void>> {
    let set = this.handlers.get(topic);
    if (!set) {
      set = new Set();
      this.handlers.set(topic, set);
      await this.subscriber.subscribe(this.prefix + topic);
    }
    set.add(handler);
    return async () => {
      const current = this.handlers.get(topic);
      if (!current) return;
      current.delete(handler);
      if (current.size === 0) {
        this.handlers.delete(topic);
        await this.subscriber.unsubscribe(this.prefix + topic);
      }
    };
  }

  async close(): Promise<void> {
    this.handlers.clear();
    await Promise.allSettled([this.publisher.quit(), this.subscriber.quit()]);
  }
}
