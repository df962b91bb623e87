import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs work in one transaction and hands it the transaction's EntityManager. Always use that manager
 * inside: on PGlite there is a single connection, and a global repository would wait forever.
 */
export function inTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return dataSource.transaction('READ COMMITTED', work);
}
