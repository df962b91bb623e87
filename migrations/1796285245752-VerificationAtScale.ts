import type { MigrationInterface, QueryRunner } from 'typeorm';

export class VerificationAtScale1796285245752 implements MigrationInterface {
  name = 'VerificationAtScale1796285245752';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "license" ADD "registry_score" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "license" ADD "registry_fields" jsonb`);
    await queryRunner.query(`ALTER TABLE "license" ADD "registry_checked_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `CREATE TYPE "public"."license_flag" AS ENUM('REGISTRY_DEACTIVATED', 'EXPIRY_MISMATCH')`,
    );
    await queryRunner.query(`ALTER TABLE "license" ADD "flag" "public"."license_flag"`);
    await queryRunner.query(`ALTER TABLE "license" ADD "flagged_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "license" ADD "information_requested_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "ix_license_flag" ON "license"  ("flag", "flagged_at", "id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_license_status_score" ON "license"  ("status", "registry_score", "id") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_license_status_score"`);
    await queryRunner.query(`DROP INDEX "public"."ix_license_flag"`);
    await queryRunner.query(`ALTER TABLE "license" DROP COLUMN "information_requested_at"`);
    await queryRunner.query(`ALTER TABLE "license" DROP COLUMN "flagged_at"`);
    await queryRunner.query(`ALTER TABLE "license" DROP COLUMN "flag"`);
    await queryRunner.query(`DROP TYPE "public"."license_flag"`);
    await queryRunner.query(`ALTER TABLE "license" DROP COLUMN "registry_checked_at"`);
    await queryRunner.query(`ALTER TABLE "license" DROP COLUMN "registry_fields"`);
    await queryRunner.query(`ALTER TABLE "license" DROP COLUMN "registry_score"`);
  }
}
