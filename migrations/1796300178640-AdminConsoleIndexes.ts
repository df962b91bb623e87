import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the admin console reads at 1M cases, by index instead of a scan: consults answered in a
 * window (median first answer), clinician sign-ups by week, and the clinician list in its own order
 * (an expression index, written by hand); and the column that keeps a cleared expiry flag cleared.
 */
export class AdminConsoleIndexes1796300178640 implements MigrationInterface {
  name = 'AdminConsoleIndexes1796300178640';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "license" ADD "expiry_flag_cleared_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `CREATE INDEX "ix_clinician_role_created" ON "clinician"  ("role", "created_at") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_consult_answered" ON "consult"  ("answered_at") `);
    await queryRunner.query(
      `CREATE INDEX "ix_clinician_sort_name" ON "clinician" (lower("display_name"), "id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_clinician_sort_name"`);
    await queryRunner.query(`DROP INDEX "public"."ix_consult_answered"`);
    await queryRunner.query(`DROP INDEX "public"."ix_clinician_role_created"`);
    await queryRunner.query(`ALTER TABLE "license" DROP COLUMN "expiry_flag_cleared_at"`);
  }
}
