import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search over de-identified case text: a trigger keeps `case_post.search_vector`
 * (title and tags weighted above the body) and a GIN index serves `searchCases`.
 */
export class CaseSearch1795307400000 implements MigrationInterface {
  name = 'CaseSearch1795307400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION "case_post_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         NEW.search_vector :=
           setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A') ||
           setweight(to_tsvector('english', array_to_string(NEW.tags, ' ')), 'A') ||
           setweight(to_tsvector('english', coalesce(NEW.body, '')), 'B');
         RETURN NEW;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_case_post_search" BEFORE INSERT OR UPDATE OF "title", "body", "tags" ON "case_post" FOR EACH ROW EXECUTE FUNCTION "case_post_search_vector"()`,
    );
    await queryRunner.query(`CREATE INDEX "ix_case_post_search" ON "case_post" USING GIN ("search_vector")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_case_post_search"`);
    await queryRunner.query(`DROP TRIGGER "trg_case_post_search" ON "case_post"`);
    await queryRunner.query(`DROP FUNCTION "case_post_search_vector"()`);
  }
}
