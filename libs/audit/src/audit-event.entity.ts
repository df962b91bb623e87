import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One append-only audit record (a trigger refuses UPDATE and DELETE). `detail` holds ids, codes and
 * counts only: never text a user typed.
 */
@Entity('audit_event')
@Index('ix_audit_event_at_id', ['at', 'id'])
@Index('ix_audit_event_target', ['targetType', 'targetId'])
// The console's filters by actor and by action walk these newest first.
@Index('ix_audit_event_actor_at', ['actorId', 'at', 'id'])
@Index('ix_audit_event_action_at', ['action', 'at', 'id'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  // Millisecond precision: keyset cursors carry this value through a JS Date exactly.
  @Column({ type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' })
  at!: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  targetType!: string | null;

  @Column({ type: 'uuid', nullable: true })
  targetId!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  detail!: Record<string, string | number | boolean | null>;
}
