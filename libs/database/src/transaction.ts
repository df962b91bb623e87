import { DomainError } from '@curbside/core';
import type { DataSource, EntityManager } from 'typeorm';

/** SQLSTATEs after which the same transaction, run again from its start, may well succeed. */
const RETRYABLE = new Map([
  ['40P01', 'deadlock'],
  ['40001', 'serialization failure'],
]);

/** What is logged of a transaction that is run again: its SQLSTATE and which attempt failed. */
export interface TransactionRetry {
  code: string;
  attempt: number;
  attempts: number;
  delayMs: number;
}

export type TransactionRetrySink = (retry: TransactionRetry) => void;

let retrySink: TransactionRetrySink = (retry) =>
  process.stderr.write(`${JSON.stringify({ level: 'warn', ...retry, msg: 'transaction retried' })}\n`);

/** Routes the warnings of retried transactions to the app's logger (a warning: nothing failed yet). */
export function onTransactionRetry(next: TransactionRetrySink): void {
  retrySink = next;
}

export interface TransactionOptions {
  /** Runs in all, the first included (default 3); 1 turns retrying off. */
  attempts?: number;
}

/** The SQLSTATE of a deadlock or serialization failure, found on TypeORM's error or pg's; else null. */
export function retryableCode(error: unknown): string | null {
  const own = (error as { code?: unknown } | null)?.code;
  const driver = (error as { driverError?: { code?: unknown } } | null)?.driverError?.code;
  for (const code of [own, driver]) if (typeof code === 'string' && RETRYABLE.has(code)) return code;
  return null;
}

/** 20-40 ms before the second run, 40-80 ms before the third: two victims rarely meet again. */
const backoffMs = (attempt: number): number => Math.round(20 * 2 ** (attempt - 1) * (1 + Math.random()));

/**
 * Runs work in one transaction and hands it the transaction's EntityManager. Always use that manager
 * inside: on PGlite there is a single connection, and a global repository would wait forever.
 *
 * The isolation level is READ COMMITTED, set once per connection (see `openDatabase`) rather than by a
 * `SET TRANSACTION` round trip in every transaction.
 *
 * A transaction that PostgreSQL chose as a deadlock's victim (40P01) or could not serialize (40001)
 * has been rolled back whole, so `work` is run again from its start in a new transaction, after a
 * short random pause, up to `attempts` runs; each retry is logged as a warning. `work` must therefore
 * do nothing outside the transaction that a second run would repeat (write through `manager` only;
 * effects after commit belong after `inTransaction` returns). If the last run fails the same way the
 * caller gets a CONFLICT domain error that says to try again (`retryable: true`), never a bare
 * database error.
 */
export async function inTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  options: TransactionOptions = {},
): Promise<T> {
  const attempts = Math.max(1, options.attempts ?? 3);
  for (let attempt = 1; ; attempt++) {
    try {
      return await dataSource.transaction(work);
    } catch (error) {
      const code = retryableCode(error);
      if (!code) throw error;
      if (attempt >= attempts) throw DomainError.contention();
      const delayMs = backoffMs(attempt);
      retrySink({ code, attempt, attempts, delayMs });
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}
