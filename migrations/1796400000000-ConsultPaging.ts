import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Urgent paging: who an unclaimed URGENT consult pages now, and when that last widened. */
export class ConsultPaging1796400000000 implements MigrationInterface {
  name = 'ConsultPaging1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "consult" ADD "paging_level" character varying(16)`);
    await queryRunner.query(`ALTER TABLE "consult" ADD "paging_widened_at" TIMESTAMP(3) WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "consult" DROP COLUMN "paging_widened_at"`);
    await queryRunner.query(`ALTER TABLE "consult" DROP COLUMN "paging_level"`);
  }
}
