import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The admin console's clinician search (`lower(display_name) LIKE '%part%' OR email LIKE '%part%'`)
 * by trigram index instead of a scan of `clinician`: pg_trgm GIN indexes on both sides of the OR, so
 * the planner can combine them (BitmapOr). pg_trgm is a trusted extension (PostgreSQL 13+): the
 * database's owner may create it; embedded PGlite loads its bundle at start-up (libs/database).
 * A pattern of fewer than three characters has no trigram and still scans.
 */
export class ClinicianNameTrigram1796400100000 implements MigrationInterface {
  name = 'ClinicianNameTrigram1796400100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE INDEX "ix_clinician_name_trgm" ON "clinician" USING gin (lower("display_name") gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_clinician_email_trgm" ON "clinician" USING gin ("email" gin_trgm_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_clinician_email_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."ix_clinician_name_trgm"`);
    // the extension stays: other objects may have come to use it
  }
}
