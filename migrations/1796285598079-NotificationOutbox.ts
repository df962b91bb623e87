import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationOutbox1796285598079 implements MigrationInterface {
  name = 'NotificationOutbox1796285598079';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification_delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "notification_id" uuid NOT NULL, "recipient_id" uuid NOT NULL, "channel" character varying(10) NOT NULL, "status" character varying(10) NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "error_code" character varying(40), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_notification_delivery_channel" UNIQUE ("notification_id", "channel"), CONSTRAINT "pk_notification_delivery" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_notification_delivery_status" ON "notification_delivery"  ("status") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_notification_delivery_recipient" ON "notification_delivery"  ("recipient_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "type" character varying(60) NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "dispatched_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_notification_outbox" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_notification_outbox_pending" ON "notification_outbox"  ("created_at") WHERE dispatched_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_preference" ("clinician_id" uuid NOT NULL, "category" character varying(30) NOT NULL, "email" character varying(10) NOT NULL, "push" boolean NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_notification_preference" PRIMARY KEY ("clinician_id", "category"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_settings" ("clinician_id" uuid NOT NULL, "quiet_start_minute" smallint, "quiet_end_minute" smallint, "time_zone" character varying(64) NOT NULL DEFAULT 'UTC', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_notification_settings" PRIMARY KEY ("clinician_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "push_subscription" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "clinician_id" uuid NOT NULL, "endpoint" character varying(1000) NOT NULL, "p256dh" character varying(200) NOT NULL, "auth" character varying(100) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_push_subscription_endpoint" UNIQUE ("endpoint"), CONSTRAINT "pk_push_subscription" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_push_subscription_clinician" ON "push_subscription"  ("clinician_id") `,
    );
    await queryRunner.query(`ALTER TABLE "notification" ADD "outbox_id" uuid`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_notification_outbox_recipient_kind" ON "notification"  ("outbox_id", "recipient_id", "kind") `,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_delivery" ADD CONSTRAINT "fk_notification_delivery_notification" FOREIGN KEY ("notification_id") REFERENCES "notification"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preference" ADD CONSTRAINT "fk_notification_preference_clinician" FOREIGN KEY ("clinician_id") REFERENCES "clinician"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_settings" ADD CONSTRAINT "fk_notification_settings_clinician" FOREIGN KEY ("clinician_id") REFERENCES "clinician"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "push_subscription" ADD CONSTRAINT "fk_push_subscription_clinician" FOREIGN KEY ("clinician_id") REFERENCES "clinician"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "push_subscription" DROP CONSTRAINT "fk_push_subscription_clinician"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_settings" DROP CONSTRAINT "fk_notification_settings_clinician"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preference" DROP CONSTRAINT "fk_notification_preference_clinician"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_delivery" DROP CONSTRAINT "fk_notification_delivery_notification"`,
    );
    await queryRunner.query(`DROP INDEX "public"."uq_notification_outbox_recipient_kind"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "outbox_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_push_subscription_clinician"`);
    await queryRunner.query(`DROP TABLE "push_subscription"`);
    await queryRunner.query(`DROP TABLE "notification_settings"`);
    await queryRunner.query(`DROP TABLE "notification_preference"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notification_outbox_pending"`);
    await queryRunner.query(`DROP TABLE "notification_outbox"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notification_delivery_recipient"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notification_delivery_status"`);
    await queryRunner.query(`DROP TABLE "notification_delivery"`);
  }
}
