import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Network1795307395361 implements MigrationInterface {
  name = 'Network1795307395361';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "channel_membership" ("channel_id" uuid NOT NULL, "clinician_id" uuid NOT NULL, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_channel_membership" PRIMARY KEY ("channel_id", "clinician_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_channel_membership_clinician" ON "channel_membership"  ("clinician_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."patient_sex" AS ENUM('FEMALE', 'MALE', 'INTERSEX', 'UNKNOWN')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."case_status" AS ENUM('OPEN', 'RESOLVED', 'CLOSED')`);
    await queryRunner.query(
      `CREATE TABLE "case_post" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "channel_id" uuid NOT NULL, "author_id" uuid NOT NULL, "anonymous" boolean NOT NULL DEFAULT false, "title" text NOT NULL, "body" text NOT NULL, "patient_age" character varying(3), "patient_sex" "public"."patient_sex", "tags" text array NOT NULL DEFAULT '{}', "status" "public"."case_status" NOT NULL DEFAULT 'OPEN', "deid_finding_count" integer NOT NULL DEFAULT '0', "deid_categories" text array NOT NULL DEFAULT '{}', "accepted_reply_id" uuid, "hidden" boolean NOT NULL DEFAULT false, "deleted_at" TIMESTAMP WITH TIME ZONE, "search_vector" tsvector, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "pk_case_post" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_case_post_author" ON "case_post"  ("author_id") `);
    await queryRunner.query(`CREATE INDEX "ix_case_post_created" ON "case_post"  ("created_at", "id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_case_post_channel_created" ON "case_post"  ("channel_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "case_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "tags" text array NOT NULL DEFAULT '{}', "edited_by" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "pk_case_revision" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_case_revision_case" ON "case_revision"  ("case_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "reply" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "parent_id" uuid, "author_id" uuid NOT NULL, "body" text NOT NULL, "is_consult_answer" boolean NOT NULL DEFAULT false, "deid_finding_count" integer NOT NULL DEFAULT '0', "deid_categories" text array NOT NULL DEFAULT '{}', "hidden" boolean NOT NULL DEFAULT false, "deleted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "pk_reply" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_reply_author" ON "reply"  ("author_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_reply_case_created" ON "reply"  ("case_id", "created_at", "id") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."consult_urgency" AS ENUM('ROUTINE', 'URGENT')`);
    await queryRunner.query(
      `CREATE TYPE "public"."consult_status" AS ENUM('OPEN', 'CLAIMED', 'ANSWERED', 'RESOLVED', 'EXPIRED', 'CANCELLED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "consult" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "specialty_id" uuid NOT NULL, "requested_by" uuid NOT NULL, "consultant_id" uuid, "named" boolean NOT NULL DEFAULT false, "urgency" "public"."consult_urgency" NOT NULL DEFAULT 'ROUTINE', "status" "public"."consult_status" NOT NULL DEFAULT 'OPEN', "due_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "answer_reply_id" uuid, "helpful" boolean, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "claimed_at" TIMESTAMP WITH TIME ZONE, "answered_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_consult" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_consult_consultant" ON "consult"  ("consultant_id") `);
    await queryRunner.query(`CREATE INDEX "ix_consult_due" ON "consult"  ("status", "due_at") `);
    await queryRunner.query(`CREATE INDEX "ix_consult_case" ON "consult"  ("case_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_consult_queue" ON "consult"  ("status", "specialty_id", "urgency", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."report_reason" AS ENUM('PHI_SUSPECTED', 'UNPROFESSIONAL', 'MISINFORMATION', 'SPAM', 'OTHER')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."report_status" AS ENUM('OPEN', 'DISMISSED', 'ACTIONED')`);
    await queryRunner.query(
      `CREATE TABLE "report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reporter_id" uuid NOT NULL, "case_id" uuid, "reply_id" uuid, "reason" "public"."report_reason" NOT NULL, "note" text, "status" "public"."report_status" NOT NULL DEFAULT 'OPEN', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by" uuid, CONSTRAINT "pk_report" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_report_reply" ON "report"  ("reply_id") `);
    await queryRunner.query(`CREATE INDEX "ix_report_case" ON "report"  ("case_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_report_status_created" ON "report"  ("status", "created_at", "id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "channel_membership" ADD CONSTRAINT "fk_channel_membership_channel" FOREIGN KEY ("channel_id") REFERENCES "channel"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "channel_membership" ADD CONSTRAINT "fk_channel_membership_clinician" FOREIGN KEY ("clinician_id") REFERENCES "clinician"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_post" ADD CONSTRAINT "fk_case_post_channel" FOREIGN KEY ("channel_id") REFERENCES "channel"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_post" ADD CONSTRAINT "fk_case_post_author" FOREIGN KEY ("author_id") REFERENCES "clinician"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_revision" ADD CONSTRAINT "fk_case_revision_case" FOREIGN KEY ("case_id") REFERENCES "case_post"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reply" ADD CONSTRAINT "fk_reply_case" FOREIGN KEY ("case_id") REFERENCES "case_post"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reply" ADD CONSTRAINT "fk_reply_parent" FOREIGN KEY ("parent_id") REFERENCES "reply"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reply" ADD CONSTRAINT "fk_reply_author" FOREIGN KEY ("author_id") REFERENCES "clinician"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consult" ADD CONSTRAINT "fk_consult_case" FOREIGN KEY ("case_id") REFERENCES "case_post"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consult" ADD CONSTRAINT "fk_consult_specialty" FOREIGN KEY ("specialty_id") REFERENCES "specialty"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consult" ADD CONSTRAINT "fk_consult_requested_by" FOREIGN KEY ("requested_by") REFERENCES "clinician"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consult" ADD CONSTRAINT "fk_consult_consultant" FOREIGN KEY ("consultant_id") REFERENCES "clinician"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report" ADD CONSTRAINT "fk_report_reporter" FOREIGN KEY ("reporter_id") REFERENCES "clinician"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report" ADD CONSTRAINT "fk_report_case" FOREIGN KEY ("case_id") REFERENCES "case_post"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report" ADD CONSTRAINT "fk_report_reply" FOREIGN KEY ("reply_id") REFERENCES "reply"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "report" DROP CONSTRAINT "fk_report_reply"`);
    await queryRunner.query(`ALTER TABLE "report" DROP CONSTRAINT "fk_report_case"`);
    await queryRunner.query(`ALTER TABLE "report" DROP CONSTRAINT "fk_report_reporter"`);
    await queryRunner.query(`ALTER TABLE "consult" DROP CONSTRAINT "fk_consult_consultant"`);
    await queryRunner.query(`ALTER TABLE "consult" DROP CONSTRAINT "fk_consult_requested_by"`);
    await queryRunner.query(`ALTER TABLE "consult" DROP CONSTRAINT "fk_consult_specialty"`);
    await queryRunner.query(`ALTER TABLE "consult" DROP CONSTRAINT "fk_consult_case"`);
    await queryRunner.query(`ALTER TABLE "reply" DROP CONSTRAINT "fk_reply_author"`);
    await queryRunner.query(`ALTER TABLE "reply" DROP CONSTRAINT "fk_reply_parent"`);
    await queryRunner.query(`ALTER TABLE "reply" DROP CONSTRAINT "fk_reply_case"`);
    await queryRunner.query(`ALTER TABLE "case_revision" DROP CONSTRAINT "fk_case_revision_case"`);
    await queryRunner.query(`ALTER TABLE "case_post" DROP CONSTRAINT "fk_case_post_author"`);
    await queryRunner.query(`ALTER TABLE "case_post" DROP CONSTRAINT "fk_case_post_channel"`);
    await queryRunner.query(
      `ALTER TABLE "channel_membership" DROP CONSTRAINT "fk_channel_membership_clinician"`,
    );
    await queryRunner.query(
      `ALTER TABLE "channel_membership" DROP CONSTRAINT "fk_channel_membership_channel"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_report_status_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_report_case"`);
    await queryRunner.query(`DROP INDEX "public"."ix_report_reply"`);
    await queryRunner.query(`DROP TABLE "report"`);
    await queryRunner.query(`DROP TYPE "public"."report_status"`);
    await queryRunner.query(`DROP TYPE "public"."report_reason"`);
    await queryRunner.query(`DROP INDEX "public"."ix_consult_queue"`);
    await queryRunner.query(`DROP INDEX "public"."ix_consult_case"`);
    await queryRunner.query(`DROP INDEX "public"."ix_consult_due"`);
    await queryRunner.query(`DROP INDEX "public"."ix_consult_consultant"`);
    await queryRunner.query(`DROP TABLE "consult"`);
    await queryRunner.query(`DROP TYPE "public"."consult_status"`);
    await queryRunner.query(`DROP TYPE "public"."consult_urgency"`);
    await queryRunner.query(`DROP INDEX "public"."ix_reply_case_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_reply_author"`);
    await queryRunner.query(`DROP TABLE "reply"`);
    await queryRunner.query(`DROP INDEX "public"."ix_case_revision_case"`);
    await queryRunner.query(`DROP TABLE "case_revision"`);
    await queryRunner.query(`DROP INDEX "public"."ix_case_post_channel_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_case_post_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_case_post_author"`);
    await queryRunner.query(`DROP TABLE "case_post"`);
    await queryRunner.query(`DROP TYPE "public"."case_status"`);
    await queryRunner.query(`DROP TYPE "public"."patient_sex"`);
    await queryRunner.query(`DROP INDEX "public"."ix_channel_membership_clinician"`);
    await queryRunner.query(`DROP TABLE "channel_membership"`);
  }
}
