import { AppConfig } from '@curbside/config';
import { DomainError } from '@curbside/core';
import { inTransaction } from '@curbside/database';
import { Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { IdempotencyKeyEntity } from './idempotency-key.entity.js';

/** What a claim found: a fresh key (go ahead and write), or the first answer to send again. */
export type Claim = { kind: 'fresh' } | { kind: 'replay'; value: unknown };

/** Keys of a stored answer that are never kept (an entity may carry them). */
const NEVER_STORED = new Set(['passwordHash']);
const DATE_MARK = '$curbsideDate';

function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, stable((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** JSON that keeps Dates as Dates and drops secrets. */
export function serializeAnswer(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, v: unknown) {
    if (NEVER_STORED.has(key)) return undefined;
    const raw = this[key];
    return raw instanceof Date ? { [DATE_MARK]: raw.toISOString() } : v;
  });
}

export function deserializeAnswer(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) =>
    v && typeof v === 'object' && DATE_MARK in v ? new Date((v as Record<string, string>)[DATE_MARK]) : v,
  );
}

/**
 * Idempotency keys for writes. A key is claimed in its own transaction before the write (so two
 * concurrent retries cannot both pass), completed with the answer after it, and released when the
 * write failed as expected (a domain error). Anything else leaves the claim PENDING until it
 * expires: a retry is refused rather than risk a second write.
 */
@Injectable()
export class IdempotencyService {
  private readonly hmacKey: Buffer;
  private readonly cipherKey: Buffer;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {
    const secret = Buffer.from(config.jwtSecret, 'utf8');
    this.hmacKey = Buffer.from(hkdfSync('sha256', secret, 'curbside', 'idempotency-fingerprint', 32));
    this.cipherKey = Buffer.from(hkdfSync('sha256', secret, 'curbside', 'idempotency-answer', 32));
  }

  /** The fingerprint of an operation and its arguments (keyed, since arguments may hold a password). */
  fingerprint(operation: string, args: unknown): string {
    return createHmac('sha256', this.hmacKey)
      .update(`${operation}\n${JSON.stringify(stable(args))}`)
      .digest('hex');
  }

  async claim(scope: string, key: string, operation: string, fingerprint: string): Promise<Claim> {
    const expiresAt = new Date(Date.now() + this.config.IDEMPOTENCY_KEY_TTL_SECONDS * 1000);
    const row = await inTransaction(this.dataSource, async (manager) => {
      await manager.query(
        'DELETE FROM idempotency_key WHERE scope = $1 AND key = $2 AND expires_at < now()',
        [scope, key],
      );
      // Concurrent claims of one key: the second waits for the first to commit, then inserts nothing.
      const inserted = await manager.query<unknown[]>(
        `INSERT INTO idempotency_key (scope, key, operation, fingerprint, state, expires_at)
         VALUES ($1, $2, $3, $4, 'PENDING', $5) ON CONFLICT (scope, key) DO NOTHING RETURNING scope`,
        [scope, key, operation, fingerprint, expiresAt],
      );
      if (inserted.length > 0) return null;
      return manager.getRepository(IdempotencyKeyEntity).findOneBy({ scope, key });
    });
    if (!row) return { kind: 'fresh' };
    if (row.fingerprint !== fingerprint) {
      throw DomainError.badInput(
        'This Idempotency-Key was used for a different request; use a new key for a new request',
        { field: 'Idempotency-Key' },
      );
    }
    if (row.state === 'PENDING' || row.response === null) {
      throw DomainError.conflict(
        'A request with this Idempotency-Key is in progress or was interrupted; check the result before retrying with a new key',
      );
    }
    return { kind: 'replay', value: deserializeAnswer(this.decrypt(row.response)) };
  }

  async complete(scope: string, key: string, value: unknown): Promise<void> {
    await this.dataSource
      .getRepository(IdempotencyKeyEntity)
      .update({ scope, key }, { state: 'DONE', response: this.encrypt(serializeAnswer(value)) });
  }

  async release(scope: string, key: string): Promise<void> {
    await this.dataSource.getRepository(IdempotencyKeyEntity).delete({ scope, key, state: 'PENDING' });
  }

  private encrypt(text: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.cipherKey, iv);
    const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
  }

  private decrypt(stored: string): string {
    const data = Buffer.from(stored, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.cipherKey, data.subarray(0, 12));
    decipher.setAuthTag(data.subarray(12, 28));
    return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8');
  }
}
