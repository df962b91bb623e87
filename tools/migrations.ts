import 'reflect-metadata';
import { loadConfig } from '@curbside/config';
import { type Database, openDatabase, targetFromEnvironment } from '@curbside/database';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { ENTITIES } from '../apps/api/src/entities.js';
import { MIGRATIONS } from '../migrations/index.js';

const root = new URL('../../', import.meta.url);
const [command, name] = process.argv.slice(2);

function say(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** A scratch database with every migration applied: PGlite in memory, or DATABASE_URL when set. */
async function scratch(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  const database = await openDatabase({
    target: url ? { kind: 'postgres', url } : { kind: 'pglite-memory' },
    entities: ENTITIES,
    migrations: MIGRATIONS,
  });
  await database.dataSource.runMigrations({ transaction: 'each' });
  return database;
}

/** The SQL TypeORM would run to bring the migrated schema in line with the entities. */
async function pendingSql(database: Database): Promise<{ up: string[]; down: string[] }> {
  const log = await database.dataSource.driver.createSchemaBuilder().log();
  return { up: log.upQueries.map((q) => q.query), down: log.downQueries.map((q) => q.query).reverse() };
}

function quote(sql: string): string {
  return '`' + sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
}

async function generate(): Promise<void> {
  if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) {
    throw new Error('usage: npm run migration:generate -- PascalCaseName');
  }
  const database = await scratch();
  try {
    const { up, down } = await pendingSql(database);
    if (up.length === 0) {
      say('No changes: entities and migrations agree.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const file = `migrations/${timestamp}-${name}.ts`;
    const body = [
      "import type { MigrationInterface, QueryRunner } from 'typeorm';",
      '',
      `export class ${className} implements MigrationInterface {`,
      `  name = '${className}';`,
      '',
      '  async up(queryRunner: QueryRunner): Promise<void> {',
      ...up.map((q) => `    await queryRunner.query(${quote(q)});`),
      '  }',
      '',
      '  async down(queryRunner: QueryRunner): Promise<void> {',
      ...down.map((q) => `    await queryRunner.query(${quote(q)});`),
      '  }',
      '}',
      '',
    ].join('\n');
    writeFileSync(new URL(file, root), body);
    const indexUrl = new URL('migrations/index.ts', root);
    let index = readFileSync(indexUrl, 'utf8');
    const importLine = `import { ${className} } from './${timestamp}-${name}.js';\n`;
    index = /^import /m.test(index)
      ? index.replace(/\n+(\/\*\*)/, `\n${importLine}\n$1`)
      : index.replace(/(\/\*\*)/, `${importLine}\n$1`);
    index = index.replace(/export const MIGRATIONS = \[([^\]]*)\];/s, (_m, list: string) => {
      const items = list
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .concat(className);
      return `export const MIGRATIONS = [${items.join(', ')}];`;
    });
    writeFileSync(indexUrl, index);
    execFileSync('npx', ['prettier', '--write', file, 'migrations/index.ts'], {
      cwd: root.pathname,
      stdio: 'ignore',
    });
    say(`Wrote ${file} (${up.length} statements). Review it before committing.`);
  } finally {
    await database.close();
  }
}

async function check(): Promise<void> {
  const database = await scratch();
  try {
    const { up } = await pendingSql(database);
    if (up.length > 0) {
      say('Entities and migrations disagree. Missing from migrations/:');
      for (const q of up) say(`  ${q}`);
      say('Run `npm run migration:generate -- Name` and review the result.');
      process.exitCode = 1;
    } else {
      say(`OK: ${MIGRATIONS.length} migrations match the entities.`);
    }
  } finally {
    await database.close();
  }
}

async function onConfigured(work: (database: Database) => Promise<void>): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase({
    target: targetFromEnvironment(config.DATABASE_URL, config.DATA_DIR),
    entities: ENTITIES,
    migrations: MIGRATIONS,
  });
  try {
    await work(database);
  } finally {
    await database.close();
  }
}

switch (command) {
  case 'generate':
    await generate();
    break;
  case 'check':
    await check();
    break;
  case 'run':
    await onConfigured(async (db) => {
      const applied = await db.dataSource.runMigrations({ transaction: 'each' });
      say(applied.length ? `Applied: ${applied.map((m) => m.name).join(', ')}` : 'Nothing to apply.');
    });
    break;
  case 'revert':
    await onConfigured(async (db) => {
      await db.dataSource.undoLastMigration({ transaction: 'each' });
      say('Reverted the last migration.');
    });
    break;
  default:
    say('usage: migrations generate NAME | check | run | revert');
    process.exitCode = 2;
}
