import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The structured-detail filters of the feed and search (age band, local capabilities, travel time)
 * over the case row itself instead of a probe of `case_details` per case. `case_post` carries
 * `detail_age_band`, `detail_travel_minutes` and `detail_capabilities`, NULL while the case has no
 * details; a trigger on `case_details` keeps them in the transaction that writes, replaces or
 * deletes the details, whoever writes them.
 *
 * At 1M cases (`npm run bench:consult-loop`) search "murmur" with age band 90+ walked the ~22,000
 * newest cases, probing `case_details` for each, to find the 1,000 newest matches;
 * `ix_case_post_age_band_created` walks one age band's cases newest first instead.
 */
export class CaseDetailFilters1796400300000 implements MigrationInterface {
  name = 'CaseDetailFilters1796400300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case_post" ADD "detail_age_band" "public"."case_age_band"`);
    await queryRunner.query(`ALTER TABLE "case_post" ADD "detail_travel_minutes" integer`);
    await queryRunner.query(`ALTER TABLE "case_post" ADD "detail_capabilities" text array`);
    await queryRunner.query(
      `CREATE FUNCTION "case_details_filterable"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'DELETE' THEN
           UPDATE case_post
              SET detail_age_band = NULL, detail_travel_minutes = NULL, detail_capabilities = NULL
            WHERE id = OLD.case_id;
           RETURN OLD;
         END IF;
         UPDATE case_post
            SET detail_age_band = NEW.age_band, detail_travel_minutes = NEW.travel_minutes,
                detail_capabilities = NEW.local_capabilities
          WHERE id = NEW.case_id;
         RETURN NEW;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_case_details_filterable" AFTER INSERT OR DELETE OR UPDATE OF "age_band", "travel_minutes", "local_capabilities" ON "case_details" FOR EACH ROW EXECUTE FUNCTION "case_details_filterable"()`,
    );
    await queryRunner.query(
      `UPDATE case_post c
          SET detail_age_band = d.age_band, detail_travel_minutes = d.travel_minutes,
              detail_capabilities = d.local_capabilities
         FROM case_details d WHERE d.case_id = c.id`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_case_post_age_band_created" ON "case_post" ("detail_age_band", "created_at", "id") WHERE "detail_age_band" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_case_post_age_band_created"`);
    await queryRunner.query(`DROP TRIGGER "trg_case_details_filterable" ON "case_details"`);
    await queryRunner.query(`DROP FUNCTION "case_details_filterable"()`);
    await queryRunner.query(`ALTER TABLE "case_post" DROP COLUMN "detail_capabilities"`);
    await queryRunner.query(`ALTER TABLE "case_post" DROP COLUMN "detail_travel_minutes"`);
    await queryRunner.query(`ALTER TABLE "case_post" DROP COLUMN "detail_age_band"`);
  }
}
