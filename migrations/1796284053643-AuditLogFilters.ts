import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditLogFilters1796284053643 implements MigrationInterface {
  name = 'AuditLogFilters1796284053643';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_audit_event_action_at" ON "audit_event"  ("action", "at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_audit_event_actor_at" ON "audit_event"  ("actor_id", "at", "id") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_audit_event_actor_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_event_action_at"`);
  }
}
