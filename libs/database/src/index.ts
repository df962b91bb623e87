export { openDatabase, dataSourceOptions, targetFromEnvironment } from './database.js';
export type { Database, DatabaseTarget, OpenDatabaseOptions } from './database.js';
export { CurbsideNamingStrategy } from './naming-strategy.js';
export { DatabaseLockedError, acquireDataDirLock } from './pglite-lock.js';
export { DATABASE, DatabaseModule } from './database.module.js';
export { inTransaction, onTransactionRetry, retryableCode } from './transaction.js';
export type { TransactionOptions, TransactionRetry, TransactionRetrySink } from './transaction.js';
export { loadAllBy, loadById, primeById } from './loaders.js';
export { EntityColumns, positional } from './entity-columns.js';
export { tryTransactionLock } from './advisory-lock.js';
export {
  InProcessRecentWriters,
  LAG_TOLERANT_FIELDS,
  ReadRouting,
  RedisRecentWriters,
  pinToPrimary,
  readSource,
  readsFromReplica,
  trackLoader,
} from './read-routing.js';
export type { RecentWriters } from './read-routing.js';
export { GuardedPgClient, onPgConnectionError } from './guarded-pg-client.js';
