import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Identity1795306150680 implements MigrationInterface {
  name = 'Identity1795306150680';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "actor_id" uuid, "action" character varying(64) NOT NULL, "target_type" character varying(32), "target_id" uuid, "detail" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "pk_audit_event" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_audit_event_target" ON "audit_event"  ("target_type", "target_id") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_audit_event_at_id" ON "audit_event"  ("at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "clinician_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" character varying(32), CONSTRAINT "pk_session" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_session_clinician" ON "session"  ("clinician_id") `);
    await queryRunner.query(
      `CREATE TABLE "refresh_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_refresh_token" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_refresh_token_hash" ON "refresh_token"  ("token_hash") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_refresh_token_session" ON "refresh_token"  ("session_id") `);
    await queryRunner.query(
      `CREATE TYPE "public"."credential" AS ENUM('MD', 'DO', 'NP', 'PA', 'RN', 'PHARMD', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."license_status" AS ENUM('PENDING', 'VERIFIED', 'REJECTED', 'EXPIRED', 'REVOKED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "license" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "clinician_id" uuid NOT NULL, "npi" character(10) NOT NULL, "jurisdiction" character varying(2) NOT NULL, "license_number" character varying(20) NOT NULL, "credential" "public"."credential" NOT NULL, "expires_on" date NOT NULL, "status" "public"."license_status" NOT NULL DEFAULT 'PENDING', "review_note" character varying(500), "reviewed_at" TIMESTAMP WITH TIME ZONE, "reviewed_by" uuid, "submitted_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "expiring_notice_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_license_jurisdiction_number" UNIQUE ("jurisdiction", "license_number"), CONSTRAINT "pk_license" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_license_clinician" ON "license"  ("clinician_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_license_status_submitted" ON "license"  ("status", "submitted_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "registry_provider" ("npi" character(10) NOT NULL, "last_name" character varying(100) NOT NULL, "first_name" character varying(100) NOT NULL, "licenses" jsonb NOT NULL, "taxonomy_codes" text array NOT NULL DEFAULT '{}', "deactivated_on" date, "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_registry_provider" PRIMARY KEY ("npi"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "case_id" uuid, "consult_id" uuid, "license_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_notification" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_notification_recipient_created" ON "notification"  ("recipient_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "session" ADD CONSTRAINT "fk_session_clinician" FOREIGN KEY ("clinician_id") REFERENCES "clinician"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_token" ADD CONSTRAINT "fk_refresh_token_session" FOREIGN KEY ("session_id") REFERENCES "session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "license" ADD CONSTRAINT "fk_license_clinician" FOREIGN KEY ("clinician_id") REFERENCES "clinician"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "fk_notification_recipient" FOREIGN KEY ("recipient_id") REFERENCES "clinician"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "fk_notification_recipient"`);
    await queryRunner.query(`ALTER TABLE "license" DROP CONSTRAINT "fk_license_clinician"`);
    await queryRunner.query(`ALTER TABLE "refresh_token" DROP CONSTRAINT "fk_refresh_token_session"`);
    await queryRunner.query(`ALTER TABLE "session" DROP CONSTRAINT "fk_session_clinician"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notification_recipient_created"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP TABLE "registry_provider"`);
    await queryRunner.query(`DROP INDEX "public"."ix_license_status_submitted"`);
    await queryRunner.query(`DROP INDEX "public"."ix_license_clinician"`);
    await queryRunner.query(`DROP TABLE "license"`);
    await queryRunner.query(`DROP TYPE "public"."license_status"`);
    await queryRunner.query(`DROP TYPE "public"."credential"`);
    await queryRunner.query(`DROP INDEX "public"."ix_refresh_token_session"`);
    await queryRunner.query(`DROP INDEX "public"."uq_refresh_token_hash"`);
    await queryRunner.query(`DROP TABLE "refresh_token"`);
    await queryRunner.query(`DROP INDEX "public"."ix_session_clinician"`);
    await queryRunner.query(`DROP TABLE "session"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_event_at_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_event_target"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}
