import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outcome filters of the feed and search over the case row itself instead of a probe of
 * `case_outcome` per case. `case_post.outcome_vector` holds the words of the case's outcome (final
 * diagnosis, what was done, notes) and is NULL while none was reported. A trigger on `case_outcome`
 * keeps it in the transaction that writes, replaces or deletes the outcome, whoever writes it.
 *
 * At 1M cases (`npm run bench:consult-loop`) the feed's "resolved without an outcome" walked a
 * channel's every case and search with outcome words walked the newest cases until a thousand had
 * such an outcome; the partial indexes below walk only the cases in question:
 * - `ix_case_post_awaiting_outcome`: resolved cases still without an outcome, per channel, newest first;
 * - `ix_case_post_outcome_created` / `ix_case_post_channel_outcome`: cases with an outcome, newest
 *   first, overall (search, the feed of joined channels) and per channel;
 * - `ix_case_post_outcome_text`: the outcome's words, for a rare word (replaces `ix_case_outcome_text`).
 */
export class CaseOutcomeSearch1796400200000 implements MigrationInterface {
  name = 'CaseOutcomeSearch1796400200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case_post" ADD "outcome_vector" tsvector`);
    await queryRunner.query(
      `CREATE FUNCTION "case_outcome_words"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'DELETE' THEN
           UPDATE case_post SET outcome_vector = NULL WHERE id = OLD.case_id;
           RETURN OLD;
         END IF;
         UPDATE case_post
            SET outcome_vector = to_tsvector('english', NEW.final_diagnosis || ' ' || NEW.actions_taken || ' ' || coalesce(NEW.notes, ''))
          WHERE id = NEW.case_id;
         RETURN NEW;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_case_outcome_words" AFTER INSERT OR DELETE OR UPDATE OF "final_diagnosis", "actions_taken", "notes" ON "case_outcome" FOR EACH ROW EXECUTE FUNCTION "case_outcome_words"()`,
    );
    await queryRunner.query(
      `UPDATE case_post c
          SET outcome_vector = to_tsvector('english', o.final_diagnosis || ' ' || o.actions_taken || ' ' || coalesce(o.notes, ''))
         FROM case_outcome o WHERE o.case_id = c.id`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_case_outcome_text"`);
    await queryRunner.query(
      `CREATE INDEX "ix_case_post_outcome_text" ON "case_post" USING GIN ("outcome_vector")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_case_post_outcome_created" ON "case_post" ("created_at", "id") WHERE "outcome_vector" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_case_post_channel_outcome" ON "case_post" ("channel_id", "created_at", "id") WHERE "outcome_vector" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_case_post_awaiting_outcome" ON "case_post" ("channel_id", "created_at", "id") WHERE "status" = 'RESOLVED' AND "outcome_vector" IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_case_post_awaiting_outcome"`);
    await queryRunner.query(`DROP INDEX "public"."ix_case_post_channel_outcome"`);
    await queryRunner.query(`DROP INDEX "public"."ix_case_post_outcome_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_case_post_outcome_text"`);
    await queryRunner.query(
      `CREATE INDEX "ix_case_outcome_text" ON "case_outcome" USING GIN (to_tsvector('english', final_diagnosis || ' ' || actions_taken || ' ' || coalesce(notes, '')))`,
    );
    await queryRunner.query(`DROP TRIGGER "trg_case_outcome_words" ON "case_outcome"`);
    await queryRunner.query(`DROP FUNCTION "case_outcome_words"()`);
    await queryRunner.query(`ALTER TABLE "case_post" DROP COLUMN "outcome_vector"`);
  }
}
