import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DataSource, type DataSourceOptions, type EntitySchema, type MixedList } from 'typeorm';
import { CurbsideNamingStrategy } from './naming-strategy.js';
import { acquireDataDirLock } from './pglite-lock.js';

type EntityList = MixedList<string | (new (...args: never[]) => unknown) | EntitySchema>;
type MigrationList = MixedList<string | (new (...args: never[]) => unknown)>;

/** Where the data lives: a PostgreSQL server, or an embedded PGlite (a directory, or in memory). */
export type DatabaseTarget =
  | { kind: 'postgres'; url: string }
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'pglite-memory'; loadDataDir?: Blob };

export interface OpenDatabaseOptions {
  target: DatabaseTarget;
  entities: EntityList;
  migrations: MigrationList;
  /** Log every SQL statement through this function (query counting in tests, benchmarks). */
  onQuery?: (sql: string) => void;
}

/** An open database: the TypeORM DataSource and whatever must be closed with it. */
export interface Database {
  readonly dataSource: DataSource;
  readonly kind: DatabaseTarget['kind'];
  /** The embedded engine, when the target is PGlite (for dumps in test set-up). */
  readonly pglite?: PGlite;
  close(): Promise<void>;
}

export function targetFromEnvironment(databaseUrl: string | undefined, dataDir: string): DatabaseTarget {
  return databaseUrl ? { kind: 'postgres', url: databaseUrl } : { kind: 'pglite', dataDir };
}

export function dataSourceOptions(
  options: OpenDatabaseOptions,
  connection: Partial<DataSourceOptions>,
): DataSourceOptions {
  return {
    type: 'postgres',
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new CurbsideNamingStrategy(),
    synchronize: false,
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    logging: options.onQuery ? ['query'] : false,
    logger: options.onQuery ? new QueryTap(options.onQuery) : undefined,
    ...connection,
  } as DataSourceOptions;
}

class QueryTap {
  constructor(private readonly onQuery: (sql: string) => void) {}
  logQuery(query: string): void {
    this.onQuery(query);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

/** Opens (but does not migrate) the database named by the target. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const { target } = options;
  if (target.kind === 'postgres') {
    const dataSource = new DataSource(
      dataSourceOptions(options, {
        url: target.url,
        poolSize: 10,
        connectTimeoutMS: 10_000,
        // every transaction is READ COMMITTED whatever the server's default (see inTransaction)
        extra: { options: '-c default_transaction_isolation=read\\ committed' },
      }),
    );
    await dataSource.initialize();
    return { dataSource, kind: target.kind, close: () => dataSource.destroy() };
  }

  let release = (): void => {};
  let pglite: PGlite;
  if (target.kind === 'pglite') {
    const dir = resolve(target.dataDir, 'pglite');
    mkdirSync(dir, { recursive: true });
    release = acquireDataDirLock(join(resolve(target.dataDir), 'pglite.lock'));
    try {
      pglite = await PGlite.create(dir);
    } catch (error) {
      release();
      throw error;
    }
  } else {
    pglite = await PGlite.create({ loadDataDir: target.loadDataDir });
  }
  const dataSource = new DataSource(
    dataSourceOptions(options, {
      extra: { ...createPgConfig(pglite), connectionTimeoutMillis: 30_000 },
      poolSize: 1,
    }),
  );
  try {
    await dataSource.initialize();
  } catch (error) {
    await pglite.close();
    release();
    throw error;
  }
  return {
    dataSource,
    kind: target.kind,
    pglite,
    async close() {
      try {
        if (dataSource.isInitialized) await dataSource.destroy();
      } finally {
        if (!pglite.closed) await pglite.close();
        release();
      }
    },
  };
}
