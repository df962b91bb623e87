import { type DynamicModule, Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Database } from './database.js';
import { InProcessRecentWriters, ReadRouting, RedisRecentWriters } from './read-routing.js';

export const DATABASE = Symbol('DATABASE');

/** How lag-tolerant reads are routed when the database has a replica. */
export interface ReadRoutingOptions {
  /** Read-your-own-writes window after a clinician's mutation. */
  windowMs: number;
  /** Shares the recent writers between API instances; in-process without it. */
  redisUrl?: string;
}

/**
 * Provides an already opened {@link Database} (opened and migrated by the composition root) and
 * closes it when the application shuts down.
 */
@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly routing: ReadRouting,
  ) {}

  static forDatabase(database: Database, reads: ReadRoutingOptions = { windowMs: 5_000 }): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: DATABASE, useValue: database },
        { provide: DataSource, useValue: database.dataSource },
        {
          provide: ReadRouting,
          useFactory: () =>
            new ReadRouting(
              database.dataSource,
              database.replica,
              database.replica && reads.redisUrl
                ? RedisRecentWriters.connect(reads.redisUrl)
                : new InProcessRecentWriters(),
              reads.windowMs,
            ),
        },
      ],
      exports: [DATABASE, DataSource, ReadRouting],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    try {
      await this.routing.close();
    } finally {
      await this.database.close();
    }
  }
}
