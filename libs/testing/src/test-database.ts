import { type Database, openDatabase } from '@curbside/database';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { ENTITIES } from '../../../apps/api/src/entities.js';
import { MIGRATIONS } from '../../../migrations/index.js';

export interface TestDatabaseOptions {
  onQuery?: (sql: string) => void;
}

function templateName(): string {
  const template = process.env.CURBSIDE_TEST_TEMPLATE;
  if (!template) throw new Error('CURBSIDE_TEST_TEMPLATE is not set: run the suite through `npm test`');
  return template;
}

/**
 * A fresh, migrated database for one suite: a PGlite copy of the run's template, or, when
 * DATABASE_URL is set, a new database on that server cloned from the template and dropped on close.
 */
export async function createTestDatabase(
  options: TestDatabaseOptions = {},
): Promise<Database & { url?: string }> {
  const template = templateName();
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    return openDatabase({
      target: { kind: 'pglite-memory', loadDataDir: new Blob([readFileSync(template)]) },
      entities: ENTITIES,
      migrations: MIGRATIONS,
      onQuery: options.onQuery,
    });
  }
  const name = `curbside_t_${randomBytes(5).toString('hex')}`;
  await withAdmin(serverUrl, async (client) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
        return;
      } catch (error) {
        // Another worker may be copying the same template at this instant.
        if (attempt >= 20 || (error as { code?: string }).code !== '55006') throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 + attempt * 50));
      }
    }
  });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({
    target: { kind: 'postgres', url: url.toString() },
    entities: ENTITIES,
    migrations: MIGRATIONS,
    onQuery: options.onQuery,
  });
  return {
    ...database,
    dataSource: database.dataSource,
    url: url.toString(),
    async close() {
      await database.close();
      await withAdmin(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

async function withAdmin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
