import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import type { DeliveryChannel, DeliveryStatus } from './notification-delivery.entity.js';
import type { DeliveryCounters, NotificationDelivery } from './preferences/preferences.models.js';

interface Row {
  notification_id: string;
  channel: DeliveryChannel;
  status: DeliveryStatus;
  attempts: number;
  sent_at: Date | null;
}

/** Delivery status: per notification for its recipient, and totals for operators. */
@Injectable()
export class DeliveryStatusService {
  constructor(private readonly dataSource: DataSource) {}

  /** A per-request loader of the deliveries of the caller's own notifications. */
  loader(recipientId: string): DataLoader<string, NotificationDelivery[]> {
    return new DataLoader(async (ids: readonly string[]) => {
      const rows = await this.dataSource.query<Row[]>(
        `SELECT notification_id, channel, status, attempts, sent_at FROM notification_delivery
          WHERE notification_id = ANY($1::uuid[]) AND recipient_id = $2 ORDER BY channel`,
        [ids, recipientId],
      );
      return ids.map((id) =>
        rows
          .filter((r) => r.notification_id === id)
          .map((r) => ({ channel: r.channel, status: r.status, attempts: r.attempts, sentAt: r.sent_at })),
      );
    });
  }

  async counters(): Promise<DeliveryCounters> {
    const rows = await this.dataSource.query<{ status: string; n: number }[]>(
      'SELECT status, count(*)::int AS n FROM notification_delivery GROUP BY status',
    );
    const [{ n: outboxPending }] = await this.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM notification_outbox WHERE dispatched_at IS NULL',
    );
    const by = new Map(rows.map((r) => [r.status, r.n]));
    return {
      queued: by.get('QUEUED') ?? 0,
      digest: by.get('DIGEST') ?? 0,
      sending: by.get('SENDING') ?? 0,
      sent: by.get('SENT') ?? 0,
      retrying: by.get('RETRYING') ?? 0,
      failed: by.get('FAILED') ?? 0,
      outboxPending,
    };
  }
}
