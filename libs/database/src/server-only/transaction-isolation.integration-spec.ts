import { createTestDatabase } from '@curbside/testing';
import { ENTITIES } from '../../../../apps/api/src/entities.js';
import { MIGRATIONS } from '../../../../migrations/index.js';
import { type Database, openDatabase } from '../database.js';
import { inTransaction } from '../transaction.js';

/**
 * Runs only with DATABASE_URL (jest.config.js leaves `server-only/` out otherwise): the isolation level
 * is a connection option of the server; PGlite's default cannot be changed by anyone else.
 */
describe('inTransaction on a PostgreSQL server', () => {
  let database: Database & { url?: string };

  beforeEach(async () => {
    database = await createTestDatabase();
  });

  afterEach(async () => {
    await database.close();
  });

  it('should stay READ COMMITTED on a server whose default is another level', async () => {
    const url = database.url;
    if (!url) throw new Error('this suite needs DATABASE_URL to name a PostgreSQL server');
    const name = new URL(url).pathname.slice(1);
    await database.dataSource.query(
      `ALTER DATABASE "${name}" SET default_transaction_isolation = 'serializable'`,
    );
    const other = await openDatabase({
      target: { kind: 'postgres', url },
      entities: ENTITIES,
      migrations: MIGRATIONS,
    });
    try {
      const raw = await other.dataSource.query<{ default_transaction_isolation: string }[]>(
        `SELECT current_setting('default_transaction_isolation') AS default_transaction_isolation`,
      );
      expect(raw[0].default_transaction_isolation).toBe('read committed');
      expect(
        await inTransaction(
          other.dataSource,
          async (manager) =>
            (await manager.query<{ transaction_isolation: string }[]>('SHOW transaction_isolation'))[0]
              .transaction_isolation,
        ),
      ).toBe('read committed');
    } finally {
      await other.close();
    }
  });
});
