import type PgBoss from 'pg-boss';

type IDatabase = PgBoss.Db;
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

interface PgClientLike {
  query(text: string, values?: unknown[]): Promise<unknown>;
}

async function run(runner: QueryRunner, text: string, values?: unknown[]): Promise<{ rows: unknown[] }> {
  // The raw driver client: pg-boss sends multi-statement blocks (BEGIN ... COMMIT) without
  // parameters and reads every statement's rows, which TypeORM's `query` would not hand back.
  const client = (await runner.connect()) as PgClientLike;
  return (await client.query(text, values?.length ? values : undefined)) as { rows: unknown[] };
}

/**
 * pg-boss statements through the application's own pool, one checkout per statement. On embedded
 * PGlite that pool is its single connection: a statement waits for a running transaction to end
 * instead of slipping into it, and never holds the connection between statements.
 */
export function dataSourceExecutor(dataSource: DataSource): IDatabase {
  return {
    async executeSql(text: string, values?: unknown[]) {
      const runner = dataSource.createQueryRunner();
      try {
        return await run(runner, text, values);
      } finally {
        await runner.release();
      }
    },
  };
}

/**
 * pg-boss statements inside the caller's transaction: a job sent this way exists exactly when the
 * transaction commits.
 */
export function transactionExecutor(manager: EntityManager): IDatabase {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) {
    throw new Error('transactionExecutor needs the EntityManager of an open transaction');
  }
  return { executeSql: (text: string, values?: unknown[]) => run(runner, text, values) };
}
