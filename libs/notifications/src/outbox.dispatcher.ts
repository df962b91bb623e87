import { EventBus, LOGGER, type Logger } from '@curbside/core';
import { inTransaction } from '@curbside/database';
import { JobsService } from '@curbside/jobs';
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DeliveryPlanner, type NewNotification } from './delivery.planner.js';
import { NotificationPublisher } from './notification-publisher.js';
import { OUTBOX_EVENTS, type OutboxPayload, payloadOf, recipientsPlan } from './outbox-events.js';

export const DISPATCH_QUEUE = 'notification-dispatch';
export const SWEEP_QUEUE = 'notification-outbox-sweep';

/**
 * The transactional outbox. Each notifying event is written to `notification_outbox` in the
 * action's own transaction, with a dispatch job (pg-boss) in the same transaction; after commit
 * the raising request dispatches it at once, and the job does it later if that did not happen (a
 * killed process, a lost connection). Dispatching is idempotent: the outbox row is locked and
 * stamped, and records and deliveries have unique keys, so two dispatchers never duplicate.
 */
@Injectable()
export class OutboxDispatcher implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    private readonly bus: EventBus,
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly planner: DeliveryPlanner,
    private readonly publisher: NotificationPublisher,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    for (const { type, event } of OUTBOX_EVENTS) {
      this.bus.subscribeInTransaction(event, (e, manager) => this.write(manager, type, payloadOf(e)));
      this.bus.subscribe(event, (e) => this.dispatchMatching(type, payloadOf(e)));
    }
    this.jobs.defineQueue({ name: DISPATCH_QUEUE, retryLimit: 10, retryDelay: 1, expireInSeconds: 60 });
    this.jobs.defineQueue({ name: SWEEP_QUEUE, retryLimit: 1, expireInSeconds: 120 });
    this.jobs.work<{ outboxId: string }>(DISPATCH_QUEUE, { concurrency: 2 }, async (data) => {
      await this.dispatch(data.outboxId);
    });
    this.jobs.work(SWEEP_QUEUE, { concurrency: 1, pollingIntervalSeconds: 5 }, async () => {
      await this.sweep();
      await this.scheduleSweep(60);
    });
  }

  /** At boot: anything left pending by a previous process gets dispatched (its jobs also exist). */
  async onApplicationBootstrap(): Promise<void> {
    await this.scheduleSweep(5);
  }

  private async scheduleSweep(afterSeconds: number): Promise<void> {
    await this.jobs.send(
      SWEEP_QUEUE,
      {},
      { singletonKey: 'sweep', singletonSeconds: 30, startAfter: afterSeconds },
    );
  }

  /** In the action's transaction: the outbox row and its dispatch job. */
  private async write(manager: EntityManager, type: string, payload: OutboxPayload): Promise<void> {
    const [row] = await manager.query<{ id: string }[]>(
      'INSERT INTO notification_outbox (type, payload) VALUES ($1, $2) RETURNING id',
      [type, JSON.stringify(payload)],
    );
    await this.jobs.send(DISPATCH_QUEUE, { outboxId: row.id }, { manager, id: row.id });
  }

  /** After commit, in the raising request: its own rows now (their jobs find them done). */
  private async dispatchMatching(type: string, payload: OutboxPayload): Promise<void> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM notification_outbox
        WHERE dispatched_at IS NULL AND type = $1 AND payload = $2::jsonb ORDER BY created_at`,
      [type, JSON.stringify(payload)],
    );
    for (const { id } of rows) await this.dispatch(id);
  }

  /** Rows still pending after a while, oldest first (their jobs should have taken them). */
  async sweep(): Promise<number> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM notification_outbox
        WHERE dispatched_at IS NULL AND created_at < now() - interval '5 seconds'
        ORDER BY created_at LIMIT 500`,
    );
    for (const { id } of rows) await this.dispatch(id);
    return rows.length;
  }

  /**
   * Turns one outbox row into notification records and deliveries, once. The row is locked for
   * the transaction; a second dispatcher waits, then finds it stamped and does nothing.
   */
  async dispatch(outboxId: string): Promise<number> {
    const created = await inTransaction(this.dataSource, async (manager) => {
      const [row] = await manager.query<{ type: string; payload: OutboxPayload }[]>(
        'SELECT type, payload FROM notification_outbox WHERE id = $1 AND dispatched_at IS NULL FOR UPDATE',
        [outboxId],
      );
      if (!row) return [];
      const plan = recipientsPlan(row.type, row.payload);
      let records: NewNotification[] = [];
      if (plan) {
        records = await manager.query<NewNotification[]>(
          `INSERT INTO notification (recipient_id, kind, case_id, consult_id, license_id, outbox_id)
           SELECT r.recipient_id, r.kind, r.case_id, r.consult_id, r.license_id, $1::uuid
             FROM (${plan.sql}) r
            WHERE r.recipient_id IS NOT NULL
           ON CONFLICT (outbox_id, recipient_id, kind) DO NOTHING
           RETURNING id, recipient_id, kind, consult_id`,
          [outboxId, ...plan.params],
        );
      } else {
        this.logger.warn({ type: row.type, outboxId }, 'outbox event of an unknown type');
      }
      await this.planner.plan(manager, records);
      await manager.query('UPDATE notification_outbox SET dispatched_at = clock_timestamp() WHERE id = $1', [
        outboxId,
      ]);
      return records;
    });
    await this.publisher.notificationsCreated(created);
    return created.length;
  }
}
