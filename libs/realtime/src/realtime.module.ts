import { AppConfig } from '@curbside/config';
import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { InProcessPubSub, PUBSUB, type PubSub, RedisPubSub } from './pubsub.js';

/** The pub/sub every API instance shares: Redis when REDIS_URL is set, this process otherwise. */
@Global()
@Module({
  providers: [
    {
      provide: PUBSUB,
      inject: [AppConfig],
      useFactory: (config: AppConfig): PubSub => {
        if (!config.REDIS_URL) return new InProcessPubSub();
        const options = { maxRetriesPerRequest: 2 };
        return new RedisPubSub(new Redis(config.REDIS_URL, options), new Redis(config.REDIS_URL, options));
      },
    },
  ],
  exports: [PUBSUB],
})
export class RealtimeModule implements OnApplicationShutdown {
  constructor(@Inject(PUBSUB) private readonly pubsub: PubSub) {}

  async onApplicationShutdown(): Promise<void> {
    await this.pubsub.close();
  }
}
