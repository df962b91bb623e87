import { AttachmentUrlSigner, type AttachmentGrant } from './attachment-url-signer.js';

const GRANT: AttachmentGrant = {
  attachmentId: '6f1c2a8e-4b7d-4c1e-9a3f-2d5e8b7c1a90',
  revision: 2,
  clinicianId: '0b9d5f3e-2a4c-4e6b-8d1f-3c7a9e5b2d41',
  sessionId: 'a3e7c9b1-5d2f-4a8e-b6c4-1f9d7e3a5c28',
  expires: 2_000_000_000,
};

function queryOf(path: string): Record<string, string> {
  return Object.fromEntries(new URL(path, 'http://x').searchParams);
}

describe(AttachmentUrlSigner.name, () => {
  const signer = new AttachmentUrlSigner('a-test-secret-that-is-long-enough-to-sign');

  it('should accept its own URL before expiry', () => {
    const path = signer.path(GRANT);
    expect(path.startsWith(`/media/attachments/${GRANT.attachmentId}?`)).toBe(true);
    expect(signer.verify(GRANT.attachmentId, queryOf(path), GRANT.expires - 1)).toEqual(GRANT);
  });

  it('should refuse it at or after expiry', () => {
    const query = queryOf(signer.path(GRANT));
    expect(signer.verify(GRANT.attachmentId, query, GRANT.expires)).toBeNull();
  });

  it('should refuse any altered part', () => {
    const query = queryOf(signer.path(GRANT));
    const now = GRANT.expires - 100;
    for (const [key, value] of Object.entries({
      r: '3',
      u: GRANT.sessionId,
      s: GRANT.clinicianId,
      e: String(GRANT.expires + 3600),
    })) {
      expect(signer.verify(GRANT.attachmentId, { ...query, [key]: value }, now)).toBeNull();
    }
    expect(signer.verify('6f1c2a8e-4b7d-4c1e-9a3f-2d5e8b7c1a91', query, now)).toBeNull();
    expect(
      signer.verify(GRANT.attachmentId, { ...query, sig: query.sig.replace(/^./, 'x') }, now),
    ).toBeNull();
  });

  it('should refuse a URL signed with another secret, and malformed parts', () => {
    const other = new AttachmentUrlSigner('another-secret-that-is-long-enough-to-sign');
    const now = GRANT.expires - 100;
    expect(signer.verify(GRANT.attachmentId, queryOf(other.path(GRANT)), now)).toBeNull();
    const query = queryOf(signer.path(GRANT));
    expect(signer.verify(GRANT.attachmentId, { ...query, e: ['1'] }, now)).toBeNull();
    expect(signer.verify('../etc/passwd', query, now)).toBeNull();
    expect(signer.verify(GRANT.attachmentId, { ...query, sig: 'short' }, now)).toBeNull();
  });
});
