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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
