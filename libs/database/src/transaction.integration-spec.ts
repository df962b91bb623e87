import { createTestDatabase } from '@curbside/testing';
import { type Database } from './database.js';
import { inTransaction } from './transaction.js';

async function isolationIn(database: Database): Promise<string> {
  return inTransaction(database.dataSource, async (manager) => {
    const rows = await manager.query<{ transaction_isolation: string }[]>('SHOW transaction_isolation');
    return rows[0].transaction_isolation;
  });
}

describe(inTransaction.name, () => {
  let database: Database & { url?: string };

  beforeEach(async () => {
    database = await createTestDatabase();
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
    const rows = await database.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM specialty WHERE code = 'zz-test'`,
    );
    expect(rows[0].n).toBe(0);
  });
});
