import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseDetails1796285640285 implements MigrationInterface {
  name = 'CaseDetails1796285640285';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."case_age_band" AS ENUM('NEONATE', 'INFANT', 'CHILD', 'ADOLESCENT', 'ADULT_18_39', 'ADULT_40_64', 'ADULT_65_89', 'ADULT_90_PLUS')`,
    );
    await queryRunner.query(
      `CREATE TABLE "case_details" ("case_id" uuid NOT NULL, "clinical_question" text NOT NULL, "age_band" "public"."case_age_band", "sex" "public"."patient_sex", "presenting_problem" text, "timeline" jsonb NOT NULL DEFAULT '[]', "vitals" jsonb NOT NULL DEFAULT '{}', "labs" jsonb NOT NULL DEFAULT '[]', "medications" jsonb NOT NULL DEFAULT '[]', "tried" text, "nearest_specialist_km" integer, "travel_minutes" integer, "transfer_options" text array NOT NULL DEFAULT '{}', "local_capabilities" text array NOT NULL DEFAULT '{}', "deid_finding_count" integer NOT NULL DEFAULT '0', "deid_categories" text array NOT NULL DEFAULT '{}', "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "pk_case_details" PRIMARY KEY ("case_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_case_details_age_band" ON "case_details"  ("age_band") `);
    // "cases whose clinic has all of these" (@>) in the feed and search filters
    await queryRunner.query(
      `CREATE INDEX "ix_case_details_capabilities" ON "case_details" USING GIN ("local_capabilities")`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_details" ADD CONSTRAINT "fk_case_details_case" FOREIGN KEY ("case_id") REFERENCES "case_post"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case_details" DROP CONSTRAINT "fk_case_details_case"`);
    await queryRunner.query(`DROP INDEX "public"."ix_case_details_capabilities"`);
    await queryRunner.query(`DROP INDEX "public"."ix_case_details_age_band"`);
    await queryRunner.query(`DROP TABLE "case_details"`);
    await queryRunner.query(`DROP TYPE "public"."case_age_band"`);
  }
}
