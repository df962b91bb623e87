import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdempotencyKeys1796241328865 implements MigrationInterface {
  name = 'IdempotencyKeys1796241328865';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "idempotency_key" ("scope" character varying(100) NOT NULL, "key" character varying(128) NOT NULL, "operation" character varying(64) NOT NULL, "fingerprint" character(64) NOT NULL, "state" character varying(16) NOT NULL, "response" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_idempotency_key" PRIMARY KEY ("scope", "key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_idempotency_key_expires_at" ON "idempotency_key"  ("expires_at") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_idempotency_key_expires_at"`);
    await queryRunner.query(`DROP TABLE "idempotency_key"`);
  }
}
