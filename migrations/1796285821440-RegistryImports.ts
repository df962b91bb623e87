import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RegistryImports1796285821440 implements MigrationInterface {
  name = 'RegistryImports1796285821440';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."registry_import_status" AS ENUM('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."registry_import_source" AS ENUM('UPLOAD', 'SERVER_PATH')`);
    await queryRunner.query(
      `CREATE TABLE "registry_import" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "status" "public"."registry_import_status" NOT NULL, "source" "public"."registry_import_source" NOT NULL, "file_path" text NOT NULL, "started_by" uuid, "attempts" integer NOT NULL DEFAULT '0', "rows_read" integer NOT NULL DEFAULT '0', "bytes_read" bigint NOT NULL DEFAULT '0', "total_bytes" bigint, "individuals_imported" integer NOT NULL DEFAULT '0', "deactivations_applied" integer NOT NULL DEFAULT '0', "malformed_rows" integer NOT NULL DEFAULT '0', "licenses_checked" integer NOT NULL DEFAULT '0', "licenses_flagged" integer NOT NULL DEFAULT '0', "licenses_revoked" integer NOT NULL DEFAULT '0', "error_code" character varying(40), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "pk_registry_import" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_registry_import_status" ON "registry_import"  ("status") `);
    await queryRunner.query(
      `CREATE INDEX "ix_registry_import_created" ON "registry_import"  ("created_at", "id") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_registry_import_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_registry_import_status"`);
    await queryRunner.query(`DROP TABLE "registry_import"`);
    await queryRunner.query(`DROP TYPE "public"."registry_import_source"`);
    await queryRunner.query(`DROP TYPE "public"."registry_import_status"`);
  }
}
