import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs work in one transaction and hands it the transaction's EntityManager. Always use that manager
 * inside: on PGlite there is a single connection, and a global repository would wait forever.
 *
 * The isolation level is READ COMMITTED, set once per connection (see `openDatabase`) rather than by a
 * `SET TRANSACTION` round trip in every transaction.
 */
export function inTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return dataSource.transaction(work);
}
