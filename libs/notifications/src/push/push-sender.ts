import { AppConfig } from '@curbside/config';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import webpush from 'web-push';
import { PermanentDeliveryError, TransientDeliveryError } from '../mail/mail-transport.js';
import { type VapidKeys, vapidKeys } from './vapid-keys.js';

/**
 * What a push message carries: a headline, a link, a kind and the delivery's id; never case text.
 * The id lets the service worker show a message that was sent again after a crash only once.
 */
export interface PushPayload {
  title: string;
  url: string;
  kind: string;
  id: string;
}

/**
 * Sends one notification to every browser a clinician subscribed, encrypted and signed (Web Push,
 * VAPID). An endpoint the push service says is gone (404, 410) is removed; when none is left the
 * delivery fails for good.
 */
@Injectable()
export class PushSender {
  private keys: VapidKeys | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** The public key browsers subscribe with. */
  publicKey(): string {
    return this.vapid().publicKey;
  }

  async send(clinicianId: string, payload: PushPayload, topic?: string): Promise<void> {
    const subscriptions = await this.dataSource.query<
      { id: string; endpoint: string; p256dh: string; auth: string }[]
    >('SELECT id, endpoint, p256dh, auth FROM push_subscription WHERE clinician_id = $1', [clinicianId]);
    const keys = this.vapid();
    let delivered = 0;
    let transient: string | null = null;
    for (const s of subscriptions) {
      try {
        const request = webpush.generateRequestDetails(
          { endpoint: s.endpoint, keys: { p256dh: s.p256dh, auth: s.auth } },
          JSON.stringify(payload),
          { vapidDetails: keys, TTL: 3600, ...(topic ? { topic } : {}) },
        );
        const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k, String(v)]));
        const response = await fetch(request.endpoint, {
          method: request.method,
          headers,
          body: request.body ?? undefined,
          signal: AbortSignal.timeout(10_000),
        });
        if (response.status === 404 || response.status === 410) {
          await this.dataSource.query('DELETE FROM push_subscription WHERE id = $1', [s.id]);
        } else if (response.ok) {
          delivered++;
        } else {
          transient = `PUSH_${response.status}`;
        }
      } catch {
        transient = 'PUSH_ERROR';
      }
    }
    if (delivered > 0) return;
    if (transient) throw new TransientDeliveryError(transient);
    throw new PermanentDeliveryError('PUSH_GONE');
  }

  private vapid(): VapidKeys {
    this.keys ??= vapidKeys(this.config);
    return this.keys;
  }
}
