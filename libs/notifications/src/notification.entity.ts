import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

/** A notification record for one clinician. It points at things by id; it never copies their text. */
@Entity('notification')
@Index('ix_notification_recipient_created', ['recipientId', 'createdAt', 'id'])
// one record per outbox event, recipient and kind: a dispatch that runs twice creates nothing new
@Index('uq_notification_outbox_recipient_kind', ['outboxId', 'recipientId', 'kind'], { unique: true })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  recipientId!: string;

  @ManyToOne('ClinicianEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id', foreignKeyConstraintName: 'fk_notification_recipient' })
  recipient?: unknown;

  /** REPLY_ADDED, CONSULT_REQUESTED, LICENSE_REVIEWED, LICENSE_EXPIRING, ... */
  @Column({ type: 'varchar', length: 40 })
  kind!: string;

  @Column({ type: 'uuid', nullable: true })
  caseId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  consultId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  licenseId!: string | null;

  /** The outbox event this record came from (null for records older than the outbox). */
  @Column({ type: 'uuid', nullable: true })
  outboxId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
