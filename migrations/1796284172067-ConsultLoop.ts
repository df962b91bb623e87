import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ConsultLoop1796284172067 implements MigrationInterface {
  name = 'ConsultLoop1796284172067';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "on_call_window" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "clinician_id" uuid NOT NULL, "starts_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "ck_on_call_window_order" CHECK ("ends_at" > "starts_at"), CONSTRAINT "pk_on_call_window" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_on_call_window_clinician_ends" ON "on_call_window"  ("clinician_id", "ends_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "consult_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "consult_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, "requests_information" boolean NOT NULL DEFAULT false, "deid_finding_count" integer NOT NULL DEFAULT '0', "deid_categories" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "pk_consult_message" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_consult_message_consult_created" ON "consult_message"  ("consult_id", "created_at", "id") `,
    );
    await queryRunner.query(`ALTER TABLE "consult" ADD "answer_due_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "ix_clinician_directory" ON "clinician"  ("display_name", "id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_consult_answer_due" ON "consult"  ("status", "answer_due_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "on_call_window" ADD CONSTRAINT "fk_on_call_window_clinician" FOREIGN KEY ("clinician_id") REFERENCES "clinician"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consult_message" ADD CONSTRAINT "fk_consult_message_consult" FOREIGN KEY ("consult_id") REFERENCES "consult"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "consult_message" ADD CONSTRAINT "fk_consult_message_author" FOREIGN KEY ("author_id") REFERENCES "clinician"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "consult_message" DROP CONSTRAINT "fk_consult_message_author"`);
    await queryRunner.query(`ALTER TABLE "consult_message" DROP CONSTRAINT "fk_consult_message_consult"`);
    await queryRunner.query(`ALTER TABLE "on_call_window" DROP CONSTRAINT "fk_on_call_window_clinician"`);
    await queryRunner.query(`DROP INDEX "public"."ix_consult_answer_due"`);
    await queryRunner.query(`DROP INDEX "public"."ix_clinician_directory"`);
    await queryRunner.query(`ALTER TABLE "consult" DROP COLUMN "answer_due_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_consult_message_consult_created"`);
    await queryRunner.query(`DROP TABLE "consult_message"`);
    await queryRunner.query(`DROP INDEX "public"."ix_on_call_window_clinician_ends"`);
    await queryRunner.query(`DROP TABLE "on_call_window"`);
  }
}
