import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

/**
 * One password-reset link. The token itself is stored nowhere: it is derived from the row's id and
 * nonce under a server key (see AccountKeys) when the e-mail is sent, and only its SHA-256 hash is
 * kept to find the row again. Used once, within an hour.
 */
@Entity('password_reset')
@Index('ix_password_reset_clinician', ['clinicianId'])
@Index('uq_password_reset_token_hash', ['tokenHash'], { unique: true })
export class PasswordResetEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  clinicianId!: string;

  @ManyToOne('ClinicianEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'clinician_id', foreignKeyConstraintName: 'fk_password_reset_clinician' })
  clinician?: unknown;

  /** 128 random bits (hex), mixed into the token. */
  @Column({ type: 'varchar', length: 32 })
  nonce!: string;

  /** SHA-256 of the token (hex). */
  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
