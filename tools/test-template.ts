import 'reflect-metadata';
import { openDatabase } from '@curbside/database';
import { writeFileSync } from 'node:fs';
import pg from 'pg';
import { ENTITIES } from '../apps/api/src/entities.js';
import { MIGRATIONS } from '../migrations/index.js';

/**
 * Prepares the migrated template the test suites copy their databases from, so that each suite
 * starts in well under a second. Used by Jest's global setup (PGlite: a data-directory dump file;
 * PostgreSQL server: a template database).
 *   node dist/tools/test-template.js pglite OUT_FILE
 *   node dist/tools/test-template.js postgres DATABASE_URL TEMPLATE_NAME
 *   node dist/tools/test-template.js drop DATABASE_URL TEMPLATE_NAME
 */
const [mode, a, b] = process.argv.slice(2);

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

if (mode === 'pglite' && a) {
  const db = await openDatabase({
    target: { kind: 'pglite-memory' },
    entities: ENTITIES,
    migrations: MIGRATIONS,
  });
  await db.dataSource.runMigrations({ transaction: 'each' });
  const dump = await db.pglite!.dumpDataDir('none');
  writeFileSync(a, Buffer.from(await dump.arrayBuffer()));
  await db.close();
} else if (mode === 'postgres' && a && b) {
  await admin(a, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${b}"`);
    await c.query(`CREATE DATABASE "${b}"`);
  });
  const db = await openDatabase({
    target: { kind: 'postgres', url: withDatabase(a, b) },
    entities: ENTITIES,
    migrations: MIGRATIONS,
  });
  await db.dataSource.runMigrations({ transaction: 'each' });
  await db.close();
} else if (mode === 'drop' && a && b) {
  await admin(a, (c) => c.query(`DROP DATABASE IF EXISTS "${b}" WITH (FORCE)`));
} else {
  process.stderr.write('usage: test-template pglite OUT | postgres URL NAME | drop URL NAME\n');
  process.exitCode = 2;
}
