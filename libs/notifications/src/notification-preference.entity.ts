import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A clinician's choice for one category; a category without a row follows the defaults. */
@Entity('notification_preference')
export class NotificationPreferenceEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_notification_preference' })
  clinicianId!: string;

  @PrimaryColumn({ type: 'varchar', length: 30, primaryKeyConstraintName: 'pk_notification_preference' })
  category!: string;

  @ManyToOne('ClinicianEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'clinician_id', foreignKeyConstraintName: 'fk_notification_preference_clinician' })
  clinician?: unknown;

  /** IMMEDIATE, DIGEST or OFF. */
  @Column({ type: 'varchar', length: 10 })
  email!: string;

  @Column({ type: 'boolean' })
  push!: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** Quiet hours (minutes of the day in the clinician's time zone); none when both are null. */
@Entity('notification_settings')
export class NotificationSettingsEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_notification_settings' })
  clinicianId!: string;

  @ManyToOne('ClinicianEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'clinician_id', foreignKeyConstraintName: 'fk_notification_settings_clinician' })
  clinician?: unknown;

  @Column({ type: 'smallint', nullable: true })
  quietStartMinute!: number | null;

  @Column({ type: 'smallint', nullable: true })
  quietEndMinute!: number | null;

  @Column({ type: 'varchar', length: 64, default: 'UTC' })
  timeZone!: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
