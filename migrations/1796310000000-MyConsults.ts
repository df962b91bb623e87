import type { MigrationInterface, QueryRunner } from 'typeorm';

/** "My consults": a requester's consults, newest first, without scanning the table. */
export class MyConsults1796310000000 implements MigrationInterface {
  name = 'MyConsults1796310000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_consult_requester" ON "consult" ("requested_by", "created_at") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_consult_requester"`);
  }
}
