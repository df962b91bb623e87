import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795305753565 implements MigrationInterface {
  name = 'Initial1795305753565';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "specialty" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(16) NOT NULL, "name" character varying(120) NOT NULL, CONSTRAINT "uq_specialty_code" UNIQUE ("code"), CONSTRAINT "pk_specialty" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."clinician_role" AS ENUM('CLINICIAN', 'ADMIN')`);
    await queryRunner.query(
      `CREATE TYPE "public"."verification_status" AS ENUM('UNVERIFIED', 'PENDING', 'VERIFIED', 'REJECTED', 'SUSPENDED', 'EXPIRED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "clinician" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "password_hash" character varying(255) NOT NULL, "display_name" character varying(80) NOT NULL, "role" "public"."clinician_role" NOT NULL DEFAULT 'CLINICIAN', "verification_status" "public"."verification_status" NOT NULL DEFAULT 'UNVERIFIED', "accepting_consults" boolean NOT NULL DEFAULT false, "state" character varying(2), "bio" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_clinician_email" UNIQUE ("email"), CONSTRAINT "pk_clinician" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "channel" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(64) NOT NULL, "name" character varying(120) NOT NULL, "description" text, "specialty_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_channel_slug" UNIQUE ("slug"), CONSTRAINT "pk_channel" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "clinician_specialty" ("clinician_id" uuid NOT NULL, "specialty_id" uuid NOT NULL, CONSTRAINT "pk_clinician_specialty" PRIMARY KEY ("clinician_id", "specialty_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_clinician_specialty_clinician_id" ON "clinician_specialty"  ("clinician_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_clinician_specialty_specialty_id" ON "clinician_specialty"  ("specialty_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "channel" ADD CONSTRAINT "fk_channel_specialty" FOREIGN KEY ("specialty_id") REFERENCES "specialty"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "clinician_specialty" ADD CONSTRAINT "fk_clinician_specialty_clinician" FOREIGN KEY ("clinician_id") REFERENCES "clinician"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "clinician_specialty" ADD CONSTRAINT "fk_clinician_specialty_specialty" FOREIGN KEY ("specialty_id") REFERENCES "specialty"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "clinician_specialty" DROP CONSTRAINT "fk_clinician_specialty_specialty"`,
    );
    await queryRunner.query(
      `ALTER TABLE "clinician_specialty" DROP CONSTRAINT "fk_clinician_specialty_clinician"`,
    );
    await queryRunner.query(`ALTER TABLE "channel" DROP CONSTRAINT "fk_channel_specialty"`);
    await queryRunner.query(`DROP INDEX "public"."ix_clinician_specialty_specialty_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_clinician_specialty_clinician_id"`);
    await queryRunner.query(`DROP TABLE "clinician_specialty"`);
    await queryRunner.query(`DROP TABLE "channel"`);
    await queryRunner.query(`DROP TABLE "clinician"`);
    await queryRunner.query(`DROP TYPE "public"."verification_status"`);
    await queryRunner.query(`DROP TYPE "public"."clinician_role"`);
    await queryRunner.query(`DROP TABLE "specialty"`);
  }
}
