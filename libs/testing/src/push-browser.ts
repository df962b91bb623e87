import {
  createCipheriv,
  createDecipheriv,
  createECDH,
  createPublicKey,
  hkdfSync,
  randomBytes,
  verify,
} from 'node:crypto';

/** RFC 8188: salt (16), record size (uint32), key id length (1), key id; here the key id is 65 bytes. */
const HEADER_FIXED = 16 + 4 + 1;
const TAG_BYTES = 16;

function hkdf(ikm: Buffer, salt: Buffer, info: Buffer, length: number): Buffer {
  return Buffer.from(hkdfSync('sha256', ikm, salt, info, length));
}

/** The RFC 8291 secrets of one message: its content-encryption key and base nonce. */
function messageKeys(
  ecdhSecret: Buffer,
  authSecret: Buffer,
  uaPublic: Buffer,
  asPublic: Buffer,
  salt: Buffer,
): { key: Buffer; nonce: Buffer } {
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), uaPublic, asPublic]);
  const ikm = hkdf(ecdhSecret, authSecret, keyInfo, 32);
  return {
    key: hkdf(ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16),
    nonce: hkdf(ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12),
  };
}

/** The nonce of record `seq`: the base nonce XOR the record's number (RFC 8188, section 2.3). */
function recordNonce(base: Buffer, seq: number): Buffer {
  const nonce = Buffer.from(base);
  // a message here has far fewer than 2^32 records: the low 32 bits are all that change
  nonce.writeUInt32BE((nonce.readUInt32BE(8) ^ seq) >>> 0, 8);
  return nonce;
}

/**
 * A browser's side of a Web Push subscription, as a test holds it: a P-256 key pair and an auth
 * secret made here (the server sees only the public key and the secret), and the decryption of what
 * a push service would hand the browser: an `aes128gcm` body (RFC 8291 over RFC 8188) is opened with
 * ECDH against the sender's one-time key from the body's header, HKDF and AES-128-GCM, and its
 * padding checked. Anything tampered with, or sealed for another subscription, throws.
 */
export class PushBrowser {
  private readonly ecdh = createECDH('prime256v1');
  private readonly authSecret = randomBytes(16);

  constructor() {
    this.ecdh.generateKeys();
  }

  /** The subscription's `p256dh` (uncompressed point) and `auth`, base64url as a browser gives them. */
  get keys(): { p256dh: string; auth: string } {
    return {
      p256dh: this.ecdh.getPublicKey().toString('base64url'),
      auth: this.authSecret.toString('base64url'),
    };
  }

  /** The plaintext of an `aes128gcm` push message body. */
  decrypt(body: Buffer): Buffer {
    if (body.length < HEADER_FIXED) throw new Error('push body shorter than its header');
    const salt = body.subarray(0, 16);
    const recordSize = body.readUInt32BE(16);
    const idLength = body.readUInt8(20);
    if (idLength !== 65) throw new Error(`key id of ${idLength} bytes; RFC 8291 sends a 65-byte P-256 key`);
    const asPublic = body.subarray(HEADER_FIXED, HEADER_FIXED + idLength);
    if (recordSize < TAG_BYTES + 2) throw new Error(`record size ${recordSize} too small`);
    const { key, nonce } = messageKeys(
      this.ecdh.computeSecret(asPublic),
      this.authSecret,
      this.ecdh.getPublicKey(),
      asPublic,
      salt,
    );
    const content = body.subarray(HEADER_FIXED + idLength);
    if (content.length === 0) throw new Error('push body without a record');
    const parts: Buffer[] = [];
    for (let seq = 0, at = 0; at < content.length; seq++, at += recordSize) {
      const record = content.subarray(at, at + recordSize);
      const last = at + recordSize >= content.length;
      const decipher = createDecipheriv('aes-128-gcm', key, recordNonce(nonce, seq));
      decipher.setAuthTag(record.subarray(record.length - TAG_BYTES));
      const padded = Buffer.concat([
        decipher.update(record.subarray(0, record.length - TAG_BYTES)),
        decipher.final(),
      ]);
      // data, a delimiter (2 in the last record, 1 before), then zeros
      let end = padded.length - 1;
      while (end >= 0 && padded[end] === 0) end--;
      if (end < 0 || padded[end] !== (last ? 2 : 1))
        throw new Error(`record ${seq} has no valid padding delimiter`);
      parts.push(padded.subarray(0, end));
    }
    return Buffer.concat(parts);
  }

  /**
   * What a push sender does, for this helper's own test of its padding checks: `plaintext` sealed to
   * this browser in one (last) record, ended by `delimiter` (2 is right for a last record).
   */
  encryptForTest(plaintext: Buffer, delimiter = 2, recordSize = 4096): Buffer {
    const sender = createECDH('prime256v1');
    sender.generateKeys();
    const salt = randomBytes(16);
    const { key, nonce } = messageKeys(
      sender.computeSecret(this.ecdh.getPublicKey()),
      this.authSecret,
      this.ecdh.getPublicKey(),
      sender.getPublicKey(),
      salt,
    );
    const header = Buffer.alloc(HEADER_FIXED);
    salt.copy(header);
    header.writeUInt32BE(recordSize, 16);
    header.writeUInt8(65, 20);
    const cipher = createCipheriv('aes-128-gcm', key, recordNonce(nonce, 0));
    const sealed = Buffer.concat([
      cipher.update(Buffer.concat([plaintext, Buffer.from([delimiter])])),
      cipher.final(),
    ]);
    return Buffer.concat([header, sender.getPublicKey(), sealed, cipher.getAuthTag()]);
  }
}

/** The claims of a verified VAPID token (RFC 8292) and the key that signed it. */
export interface VapidClaims {
  aud: string;
  exp: number;
  sub: string;
  /** The application server's public key (`k=`), base64url. */
  publicKey: string;
}

/**
 * Checks an `Authorization: vapid t=<JWT>, k=<key>` header as a push service would (RFC 8292): the
 * JWT is ES256, signed by the P-256 key `k`, for the endpoint's origin (`aud`), not expired and
 * valid for at most 24 hours, with a contact (`sub`). Throws on anything else.
 */
export function verifyVapid(authorization: string, endpoint: string, now = Date.now()): VapidClaims {
  const match = /^vapid t=([\w-]+)\.([\w-]+)\.([\w-]+), k=([\w-]+)$/.exec(authorization);
  if (!match) throw new Error('Authorization is not a VAPID header');
  const [, head, body, signature, k] = match;
  const header = JSON.parse(Buffer.from(head, 'base64url').toString()) as { alg?: string; typ?: string };
  if (header.alg !== 'ES256') throw new Error(`VAPID token signed with ${header.alg}, not ES256`);
  const point = Buffer.from(k, 'base64url');
  if (point.length !== 65 || point[0] !== 4) throw new Error('VAPID key is not an uncompressed P-256 point');
  const key = createPublicKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: point.subarray(1, 33).toString('base64url'),
      y: point.subarray(33).toString('base64url'),
    },
    format: 'jwk',
  });
  const signed = verify(
    'sha256',
    Buffer.from(`${head}.${body}`),
    { key, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url'),
  );
  if (!signed) throw new Error('VAPID signature does not verify with its key');
  const claims = JSON.parse(Buffer.from(body, 'base64url').toString()) as Partial<VapidClaims>;
  if (claims.aud !== new URL(endpoint).origin) throw new Error('VAPID audience is not the endpoint origin');
  const seconds = Math.floor(now / 1000);
  if (typeof claims.exp !== 'number' || claims.exp <= seconds) throw new Error('VAPID token has expired');
  if (claims.exp > seconds + 24 * 3600) throw new Error('VAPID token is valid for more than 24 hours');
  if (typeof claims.sub !== 'string' || !/^(mailto:|https:)/.test(claims.sub)) {
    throw new Error('VAPID token has no contact (sub)');
  }
  return { aud: claims.aud, exp: claims.exp, sub: claims.sub, publicKey: k };
}
