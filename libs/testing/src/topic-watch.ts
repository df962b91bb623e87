import { PUBSUB, type PubSub } from '@curbside/realtime';
import type { TestApp } from './test-app.js';
import { eventually } from './ws-client.js';

/**
 * Counts the subscriptions the server registers on its pub/sub, topic by topic. graphql-ws does not
 * acknowledge a subscription, but once the server has subscribed to a topic, everything published
 * on it reaches the subscriber: a test awaits that instead of sleeping before it publishes.
 */
export class TopicWatch {
  private readonly registered = new Map<string, number>();

  private constructor() {}

  /** Watches the pub/sub of a running test app (in process or over Redis alike). */
  static of(app: TestApp): TopicWatch {
    const pubsub = app.api.app.get<symbol, PubSub>(PUBSUB);
    const watch = new TopicWatch();
    const subscribe = pubsub.subscribe.bind(pubsub);
    pubsub.subscribe = async (topic, handler) => {
      const unsubscribe = await subscribe(topic, handler);
      watch.registered.set(topic, watch.registrations(topic) + 1);
      return unsubscribe;
    };
    return watch;
  }

  /** How many subscriptions to `topic` the server has registered so far (it never goes down). */
  registrations(topic: string): number {
    return this.registered.get(topic) ?? 0;
  }

  /**
   * Runs `open`, which starts subscriptions, and resolves with its result once the server has
   * registered one more subscription per entry of `topics` (a topic listed twice waits for two).
   */
  async opening<T>(topics: readonly string[], open: () => T, timeoutMs = 10_000): Promise<T> {
    const target = new Map<string, number>();
    for (const topic of topics) target.set(topic, (target.get(topic) ?? this.registrations(topic)) + 1);
    const opened = open();
    await eventually(
      () => [...target].every(([topic, count]) => this.registrations(topic) >= count),
      timeoutMs,
      `the server subscribing to ${topics.join(', ')}`,
    );
    return opened;
  }
}
