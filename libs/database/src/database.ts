import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DataSource, type DataSourceOptions, type EntitySchema, type MixedList } from 'typeorm';
import { GuardedPgClient } from './guarded-pg-client.js';
import { CurbsideNamingStrategy } from './naming-strategy.js';
import { acquireDataDirLock } from './pglite-lock.js';

type EntityList = MixedList<string | (new (...args: never[]) => unknown) | EntitySchema>;
type MigrationList = MixedList<string | (new (...args: never[]) => unknown)>;

/**
 * The contrib extensions the migrations create (`CREATE EXTENSION`), loaded into every embedded
 * instance: PGlite ships them as bundles that must be named at start-up, or an index that uses one
 * (ix_clinician_name_trgm: pg_trgm) fails on first use. A PostgreSQL server has them as contrib.
 */
const PGLITE_EXTENSIONS = { pg_trgm };

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
  /**
   * A streaming replica of the PostgreSQL target, opened beside it for lag-tolerant reads
   * (`ReadRouting`); never migrated, and its sessions are read-only.
   */
  replica?: { url: string; poolSize?: number };
}

/** An open database: the TypeORM DataSource and whatever must be closed with it. */
export interface Database {
  readonly dataSource: DataSource;
  readonly kind: DatabaseTarget['kind'];
  /** The embedded engine, when the target is PGlite (for dumps in test set-up). */
  readonly pglite?: PGlite;
  /** The read replica, when one was configured (PostgreSQL only). */
  readonly replica?: DataSource;
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
  if (options.replica && target.kind !== 'postgres') {
    throw new Error('A read replica needs a PostgreSQL server as the primary (DATABASE_URL)');
  }
  if (target.kind === 'postgres') {
    const dataSource = new DataSource(
      dataSourceOptions(options, {
        url: target.url,
        poolSize: 10,
        connectTimeoutMS: 10_000,
        // every transaction is READ COMMITTED whatever the server's default (see inTransaction)
        extra: { Client: GuardedPgClient, options: '-c default_transaction_isolation=read\\ committed' },
      }),
    );
    await dataSource.initialize();
    if (!options.replica) return { dataSource, kind: target.kind, close: () => dataSource.destroy() };
    let replica: DataSource;
    try {
      replica = await openReplica(options, options.replica);
    } catch (error) {
      await dataSource.destroy();
      throw error;
    }
    return {
      dataSource,
      kind: target.kind,
      replica,
      async close() {
        try {
          await replica.destroy();
        } finally {
          await dataSource.destroy();
        }
      },
    };
  }

  let release = (): void => {};
  let pglite: PGlite;
  if (target.kind === 'pglite') {
    const dir = resolve(target.dataDir, 'pglite');
    mkdirSync(dir, { recursive: true });
    release = acquireDataDirLock(join(resolve(target.dataDir), 'pglite.lock'));
    try {
      pglite = await PGlite.create(dir, { extensions: PGLITE_EXTENSIONS });
    } catch (error) {
      release();
      throw error;
    }
  } else {
    pglite = await PGlite.create({ loadDataDir: target.loadDataDir, extensions: PGLITE_EXTENSIONS });
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

/**
 * The replica's pool: the same entities, no migrations, sessions that refuse writes (a hot standby
 * refuses them anyway; this also holds for a replica that is not one), and an application name
 * that tells its sessions apart in pg_stat_activity and the server's log.
 */
async function openReplica(
  options: OpenDatabaseOptions,
  replica: { url: string; poolSize?: number },
): Promise<DataSource> {
  const dataSource = new DataSource(
    dataSourceOptions(
      { ...options, migrations: [] },
      {
        url: replica.url,
        poolSize: replica.poolSize ?? 10,
        connectTimeoutMS: 10_000,
        applicationName: 'curbside-replica-reads',
        extra: {
          Client: GuardedPgClient,
          options: '-c default_transaction_isolation=read\\ committed -c default_transaction_read_only=on',
        },
      },
    ),
  );
  await dataSource.initialize();
  return dataSource;
}
