import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The CT window renderings an attachment has (name, centre, width), beside its default rendering. */
export class AttachmentWindows1796310000001 implements MigrationInterface {
  name = 'AttachmentWindows1796310000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "attachment" ADD "windows" jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "attachment" DROP COLUMN "windows"`);
  }
}
