import type { DeidentifiedText } from '@curbside/anonymizer';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinTable,
  ManyToMany,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { SpecialtyEntity } from './specialty.entity.js';

export enum Role {
  CLINICIAN = 'CLINICIAN',
  ADMIN = 'ADMIN',
}

export enum VerificationStatus {
  UNVERIFIED = 'UNVERIFIED',
  PENDING = 'PENDING',
  VERIFIED = 'VERIFIED',
  REJECTED = 'REJECTED',
  SUSPENDED = 'SUSPENDED',
  EXPIRED = 'EXPIRED',
}

@Entity('clinician')
@Unique('uq_clinician_email', ['email'])
@Index('ix_clinician_directory', ['displayName', 'id'])
@Index('ix_clinician_role_created', ['role', 'createdAt'])
@Index('ix_clinician_claimed_email', ['claimedEmail', 'createdAt'])
// The admin console's clinician list order, lower(display_name) then id: an expression index that
// the AdminConsoleIndexes migration creates by hand (TypeORM cannot describe it, so it skips it).
@Index('ix_clinician_sort_name', { synchronize: false })
// The console's name/e-mail substring search: pg_trgm GIN indexes (ClinicianNameTrigram migration).
@Index('ix_clinician_name_trgm', { synchronize: false })
@Index('ix_clinician_email_trgm', { synchronize: false })
export class ClinicianEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /**
   * Normalised (trimmed, lower-cased) address: the only one ever e-mailed. NULL for a shadow account
   * (registered with an address another account already holds; see `claimedEmail`).
   */
  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  /**
   * The address a shadow account was registered with, held by another account: shown to the
   * shadow itself and used to sign it in, never to send anything. NULL for every other account.
   */
  @Column({ type: 'varchar', length: 254, nullable: true })
  claimedEmail!: string | null;

  /** When the owner of `email` proved they read it (a password reset); NULL until then. */
  @Column({ type: 'timestamptz', nullable: true })
  emailConfirmedAt!: Date | null;

  /** argon2id. Never loaded unless asked for (`addSelect`): only sign-in reads it. */
  @Column({ type: 'varchar', length: 255, select: false })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 80 })
  displayName!: string;

  @Column({ type: 'enum', enum: Role, enumName: 'clinician_role', default: Role.CLINICIAN })
  role!: Role;

  @Column({
    type: 'enum',
    enum: VerificationStatus,
    enumName: 'verification_status',
    default: VerificationStatus.UNVERIFIED,
  })
  verificationStatus!: VerificationStatus;

  @Column({ type: 'boolean', default: false })
  acceptingConsults!: boolean;

  /** US state or territory code; nothing finer is kept about where a clinician works. */
  @Column({ type: 'varchar', length: 2, nullable: true })
  state!: string | null;

  @Column({ type: 'text', nullable: true })
  bio!: DeidentifiedText | null;

  @ManyToMany(() => SpecialtyEntity)
  @JoinTable({
    name: 'clinician_specialty',
    joinColumn: { name: 'clinician_id', foreignKeyConstraintName: 'fk_clinician_specialty_clinician' },
    inverseJoinColumn: { name: 'specialty_id', foreignKeyConstraintName: 'fk_clinician_specialty_specialty' },
  })
  specialties!: SpecialtyEntity[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
