import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An event that must notify someone, written in the transaction of the action that caused it. The
 * dispatcher turns it into notification records and deliveries, then stamps `dispatched_at`.
 * The payload holds ids only, never text.
 */
@Entity('notification_outbox')
@Index('ix_notification_outbox_pending', ['createdAt'], { where: 'dispatched_at IS NULL' })
export class NotificationOutboxEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The event's name, e.g. ReplyAdded, ConsultRequested. */
  @Column({ type: 'varchar', length: 60 })
  type!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, string | null>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  dispatchedAt!: Date | null;
}
