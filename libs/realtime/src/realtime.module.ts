import { AppConfig } from '@curbside/config';
import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { InProcessPubSub, PUBSUB, type PubSub, RedisPubSub } from './pubsub.js';
import {
  InProcessSubscriptionLedger,
  RedisSubscriptionLedger,
  SUBSCRIPTION_LEDGER,
  type SubscriptionLedger,
} from './subscription-ledger.js';

const REDIS_OPTIONS = { maxRetriesPerRequest: 2 };

/**
 * What every API instance shares for real time: the pub/sub and the count of each clinician's
 * open subscriptions. Redis when REDIS_URL is set, this process otherwise.
 */
@Global()
@Module({
  providers: [
    {
      provide: PUBSUB,
      inject: [AppConfig],
      useFactory: (config: AppConfig): PubSub => {
        if (!config.REDIS_URL) return new InProcessPubSub();
        return new RedisPubSub(
          new Redis(config.REDIS_URL, REDIS_OPTIONS),
          new Redis(config.REDIS_URL, REDIS_OPTIONS),
        );
      },
    },
    {
      provide: SUBSCRIPTION_LEDGER,
      inject: [AppConfig],
      useFactory: (config: AppConfig): SubscriptionLedger =>
        config.REDIS_URL
          ? new RedisSubscriptionLedger(new Redis(config.REDIS_URL, REDIS_OPTIONS))
          : new InProcessSubscriptionLedger(),
    },
  ],
  exports: [PUBSUB, SUBSCRIPTION_LEDGER],
})
export class RealtimeModule implements OnApplicationShutdown {
  constructor(
    @Inject(PUBSUB) private readonly pubsub: PubSub,
    @Inject(SUBSCRIPTION_LEDGER) private readonly ledger: SubscriptionLedger,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.pubsub.close(), this.ledger.close()]);
  }
}
