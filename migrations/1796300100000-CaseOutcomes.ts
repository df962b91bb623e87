import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CaseOutcomes1796300100000 implements MigrationInterface {
  name = 'CaseOutcomes1796300100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."outcome_course" AS ENUM('RECOVERED', 'IMPROVED', 'UNCHANGED', 'WORSENED', 'DIED', 'TRANSFERRED', 'UNKNOWN')`,
    );
    await queryRunner.query(
      `CREATE TABLE "case_outcome" ("case_id" uuid NOT NULL, "reported_by" uuid NOT NULL, "final_diagnosis" text NOT NULL, "actions_taken" text NOT NULL, "changed_management" boolean NOT NULL, "advice_confirmed" boolean, "course" "public"."outcome_course" NOT NULL, "notes" text, "deid_finding_count" integer NOT NULL DEFAULT '0', "deid_categories" text array NOT NULL DEFAULT '{}', "reported_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "pk_case_outcome" PRIMARY KEY ("case_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_case_outcome_reported_at" ON "case_outcome"  ("reported_at") `);
    // the outcome filter's words (CaseOutcomeService.filterSql): the same expression as outcomeTextSql
    await queryRunner.query(
      `CREATE INDEX "ix_case_outcome_text" ON "case_outcome" USING GIN (to_tsvector('english', final_diagnosis || ' ' || actions_taken || ' ' || coalesce(notes, '')))`,
    );
    // minutes a consultant reports per answer (the credit log)
    await queryRunner.query(`ALTER TABLE "consult" ADD "answer_minutes" integer`);
    await queryRunner.query(
      `CREATE TABLE "case_outcome_request" ("case_id" uuid NOT NULL, "days" integer NOT NULL, "asked" boolean NOT NULL, "run_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "pk_case_outcome_request" PRIMARY KEY ("case_id", "days"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_outcome" ADD CONSTRAINT "fk_case_outcome_case" FOREIGN KEY ("case_id") REFERENCES "case_post"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_outcome" ADD CONSTRAINT "fk_case_outcome_reported_by" FOREIGN KEY ("reported_by") REFERENCES "clinician"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_outcome_request" ADD CONSTRAINT "fk_case_outcome_request_case" FOREIGN KEY ("case_id") REFERENCES "case_post"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "case_outcome_request" DROP CONSTRAINT "fk_case_outcome_request_case"`,
    );
    await queryRunner.query(`ALTER TABLE "case_outcome" DROP CONSTRAINT "fk_case_outcome_reported_by"`);
    await queryRunner.query(`ALTER TABLE "case_outcome" DROP CONSTRAINT "fk_case_outcome_case"`);
    await queryRunner.query(`DROP TABLE "case_outcome_request"`);
    await queryRunner.query(`ALTER TABLE "consult" DROP COLUMN "answer_minutes"`);
    await queryRunner.query(`DROP INDEX "public"."ix_case_outcome_text"`);
    await queryRunner.query(`DROP INDEX "public"."ix_case_outcome_reported_at"`);
    await queryRunner.query(`DROP TABLE "case_outcome"`);
    await queryRunner.query(`DROP TYPE "public"."outcome_course"`);
  }
}
