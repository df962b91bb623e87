import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a signed attachment URL grants: one viewer's session, one version of one attachment, until `expires`. */
export interface AttachmentGrant {
  attachmentId: string;
  revision: number;
  clinicianId: string;
  sessionId: string;
  /** Unix seconds. */
  expires: number;
  /** Which file: the default rendering (absent), a CT window (`w-<name>`) or the DICOM file (`dicom`). */
  variant?: string;
}

const VARIANT = /^(w-[a-z][a-z-]{0,23}|dicom)$/;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SIGNATURE = /^[A-Za-z0-9_-]{43}$/;

/**
 * Short-lived signed URLs for attachment renderings (HMAC-SHA-256 with a key derived from the app
 * secret). The signature binds the viewer's session, so the route can check, at fetch time, that
 * this viewer may still see the content the attachment belongs to: a URL copied elsewhere is
 * useless after expiry, after sign-out, or once the viewer loses the right to the case.
 */
export class AttachmentUrlSigner {
  private readonly key: Buffer;

  constructor(appSecret: string) {
    this.key = createHmac('sha256', appSecret).update('curbside:attachment-url:v1').digest();
  }

  /** The path and query of a URL for `grant`. */
  path(grant: AttachmentGrant): string {
    const query = new URLSearchParams({
      r: String(grant.revision),
      u: grant.clinicianId,
      s: grant.sessionId,
      e: String(grant.expires),
      ...(grant.variant ? { v: grant.variant } : {}),
      sig: this.sign(grant),
    });
    return `/media/attachments/${grant.attachmentId}?${query.toString()}`;
  }

  /**
   * The grant a URL's parts carry, or null when anything is malformed, tampered with or expired.
   * `nowSeconds` is the current time in Unix seconds.
   */
  verify(attachmentId: string, query: Record<string, unknown>, nowSeconds: number): AttachmentGrant | null {
    const { r, u, s, e, sig, v } = query;
    if (![r, u, s, e, sig].every((x) => typeof x === 'string')) return null;
    if (v !== undefined && (typeof v !== 'string' || !VARIANT.test(v))) return null;
    const [revision, clinicianId, sessionId, expires, signature] = [r, u, s, e, sig] as string[];
    if (!UUID.test(attachmentId) || !UUID.test(clinicianId) || !UUID.test(sessionId)) return null;
    if (!/^\d{1,9}$/.test(revision) || !/^\d{1,12}$/.test(expires) || !SIGNATURE.test(signature)) return null;
    const grant: AttachmentGrant = {
      attachmentId,
      revision: Number(revision),
      clinicianId,
      sessionId,
      expires: Number(expires),
      ...(v ? { variant: v } : {}),
    };
    const expected = Buffer.from(this.sign(grant), 'utf8');
    const given = Buffer.from(signature, 'utf8');
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    if (grant.expires <= nowSeconds) return null;
    return grant;
  }

  private sign(grant: AttachmentGrant): string {
    const payload: (string | number)[] = [
      grant.attachmentId,
      grant.revision,
      grant.clinicianId,
      grant.sessionId,
      grant.expires,
    ];
    if (grant.variant) payload.push(grant.variant);
    return createHmac('sha256', this.key).update(payload.join('\n')).digest('base64url');
  }
}
