import { createTestDatabase } from '@curbside/testing';
import pg from 'pg';
import { type Database } from '../database.js';
import { type TransactionRetry, inTransaction, onTransactionRetry } from '../transaction.js';

/**
 * A real deadlock on a PostgreSQL server (DATABASE_URL): `inTransaction` locks row 1 then row 2, a
 * second connection row 2 then row 1. PostgreSQL aborts one of the two; the test makes sure it is
 * `inTransaction`'s (its deadlock_timeout is the shorter, so its check runs first), which must run
 * its work again from the start and commit once, with nothing of the aborted run left.
 */
describe('inTransaction against a real deadlock', () => {
  let database: Database & { url?: string };
  let other: pg.Client;
  let retries: TransactionRetry[];

  beforeEach(async () => {
    database = await createTestDatabase();
    if (!database.url) throw new Error('this suite needs DATABASE_URL to name a PostgreSQL server');
    await database.dataSource.query('CREATE TABLE probe_row (id int PRIMARY KEY, n int NOT NULL)');
    await database.dataSource.query('CREATE TABLE probe_run (run int NOT NULL)');
    await database.dataSource.query('INSERT INTO probe_row VALUES (1, 0), (2, 0)');
    other = new pg.Client({ connectionString: database.url });
    await other.connect();
    retries = [];
    onTransactionRetry((retry) => retries.push(retry));
  });

  afterEach(async () => {
    await other.end();
    await database.close();
  });

  it('should retry the deadlock victim from scratch and commit it exactly once', async () => {
    let runs = 0;
    let firstLockTaken!: () => void;
    const rowOneLocked = new Promise<void>((resolve) => (firstLockTaken = resolve));
    const backendPids: number[] = [];

    // the other connection holds row 2 first
    await other.query("SET deadlock_timeout = '10s'");
    await other.query('BEGIN');
    await other.query('UPDATE probe_row SET n = n + 10 WHERE id = 2');

    const ours = inTransaction(database.dataSource, async (manager) => {
      runs++;
      const [{ pid }] = await manager.query<{ pid: number }[]>('SELECT pg_backend_pid() AS pid');
      backendPids.push(pid);
      await manager.query("SET LOCAL deadlock_timeout = '100ms'");
      await manager.query('INSERT INTO probe_run (run) VALUES ($1)', [runs]);
      await manager.query('UPDATE probe_row SET n = n + 1 WHERE id = 1');
      if (runs === 1) firstLockTaken();
      // run 1 waits here for the other connection, which then waits for row 1: a deadlock
      await manager.query('UPDATE probe_row SET n = n + 1 WHERE id = 2');
      return runs;
    });

    await rowOneLocked;
    // wait until our first run is really queued behind row 2, then close the cycle
    const [{ blocked }] = await waitFor(async () => {
      const rows = await other.query<{ blocked: boolean }>(
        `SELECT $1 = ANY(pg_blocking_pids($2)) AS blocked`,
        [(await other.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid, backendPids[0]],
      );
      return rows.rows[0].blocked ? rows.rows : null;
    });
    expect(blocked).toBe(true);
    await other.query('UPDATE probe_row SET n = n + 10 WHERE id = 1');
    await other.query('COMMIT');

    expect(await ours).toBe(2);
    expect(runs).toBe(2);
    expect(retries).toEqual([
      { code: '40P01', attempt: 1, attempts: 3, delayMs: expect.any(Number) as number },
    ]);
    // the aborted run left nothing; the retried run and the other connection both committed once
    expect(await database.dataSource.query('SELECT run FROM probe_run ORDER BY run')).toEqual([{ run: 2 }]);
    expect(await database.dataSource.query('SELECT id, n FROM probe_row ORDER BY id')).toEqual([
      { id: 1, n: 11 },
      { id: 2, n: 11 },
    ]);
  });
});

async function waitFor<T>(probe: () => Promise<T | null>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error('the condition did not come about in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
