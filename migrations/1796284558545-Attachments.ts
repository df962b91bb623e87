import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Attachments1796284558545 implements MigrationInterface {
  name = 'Attachments1796284558545';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."attachment_status" AS ENUM('PROCESSING', 'READY', 'REFUSED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "attachment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_id" uuid NOT NULL, "status" "public"."attachment_status" NOT NULL DEFAULT 'PROCESSING', "refusal_code" text, "declared_mime_type" text, "kind" text, "mime_type" text, "width" integer, "height" integer, "auto_masks" jsonb NOT NULL DEFAULT '[]', "author_masks" jsonb NOT NULL DEFAULT '[]', "revision" integer NOT NULL DEFAULT '0', "review_reasons" text array NOT NULL DEFAULT '{}', "faces_masked" integer NOT NULL DEFAULT '0', "face_masking" text NOT NULL DEFAULT 'FULL', "consent_obtained_by" text, "consent_obtained_on" date, "consent_recorded_at" TIMESTAMP(3) WITH TIME ZONE, "draft_id" uuid, "attempts" integer NOT NULL DEFAULT '0', "case_id" uuid, "reply_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "processed_at" TIMESTAMP(3) WITH TIME ZONE, "posted_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "pk_attachment" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_attachment_case_reply" ON "attachment"  ("case_id", "reply_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_attachment_owner_status" ON "attachment"  ("owner_id", "status") `,
    );
    await queryRunner.query(
      `ALTER TABLE "attachment" ADD CONSTRAINT "fk_attachment_owner" FOREIGN KEY ("owner_id") REFERENCES "clinician"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachment" ADD CONSTRAINT "fk_attachment_case" FOREIGN KEY ("case_id") REFERENCES "case_post"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachment" ADD CONSTRAINT "fk_attachment_reply" FOREIGN KEY ("reply_id") REFERENCES "reply"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "attachment" DROP CONSTRAINT "fk_attachment_reply"`);
    await queryRunner.query(`ALTER TABLE "attachment" DROP CONSTRAINT "fk_attachment_case"`);
    await queryRunner.query(`ALTER TABLE "attachment" DROP CONSTRAINT "fk_attachment_owner"`);
    await queryRunner.query(`DROP INDEX "public"."ix_attachment_owner_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_attachment_case_reply"`);
    await queryRunner.query(`DROP TABLE "attachment"`);
    await queryRunner.query(`DROP TYPE "public"."attachment_status"`);
  }
}
