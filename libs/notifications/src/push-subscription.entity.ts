import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';

/** A browser's Web Push subscription for one clinician (keys as the browser gave them). */
@Entity('push_subscription')
@Unique('uq_push_subscription_endpoint', ['endpoint'])
@Index('ix_push_subscription_clinician', ['clinicianId'])
export class PushSubscriptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  clinicianId!: string;

  @ManyToOne('ClinicianEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'clinician_id', foreignKeyConstraintName: 'fk_push_subscription_clinician' })
  clinician?: unknown;

  @Column({ type: 'varchar', length: 1000 })
  endpoint!: string;

  @Column({ type: 'varchar', length: 200 })
  p256dh!: string;

  @Column({ type: 'varchar', length: 100 })
  auth!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
