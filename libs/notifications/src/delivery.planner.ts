import { createHash } from 'node:crypto';
import { JobsService } from '@curbside/jobs';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DeliveryChannel, DeliveryStatus } from './notification-delivery.entity.js';
import {
  type CategoryChoice,
  DEFAULT_CHOICES,
  EmailMode,
  NotificationCategory,
  categoryOf,
} from './notification-category.js';
import { NotificationKind } from './notification-kind.js';
import { quietUntil } from './quiet-hours.js';

export const DELIVER_QUEUE = 'notification-deliver';
export const DIGEST_QUEUE = 'notification-digest';

/** A record the dispatcher just created. */
export interface NewNotification {
  id: string;
  recipient_id: string;
  kind: string;
  consult_id: string | null;
}

interface Settings {
  clinician_id: string;
  quiet_start_minute: number | null;
  quiet_end_minute: number | null;
  time_zone: string;
}

/** Hour (UTC) the daily digest goes out. */
const DIGEST_HOUR_UTC = 7;

/**
 * Decides, inside the dispatch transaction, which channels each new record goes out on (the
 * recipient's choices, or the defaults), and queues one delivery job per channel. Quiet hours defer
 * e-mail and push to their end; an urgent consult request is never deferred: it goes to the
 * specialists on call for it (those who take consults in the specialty, or the one named).
 */
@Injectable()
export class DeliveryPlanner {
  constructor(private readonly jobs: JobsService) {}

  async plan(manager: EntityManager, records: readonly NewNotification[], now = new Date()): Promise<void> {
    if (records.length === 0) return;
    const recipients = [...new Set(records.map((r) => r.recipient_id))];
    const choices = await this.choices(manager, recipients);
    const settings = new Map(
      (
        await manager.query<Settings[]>(
          `SELECT clinician_id, quiet_start_minute, quiet_end_minute, time_zone
             FROM notification_settings WHERE clinician_id = ANY($1::uuid[])`,
          [recipients],
        )
      ).map((s) => [s.clinician_id, s]),
    );
    const pushable = new Set(
      (
        await manager.query<{ clinician_id: string }[]>(
          'SELECT DISTINCT clinician_id FROM push_subscription WHERE clinician_id = ANY($1::uuid[])',
          [recipients],
        )
      ).map((r) => r.clinician_id),
    );
    const urgent = await this.urgentConsults(manager, records);
    // One order for every dispatcher: the digest job is keyed per clinician and day, so two dispatches
    // that each schedule the digests of the same clinicians must take those keys in the same order, or
    // each would wait on the other's uncommitted insert (a deadlock). Deliveries' keys are per record.
    const ordered = [...records].sort(
      (a, b) => compare(a.recipient_id, b.recipient_id) || compare(a.id, b.id),
    );
    for (const record of ordered) {
      if (record.kind === String(NotificationKind.PASSWORD_RESET)) {
        // asked for just now: e-mail at once whatever the choices and quiet hours, never push
        await this.queue(manager, record, DeliveryChannel.EMAIL, DeliveryStatus.QUEUED, null);
        continue;
      }
      const choice = choices(record.recipient_id, categoryOf(record.kind));
      // urgent paging: at once, by e-mail and push, whatever the choices and the quiet hours
      const bypassQuiet =
        (record.kind === String(NotificationKind.CONSULT_REQUESTED) && urgent.has(record.consult_id ?? '')) ||
        record.kind === String(NotificationKind.CONSULT_PAGED);
      const s = settings.get(record.recipient_id);
      const deferTo =
        bypassQuiet || !s ? null : quietUntil(now, s.quiet_start_minute, s.quiet_end_minute, s.time_zone);
      if (choice.email === EmailMode.IMMEDIATE || bypassQuiet) {
        await this.queue(manager, record, DeliveryChannel.EMAIL, DeliveryStatus.QUEUED, deferTo);
      } else if (choice.email === EmailMode.DIGEST) {
        await this.queue(manager, record, DeliveryChannel.EMAIL, DeliveryStatus.DIGEST, null);
        const digest = choices(record.recipient_id, NotificationCategory.DIGESTS);
        if (digest.email !== EmailMode.OFF) await this.scheduleDigest(manager, record.recipient_id, now);
      }
      if ((choice.push || bypassQuiet) && pushable.has(record.recipient_id)) {
        await this.queue(manager, record, DeliveryChannel.PUSH, DeliveryStatus.QUEUED, deferTo);
      }
    }
  }

  /** The choice of a clinician for a category: their row, else the default. */
  private async choices(
    manager: EntityManager,
    recipients: readonly string[],
  ): Promise<(clinicianId: string, category: NotificationCategory) => CategoryChoice> {
    const rows = await manager.query<
      { clinician_id: string; category: string; email: string; push: boolean }[]
    >(
      'SELECT clinician_id, category, email, push FROM notification_preference WHERE clinician_id = ANY($1::uuid[])',
      [recipients],
    );
    const map = new Map(rows.map((r) => [`${r.clinician_id}/${r.category}`, r]));
    return (clinicianId, category) => {
      const row = map.get(`${clinicianId}/${category}`);
      return row ? { email: row.email as EmailMode, push: row.push } : DEFAULT_CHOICES[category];
    };
  }

  private async urgentConsults(
    manager: EntityManager,
    records: readonly NewNotification[],
  ): Promise<Set<string>> {
    const ids = [
      ...new Set(
        records
          .filter((r) => r.kind === String(NotificationKind.CONSULT_REQUESTED) && r.consult_id)
          .map((r) => r.consult_id),
      ),
    ];
    if (ids.length === 0) return new Set();
    const rows = await manager.query<{ id: string }[]>(
      `SELECT id FROM consult WHERE id = ANY($1::uuid[]) AND urgency = 'URGENT'`,
      [ids],
    );
    return new Set(rows.map((r) => r.id));
  }

  private async queue(
    manager: EntityManager,
    record: NewNotification,
    channel: DeliveryChannel,
    status: DeliveryStatus,
    startAfter: Date | null,
  ): Promise<void> {
    const [row] = await manager.query<{ id: string }[]>(
      `INSERT INTO notification_delivery (notification_id, recipient_id, channel, status)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT ON CONSTRAINT uq_notification_delivery_channel DO NOTHING RETURNING id`,
      [record.id, record.recipient_id, channel, status],
    );
    if (!row || status !== DeliveryStatus.QUEUED) return;
    await this.jobs.send(
      DELIVER_QUEUE,
      { deliveryId: row.id },
      { manager, id: row.id, ...(startAfter ? { startAfter } : {}) },
    );
  }

  /**
   * One digest job per clinician per day, at the digest hour: its id is derived from both, so a
   * second send that day is the same job.
   */
  private async scheduleDigest(manager: EntityManager, clinicianId: string, now: Date): Promise<void> {
    const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), DIGEST_HOUR_UTC));
    if (at <= now) at.setUTCDate(at.getUTCDate() + 1);
    const id = uuidFrom(`digest:${clinicianId}:${at.toISOString()}`);
    await this.jobs.send(DIGEST_QUEUE, { clinicianId }, { manager, startAfter: at, id });
  }
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A stable UUID (version 8 layout) from a name. */
function uuidFrom(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
