import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Registration that does not tell whether an address is taken, and password reset. A shadow
 * account (registered with an address another account holds) keeps `email` NULL and the typed
 * address in `claimed_email`; `password_reset` holds one-time links by their token's hash only.
 * Reverting restores NOT NULL on `email`, which fails while shadow accounts exist.
 */
export class PasswordReset1796416509884 implements MigrationInterface {
  name = 'PasswordReset1796416509884';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "password_reset" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "clinician_id" uuid NOT NULL, "nonce" character varying(32) NOT NULL, "token_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_password_reset" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_password_reset_token_hash" ON "password_reset"  ("token_hash") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_password_reset_clinician" ON "password_reset"  ("clinician_id") `,
    );
    await queryRunner.query(`ALTER TABLE "clinician" ADD "claimed_email" character varying(254)`);
    await queryRunner.query(`ALTER TABLE "clinician" ADD "email_confirmed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "clinician" ALTER COLUMN "email" DROP NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX "ix_clinician_claimed_email" ON "clinician"  ("claimed_email", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "password_reset" ADD CONSTRAINT "fk_password_reset_clinician" FOREIGN KEY ("clinician_id") REFERENCES "clinician"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "password_reset" DROP CONSTRAINT "fk_password_reset_clinician"`);
    await queryRunner.query(`DROP INDEX "public"."ix_clinician_claimed_email"`);
    await queryRunner.query(`ALTER TABLE "clinician" ALTER COLUMN "email" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "clinician" DROP COLUMN "email_confirmed_at"`);
    await queryRunner.query(`ALTER TABLE "clinician" DROP COLUMN "claimed_email"`);
    await queryRunner.query(`DROP INDEX "public"."ix_password_reset_clinician"`);
    await queryRunner.query(`DROP INDEX "public"."uq_password_reset_token_hash"`);
    await queryRunner.query(`DROP TABLE "password_reset"`);
  }
}
