import { AppConfig } from '@curbside/config';
import { DomainError, type RequestContext } from '@curbside/core';
import { inTransaction } from '@curbside/database';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DEFAULT_CHOICES, EmailMode, NotificationCategory } from '../notification-category.js';
import { isTimeZone } from '../quiet-hours.js';
import type {
  NotificationPreferences,
  PushSubscriptionInput,
  QuietHoursInput,
  SetNotificationPreferenceInput,
} from './preferences.models.js';

/** Most browsers one clinician may subscribe to push. */
const MAX_PUSH_SUBSCRIPTIONS = 10;

/** A clinician's own notification choices: per category, quiet hours, push subscriptions. */
@Injectable()
export class PreferencesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async read(ctx: RequestContext): Promise<NotificationPreferences> {
    return this.readFor(ctx.requireActor.clinicianId);
  }

  async set(ctx: RequestContext, input: SetNotificationPreferenceInput): Promise<NotificationPreferences> {
    const me = ctx.requireActor.clinicianId;
    await this.upsert(me, input.category, input.email, input.push);
    return this.readFor(me);
  }

  /** Used by one-click unsubscribe: e-mail of one category off, push unchanged. */
  async setEmailMode(clinicianId: string, category: NotificationCategory, email: EmailMode): Promise<void> {
    const current = await this.dataSource.query<{ push: boolean }[]>(
      'SELECT push FROM notification_preference WHERE clinician_id = $1 AND category = $2',
      [clinicianId, category],
    );
    const exists = await this.dataSource.query<unknown[]>('SELECT 1 FROM clinician WHERE id = $1', [
      clinicianId,
    ]);
    if (exists.length === 0) return;
    await this.upsert(clinicianId, category, email, current[0]?.push ?? DEFAULT_CHOICES[category].push);
  }

  async setQuietHours(ctx: RequestContext, input: QuietHoursInput | null): Promise<NotificationPreferences> {
    const me = ctx.requireActor.clinicianId;
    if (input && !isTimeZone(input.timeZone)) {
      throw DomainError.badInput('timeZone is not a time zone this server knows', { field: 'timeZone' });
    }
    if (input && input.startMinute === input.endMinute) {
      throw DomainError.badInput('Quiet hours must start and end at different times', {
        fields: ['startMinute', 'endMinute'],
      });
    }
    await this.dataSource.query(
      `INSERT INTO notification_settings (clinician_id, quiet_start_minute, quiet_end_minute, time_zone)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (clinician_id) DO UPDATE SET quiet_start_minute = EXCLUDED.quiet_start_minute,
         quiet_end_minute = EXCLUDED.quiet_end_minute, time_zone = EXCLUDED.time_zone, updated_at = now()`,
      [me, input?.startMinute ?? null, input?.endMinute ?? null, input?.timeZone ?? 'UTC'],
    );
    return this.readFor(me);
  }

  async subscribePush(ctx: RequestContext, input: PushSubscriptionInput): Promise<boolean> {
    const me = ctx.requireActor.clinicianId;
    const url = new URL(input.endpoint);
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    // the server POSTs to this address: a push service over https, or a local one in development
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback && !this.config.isProduction)) {
      throw DomainError.badInput('endpoint must be an https push service URL', { field: 'endpoint' });
    }
    return inTransaction(this.dataSource, async (manager) => {
      // one clinician's subscriptions are counted under a lock on their row: no race past the limit
      await manager.query('SELECT id FROM clinician WHERE id = $1 FOR UPDATE', [me]);
      const [owner] = await manager.query<{ clinician_id: string }[]>(
        'SELECT clinician_id FROM push_subscription WHERE endpoint = $1',
        [input.endpoint],
      );
      if (owner && owner.clinician_id !== me) {
        throw DomainError.conflict(
          'This browser is subscribed by another account; unsubscribe it there first',
        );
      }
      if (!owner) {
        const [{ n }] = await manager.query<{ n: number }[]>(
          'SELECT count(*)::int AS n FROM push_subscription WHERE clinician_id = $1',
          [me],
        );
        if (n >= MAX_PUSH_SUBSCRIPTIONS) {
          throw DomainError.conflict(`At most ${MAX_PUSH_SUBSCRIPTIONS} browsers can be subscribed`);
        }
      }
      await manager.query(
        `INSERT INTO push_subscription (clinician_id, endpoint, p256dh, auth) VALUES ($1, $2, $3, $4)
         ON CONFLICT ON CONSTRAINT uq_push_subscription_endpoint DO UPDATE SET p256dh = EXCLUDED.p256dh,
           auth = EXCLUDED.auth`,
        [me, input.endpoint, input.p256dh, input.auth],
      );
      return true;
    });
  }

  /** True when a subscription of the caller's was removed; someone else's is left alone. */
  async unsubscribePush(ctx: RequestContext, endpoint: string): Promise<boolean> {
    const [, removed] = await this.dataSource.query<[unknown[], number]>(
      'DELETE FROM push_subscription WHERE clinician_id = $1 AND endpoint = $2',
      [ctx.requireActor.clinicianId, endpoint],
    );
    return removed > 0;
  }

  private async upsert(
    clinicianId: string,
    category: string,
    email: EmailMode,
    push: boolean,
  ): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO notification_preference (clinician_id, category, email, push) VALUES ($1, $2, $3, $4)
       ON CONFLICT (clinician_id, category) DO UPDATE SET email = EXCLUDED.email, push = EXCLUDED.push,
         updated_at = now()`,
      [clinicianId, category, email, push],
    );
  }

  private async readFor(clinicianId: string): Promise<NotificationPreferences> {
    const rows = await this.dataSource.query<{ category: string; email: EmailMode; push: boolean }[]>(
      'SELECT category, email, push FROM notification_preference WHERE clinician_id = $1',
      [clinicianId],
    );
    const [settings] = await this.dataSource.query<
      { quiet_start_minute: number | null; quiet_end_minute: number | null; time_zone: string }[]
    >(
      'SELECT quiet_start_minute, quiet_end_minute, time_zone FROM notification_settings WHERE clinician_id = $1',
      [clinicianId],
    );
    const [{ n }] = await this.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM push_subscription WHERE clinician_id = $1',
      [clinicianId],
    );
    const chosen = new Map(rows.map((r) => [r.category, r]));
    return {
      categories: Object.values(NotificationCategory).map((category) => {
        const row = chosen.get(category);
        return row
          ? { category, email: row.email, push: row.push, customised: true }
          : { category, ...DEFAULT_CHOICES[category], customised: false };
      }),
      quietHours:
        settings && settings.quiet_start_minute !== null && settings.quiet_end_minute !== null
          ? {
              startMinute: settings.quiet_start_minute,
              endMinute: settings.quiet_end_minute,
              timeZone: settings.time_zone,
            }
          : null,
      pushSubscriptions: n,
    };
  }
}
