export { InProcessPubSub, PUBSUB, RedisPubSub } from './pubsub.js';
export type { PubSub, TopicHandler } from './pubsub.js';
export { BoundedAsyncIterator, SubscriberTooSlowError } from './bounded-iterator.js';
export { RealtimeModule } from './realtime.module.js';
export {
  InProcessSubscriptionLedger,
  RedisSubscriptionLedger,
  SUBSCRIPTION_LEDGER,
  type SubscriptionLedger,
} from './subscription-ledger.js';
