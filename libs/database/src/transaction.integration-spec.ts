import { DomainError, ErrorCode } from '@curbside/core';
import { createTestDatabase } from '@curbside/testing';
import { type Database } from './database.js';
import { type TransactionRetry, inTransaction, onTransactionRetry } from './transaction.js';

async function isolationIn(database: Database): Promise<string> {
  return inTransaction(database.dataSource, async (manager) => {
    const rows = await manager.query<{ transaction_isolation: string }[]>('SHOW transaction_isolation');
    return rows[0].transaction_isolation;
  });
}

/** PostgreSQL itself raises the error of this SQLSTATE condition name inside the transaction. */
const RAISE = (condition: string): string =>
  `DO $$ BEGIN RAISE EXCEPTION 'raised by the test' USING ERRCODE = '${condition}'; END $$`;

describe(inTransaction.name, () => {
  let database: Database & { url?: string };
  let retries: TransactionRetry[];

  const count = async (code: string): Promise<number> =>
    (
      await database.dataSource.query<{ n: number }[]>(
        'SELECT count(*)::int AS n FROM specialty WHERE code = $1',
        [code],
      )
    )[0].n;

  beforeEach(async () => {
    database = await createTestDatabase();
    retries = [];
    onTransactionRetry((retry) => retries.push(retry));
  });

  afterEach(async () => {
    await database.close();
  });

  it('should run READ COMMITTED and roll everything back when the work fails', async () => {
    expect(await isolationIn(database)).toBe('read committed');
    await expect(
      inTransaction(database.dataSource, async (manager) => {
        await manager.query(`INSERT INTO specialty (code, name) VALUES ('zz-test', 'Test')`);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await count('zz-test')).toBe(0);
    expect(retries).toEqual([]);
  });

  it('should run the work again from its start after a deadlock, keep only the second run and warn once', async () => {
    let runs = 0;
    const result = await inTransaction(database.dataSource, async (manager) => {
      runs++;
      await manager.query(`INSERT INTO specialty (code, name) VALUES ($1, 'Retried')`, [`zz-run-${runs}`]);
      if (runs === 1) await manager.query(RAISE('deadlock_detected'));
      return runs;
    });
    expect(result).toBe(2);
    expect(runs).toBe(2);
    // the first run's row went with its rollback: nothing partial is left
    expect(await count('zz-run-1')).toBe(0);
    expect(await count('zz-run-2')).toBe(1);
    expect(retries).toEqual([
      { code: '40P01', attempt: 1, attempts: 3, delayMs: expect.any(Number) as number },
    ]);
    expect(retries[0].delayMs).toBeGreaterThanOrEqual(20);
    expect(retries[0].delayMs).toBeLessThanOrEqual(40);
  });

  it('should give up after three runs of serialization failures with a retryable CONFLICT and nothing saved', async () => {
    let runs = 0;
    const failure = await inTransaction(database.dataSource, async (manager) => {
      runs++;
      await manager.query(`INSERT INTO specialty (code, name) VALUES ('zz-never', 'Never')`);
      await manager.query(RAISE('serialization_failure'));
    }).catch((error: unknown) => error);
    expect(runs).toBe(3);
    expect(failure).toBeInstanceOf(DomainError);
    expect(failure).toMatchObject({
      code: ErrorCode.CONFLICT,
      details: { retryable: true, retryAfterSeconds: 1 },
    });
    expect(retries.map((r) => [r.code, r.attempt])).toEqual([
      ['40001', 1],
      ['40001', 2],
    ]);
    expect(await count('zz-never')).toBe(0);
  });

  it('should not run again after any other database error, nor when retrying is turned off', async () => {
    let runs = 0;
    await expect(
      inTransaction(database.dataSource, async (manager) => {
        runs++;
        await manager.query(RAISE('unique_violation'));
      }),
    ).rejects.toMatchObject({ code: '23505' });
    expect(runs).toBe(1);
    runs = 0;
    await expect(
      inTransaction(
        database.dataSource,
        async (manager) => {
          runs++;
          await manager.query(RAISE('deadlock_detected'));
        },
        { attempts: 1 },
      ),
    ).rejects.toMatchObject({ code: ErrorCode.CONFLICT });
    expect(runs).toBe(1);
    expect(retries).toEqual([]);
  });
});
