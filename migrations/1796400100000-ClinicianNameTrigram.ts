import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The admin console's clinician search (`lower(display_name) LIKE '%part%' OR email LIKE '%part%'`)
 * by trigram index instead of a scan of `clinician`: pg_trgm GIN indexes on both sides of the OR, so
 * the planner can combine them (BitmapOr). pg_trgm is a trusted extension (PostgreSQL 13+): the
 * database's owner may create it; embedded PGlite loads its bundle at start-up (libs/database).
 * A pattern of fewer than three characters has no trigram and still scans.
 *
 * `fastupdate = off`: sign-ups are rare, so each insert updates the index at once instead of queueing
 * in GIN's pending list. With the list on, rows added since the last VACUUM sit in it, are read
 * linearly on every search, and the planner prices the index above a scan of `clinician`
 * (`npm run bench:admin` measured exactly that: the index unused after seeding 20,000 sign-ups).
 */
export class ClinicianNameTrigram1796400100000 implements MigrationInterface {
  name = 'ClinicianNameTrigram1796400100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE INDEX "ix_clinician_name_trgm" ON "clinician" USING gin (lower("display_name") gin_trgm_ops) WITH (fastupdate = off)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_clinician_email_trgm" ON "clinician" USING gin ("email" gin_trgm_ops) WITH (fastupdate = off)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_clinician_email_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."ix_clinician_name_trgm"`);
    // the extension stays: other objects may have come to use it
  }
}
