import { AppConfig } from '@curbside/config';
import { LOGGER } from '@curbside/core';
import { DATABASE, type Database, GuardedPgClient } from '@curbside/database';
import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { EntityManager } from 'typeorm';
import { dataSourceExecutor, transactionExecutor } from './typeorm-executor.js';

/** The schema pg-boss keeps its tables in (created by the JobQueue migration). */
export const JOBS_SCHEMA = 'pgboss';

/** A queue and the retry policy every job of it inherits. */
export interface QueueDefinition {
  name: string;
  /** Retries after the first attempt (default 5). */
  retryLimit?: number;
  /** Seconds before the first retry; doubled each time with jitter when `retryBackoff` (default 2, on). */
  retryDelay?: number;
  retryBackoff?: boolean;
  /** Seconds a job may run before it counts as lost and is retried (default 60). */
  expireInSeconds?: number;
  /** pg-boss queue policy (default `standard`); `short` keeps one queued job per singleton key. */
  policy?: 'standard' | 'short' | 'singleton' | 'stately';
}

export interface WorkerOptions {
  /** Jobs of this queue run at once in this process (default 2): one poller each. */
  concurrency?: number;
  /** Seconds between polls when the queue is idle (default 1, at least 0.5). */
  pollingIntervalSeconds?: number;
}

export interface SendJobOptions {
  /** Send inside this open transaction: the job exists exactly when the transaction commits. */
  manager?: EntityManager;
  /** Run no earlier than this time, or this many seconds from now. */
  startAfter?: Date | number;
  /**
   * With `singletonSeconds`, at most one job per key in each slot of that many seconds; on a queue
   * whose policy is not `standard`, the policy's rule per key.
   */
  singletonKey?: string;
  singletonSeconds?: number;
  /** A job id chosen by the caller (a UUID): sending the same id twice creates one job. */
  id?: string;
}

/** What a handler learns of its job besides the data. */
export interface JobInfo {
  id: string;
  /** 0 on the first attempt, 1 on the first retry, ... */
  retryCount: number;
  retryLimit: number;
}

export type JobHandler<T> = (data: T, job: JobInfo) => Promise<void>;

interface Registration {
  queue: string;
  options: WorkerOptions;
  handler: JobHandler<never>;
}

/**
 * Background jobs on the application's own PostgreSQL (pg-boss): queues with retries and backoff,
 * delayed and singleton jobs, jobs sent inside a caller's transaction, workers stopped gracefully
 * on shutdown. On embedded PGlite every statement goes through the app's single connection; on a
 * server pg-boss has a pool of its own.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly boss: PgBoss;
  private readonly queues = new Map<string, QueueDefinition>();
  private readonly workers: Registration[] = [];
  private started: Promise<void> | null = null;
  private stopped = false;

  constructor(
    @Inject(DATABASE) database: Database,
    config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    const common: PgBoss.ConstructorOptions = {
      schema: JOBS_SCHEMA,
      // the JobQueue migration installs the schema; a newer pg-boss upgrades it in place at start
      migrate: true,
      schedule: false,
      maintenanceIntervalSeconds: config.JOBS_MAINTENANCE_SECONDS,
    };
    this.boss =
      database.kind === 'postgres' && config.DATABASE_URL
        ? new PgBoss({
            ...common,
            connectionString: config.DATABASE_URL,
            max: config.JOBS_POOL_SIZE,
            // pg-boss hands its options to pg.Pool: its clients, too, log a lost connection instead of crashing
            ...({ Client: GuardedPgClient } as object),
          })
        : new PgBoss({ ...common, db: dataSourceExecutor(database.dataSource) });
    this.boss.on('error', (error: Error) =>
      this.logger.error({ kind: error.name, code: (error as { code?: string }).code }, 'job queue error'),
    );
  }

  /** Declares a queue (call in `onModuleInit`); it is created at start if it does not exist. */
  defineQueue(definition: QueueDefinition): void {
    this.queues.set(definition.name, definition);
  }

  /**
   * Runs `handler` for each job of `queue` (register in `onModuleInit`). A handler that throws
   * fails the attempt: the job is retried by its queue's policy, then marked failed.
   */
  work<T>(queue: string, options: WorkerOptions, handler: JobHandler<T>): void {
    this.workers.push({ queue, options, handler: handler });
  }

  async send<T extends object>(queue: string, data: T, options: SendJobOptions = {}): Promise<string | null> {
    await this.ready();
    const send: PgBoss.SendOptions = {};
    if (options.manager) send.db = transactionExecutor(options.manager);
    if (options.startAfter !== undefined) send.startAfter = options.startAfter;
    if (options.singletonKey) send.singletonKey = options.singletonKey;
    if (options.singletonSeconds) send.singletonSeconds = options.singletonSeconds;
    if (options.id) send.id = options.id;
    return this.boss.send(queue, data, send);
  }

  /** Jobs of one queue waiting to run (created or retrying), for operators. */
  async queued(queue: string): Promise<number> {
    await this.ready();
    return this.boss.getQueueSize(queue);
  }

  /** Resolves once pg-boss runs and every declared queue exists. */
  ready(): Promise<void> {
    if (this.stopped) return Promise.reject(new Error('The job queue has stopped'));
    this.started ??= this.start();
    return this.started;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.ready();
    for (const { queue, options, handler } of this.workers) {
      for (let i = 0; i < (options.concurrency ?? 2); i++) {
        const worker: { id?: string } = {};
        worker.id = await this.boss.work<never>(
          queue,
          {
            batchSize: 1,
            includeMetadata: true,
            pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1,
          },
          async (jobs) => {
            for (const job of jobs) {
              await handler(job.data, { id: job.id, retryCount: job.retryCount, retryLimit: job.retryLimit });
            }
            // A worker that found a job fetches the next one at once instead of sleeping out its
            // polling interval: a backlog drains at the handlers' speed, and an idle queue is still
            // polled only once an interval.
            if (jobs.length > 0 && worker.id && !this.stopped) this.boss.notifyWorker(worker.id);
          },
        );
      }
    }
  }

  /** Stops fetching, lets running jobs finish (up to 10 s), before the database closes. */
  async beforeApplicationShutdown(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    if (!this.started) return;
    await this.started.catch(() => undefined);
    await this.boss.stop({ graceful: true, close: true, wait: true, timeout: 10_000 });
  }

  private async start(): Promise<void> {
    await this.boss.start();
    for (const q of this.queues.values()) {
      const options = {
        retryLimit: q.retryLimit ?? 5,
        retryDelay: q.retryDelay ?? 2,
        retryBackoff: q.retryBackoff ?? true,
        expireInSeconds: q.expireInSeconds ?? 60,
      };
      if (await this.boss.getQueue(q.name)) await this.boss.updateQueue(q.name, { name: q.name, ...options });
      else await this.boss.createQueue(q.name, { name: q.name, ...options, policy: q.policy ?? 'standard' });
    }
  }
}
