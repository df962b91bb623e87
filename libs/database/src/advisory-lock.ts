import type { EntityManager } from 'typeorm';

/**
 * Takes a transaction-scoped advisory lock if it is free: true when this transaction holds it (until
 * it ends), false when another one does. For work that one API instance at a time should do.
 */
export async function tryTransactionLock(manager: EntityManager, key: number): Promise<boolean> {
  const [{ locked }] = await manager.query<{ locked: boolean }[]>(
    'SELECT pg_try_advisory_xact_lock($1) AS locked',
    [key],
  );
  return locked;
}
