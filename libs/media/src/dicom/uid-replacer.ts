import { createHmac, randomBytes } from 'node:crypto';

/**
 * Replaces UIDs by `2.25.<decimal>` UIDs derived from a keyed hash (HMAC-SHA-256, first 128 bits),
 * so the same original UID maps to the same new one for every file processed with the same key
 * (one key per case keeps a series together) and cannot be reversed without the key.
 */
export class UidReplacer {
  private readonly key: Buffer;
  private readonly seen = new Map<string, string>();

  constructor(key?: Uint8Array) {
    this.key = key === undefined ? randomBytes(32) : Buffer.from(key);
    if (this.key.length < 16) throw new RangeError('the UID key needs at least 16 bytes');
  }

  replace(uid: string): string {
    const original = uid.replace(/[\0 ]+$/, '');
    let replaced = this.seen.get(original);
    if (replaced === undefined) {
      const digest = createHmac('sha256', this.key).update(original).digest();
      replaced = `2.25.${BigInt(`0x${digest.subarray(0, 16).toString('hex')}`).toString(10)}`;
      this.seen.set(original, replaced);
    }
    return replaced;
  }
}
