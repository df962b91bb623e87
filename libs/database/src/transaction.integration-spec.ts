import { createTestDatabase } from '@curbside/testing';
import { ENTITIES } from '../../../apps/api/src/entities.js';
import { MIGRATIONS } from '../../../migrations/index.js';
import { type Database, openDatabase } from './database.js';
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

  it('should stay READ COMMITTED on a server whose default is another level', async () => {
    if (!database.url) {
      expect(database.url).toBeUndefined(); // PGlite: nobody else can change its default
      return;
    }
    const name = new URL(database.url).pathname.slice(1);
    await database.dataSource.query(
      `ALTER DATABASE "${name}" SET default_transaction_isolation = 'serializable'`,
    );
    const other = await openDatabase({
      target: { kind: 'postgres', url: database.url },
      entities: ENTITIES,
      migrations: MIGRATIONS,
    });
    try {
      const raw = await other.dataSource.query<{ default_transaction_isolation: string }[]>(
        `SELECT current_setting('default_transaction_isolation') AS default_transaction_isolation`,
      );
      expect(raw[0].default_transaction_isolation).toBe('read committed');
      expect(await isolationIn(other)).toBe('read committed');
    } finally {
      await other.close();
    }
  });
});
