import PgBoss from 'pg-boss';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The job queue's own schema (`pgboss`), as the pinned pg-boss release builds it: created here so
 * a fresh database, the test template and every instance get it from the reviewed migration list;
 * pg-boss only upgrades it in place when a newer release starts.
 */
export class JobQueue1796300000000 implements MigrationInterface {
  name = 'JobQueue1796300000000';
  /** The plans open and commit their own transaction, under pg-boss's advisory lock. */
  transaction = false;

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(PgBoss.getConstructionPlans('pgboss'));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP SCHEMA pgboss CASCADE');
  }
}
