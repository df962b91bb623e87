import { createHmac, timingSafeEqual } from 'node:crypto';
import { NotificationCategory } from '../notification-category.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Signs and reads the one-click unsubscribe tokens of e-mail: a clinician and a category, signed. */
export class UnsubscribeTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    // a key of its own, derived from the app secret, so a token is never an access token
    this.key = createHmac('sha256', secret).update('curbside:unsubscribe:v1').digest();
  }

  sign(clinicianId: string, category: NotificationCategory): string {
    const body = Buffer.from(`${clinicianId}.${category}`).toString('base64url');
    return `${body}.${this.mac(body)}`;
  }

  /** The clinician and category of a valid token; null for anything else. */
  read(token: string): { clinicianId: string; category: NotificationCategory } | null {
    if (token.length > 200) return null;
    const [body, mac, extra] = token.split('.');
    if (!body || !mac || extra !== undefined) return null;
    const expected = Buffer.from(this.mac(body));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    const [clinicianId, category] = Buffer.from(body, 'base64url').toString('utf8').split('.');
    if (!UUID.test(clinicianId ?? '')) return null;
    if (!Object.values(NotificationCategory).includes(category as NotificationCategory)) return null;
    return { clinicianId, category: category as NotificationCategory };
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}
