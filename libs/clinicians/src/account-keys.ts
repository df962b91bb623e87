import { createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * Keys derived from the server secret for the account flows that must not be computable from the
 * database alone: the salt of a shadow account's password hash, and password-reset tokens.
 */
export class AccountKeys {
  private readonly shadowKey: Buffer;
  private readonly resetKey: Buffer;

  constructor(secret: string) {
    // keys of their own, so neither value is ever a valid access token or unsubscribe token
    this.shadowKey = createHmac('sha256', secret).update('curbside:shadow-salt:v1').digest();
    this.resetKey = createHmac('sha256', secret).update('curbside:password-reset:v1').digest();
  }

  /**
   * The argon2 salt of every shadow account claiming `normalizedEmail`: the same for all of them, so
   * one hash of a typed password is compared with all of them at once (sign-in costs the same
   * however many shadows an address has).
   */
  shadowSalt(normalizedEmail: string): Buffer {
    return createHmac('sha256', this.shadowKey).update(normalizedEmail).digest().subarray(0, 16);
  }

  /** 128 random bits for a new reset link. */
  static newNonce(): string {
    return randomBytes(16).toString('hex');
  }

  /** The token of reset `id`: 256 bits, derived again when its e-mail is sent; never stored. */
  resetToken(id: string, nonce: string): string {
    return createHmac('sha256', this.resetKey).update(`${id}.${nonce}`).digest('base64url');
  }

  /** What the database keeps of a token. */
  static tokenHash(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }
}
