import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';

export enum DeliveryChannel {
  EMAIL = 'EMAIL',
  PUSH = 'PUSH',
}

export enum DeliveryStatus {
  /** Waiting for its job (or for quiet hours to end). */
  QUEUED = 'QUEUED',
  /** Held for the recipient's daily digest. */
  DIGEST = 'DIGEST',
  /** An attempt is under way. */
  SENDING = 'SENDING',
  SENT = 'SENT',
  /** An attempt failed for a reason that may pass; another is scheduled. */
  RETRYING = 'RETRYING',
  /** Refused for good (a 5xx answer, a gone push endpoint) or out of attempts. */
  FAILED = 'FAILED',
}

/** One channel's delivery of one notification: at most one per notification and channel. */
@Entity('notification_delivery')
@Unique('uq_notification_delivery_channel', ['notificationId', 'channel'])
@Index('ix_notification_delivery_recipient', ['recipientId', 'createdAt'])
@Index('ix_notification_delivery_status', ['status'])
export class NotificationDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  notificationId!: string;

  @ManyToOne('NotificationEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'notification_id', foreignKeyConstraintName: 'fk_notification_delivery_notification' })
  notification?: unknown;

  @Column({ type: 'uuid' })
  recipientId!: string;

  @Column({ type: 'varchar', length: 10 })
  channel!: DeliveryChannel;

  @Column({ type: 'varchar', length: 10 })
  status!: DeliveryStatus;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  /** A short code of the last failure (e.g. SMTP_550, PUSH_410), never a message. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  errorCode!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
