import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a signed statement URL grants: one session's statement of one period, until `expires`. */
export interface CreditStatementGrant {
  clinicianId: string;
  sessionId: string;
  /** Milliseconds since the epoch. */
  from: number;
  to: number;
  /** Unix seconds. */
  expires: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SIGNATURE = /^[A-Za-z0-9_-]{43}$/;

/** The route that serves credit statements. */
export const CREDIT_STATEMENT_PATH = '/credit/statement';

/**
 * Short-lived signed URLs for credit statements (HMAC-SHA-256, key derived from the app secret for
 * this purpose only). The signature binds the session, which the route looks up again: a link is
 * useless to anyone else, after sign-out, and after it expires.
 */
export class CreditUrlSigner {
  private readonly key: Buffer;

  constructor(appSecret: string) {
    this.key = createHmac('sha256', appSecret).update('curbside:credit-statement:v1').digest();
  }

  path(grant: CreditStatementGrant): string {
    const query = new URLSearchParams({
      f: String(grant.from),
      t: String(grant.to),
      u: grant.clinicianId,
      s: grant.sessionId,
      e: String(grant.expires),
      sig: this.sign(grant),
    });
    return `${CREDIT_STATEMENT_PATH}?${query.toString()}`;
  }

  /** The grant of a URL's query, or null when anything is malformed, altered or expired. */
  verify(query: Record<string, unknown>, nowSeconds: number): CreditStatementGrant | null {
    const { f, t, u, s, e, sig } = query;
    if (![f, t, u, s, e, sig].every((v) => typeof v === 'string')) return null;
    const [from, to, clinicianId, sessionId, expires, signature] = [f, t, u, s, e, sig] as string[];
    if (!UUID.test(clinicianId) || !UUID.test(sessionId) || !SIGNATURE.test(signature)) return null;
    if (![from, to].every((v) => /^\d{1,15}$/.test(v)) || !/^\d{1,12}$/.test(expires)) return null;
    const grant: CreditStatementGrant = {
      clinicianId,
      sessionId,
      from: Number(from),
      to: Number(to),
      expires: Number(expires),
    };
    const expected = Buffer.from(this.sign(grant), 'utf8');
    const given = Buffer.from(signature, 'utf8');
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    if (grant.expires <= nowSeconds) return null;
    return grant;
  }

  private sign(grant: CreditStatementGrant): string {
    const payload = [grant.clinicianId, grant.sessionId, grant.from, grant.to, grant.expires];
    return createHmac('sha256', this.key).update(payload.join('\n')).digest('base64url');
  }
}
