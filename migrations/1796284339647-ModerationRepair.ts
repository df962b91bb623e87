import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ModerationRepair1796284339647 implements MigrationInterface {
  name = 'ModerationRepair1796284339647';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "report" ADD "content_author_id" uuid`);
    await queryRunner.query(`ALTER TABLE "report" ADD "hid_content" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `CREATE TYPE "public"."report_stage" AS ENUM('AWAITING_REVIEW', 'RETURNED_TO_AUTHOR', 'EDITED_BY_AUTHOR', 'REDACTED')`,
    );
    await queryRunner.query(
      `ALTER TABLE "report" ADD "stage" "public"."report_stage" NOT NULL DEFAULT 'AWAITING_REVIEW'`,
    );
    await queryRunner.query(`ALTER TABLE "report" ADD "stage_changed_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "report" ADD "return_note" text`);
    await queryRunner.query(
      `CREATE TYPE "public"."report_outcome" AS ENUM('DISMISSED', 'RESTORED', 'DELETED')`,
    );
    await queryRunner.query(`ALTER TABLE "report" ADD "outcome" "public"."report_outcome"`);
    // Existing reports: who wrote the reported content, and how closed ones ended.
    await queryRunner.query(
      `UPDATE "report" r SET "content_author_id" = coalesce(
         (SELECT c."author_id" FROM "case_post" c WHERE c."id" = r."case_id"),
         (SELECT p."author_id" FROM "reply" p WHERE p."id" = r."reply_id"))`,
    );
    await queryRunner.query(
      `UPDATE "report" SET "outcome" = CASE "status" WHEN 'ACTIONED' THEN 'DELETED'::"public"."report_outcome"
         ELSE 'DISMISSED'::"public"."report_outcome" END WHERE "status" <> 'OPEN'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_report_content_author" ON "report"  ("content_author_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_report_reporter_created" ON "report"  ("reporter_id", "created_at") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_report_reporter_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_report_content_author"`);
    await queryRunner.query(`ALTER TABLE "report" DROP COLUMN "outcome"`);
    await queryRunner.query(`DROP TYPE "public"."report_outcome"`);
    await queryRunner.query(`ALTER TABLE "report" DROP COLUMN "return_note"`);
    await queryRunner.query(`ALTER TABLE "report" DROP COLUMN "stage_changed_at"`);
    await queryRunner.query(`ALTER TABLE "report" DROP COLUMN "stage"`);
    await queryRunner.query(`DROP TYPE "public"."report_stage"`);
    await queryRunner.query(`ALTER TABLE "report" DROP COLUMN "hid_content"`);
    await queryRunner.query(`ALTER TABLE "report" DROP COLUMN "content_author_id"`);
  }
}
