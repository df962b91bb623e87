import type { DeidentifiedText } from '@curbside/anonymizer';
import { ClinicianEntity } from '@curbside/clinicians';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
} from 'typeorm';

export enum LicenseStatus {
  PENDING = 'PENDING',
  VERIFIED = 'VERIFIED',
  REJECTED = 'REJECTED',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}

export enum Credential {
  MD = 'MD',
  DO = 'DO',
  NP = 'NP',
  PA = 'PA',
  RN = 'RN',
  PHARMD = 'PHARMD',
  OTHER = 'OTHER',
}

export enum RegistryMatch {
  FULL = 'FULL',
  PARTIAL = 'PARTIAL',
  NONE = 'NONE',
}

/** Why a licence needs an administrator's eye again. */
export enum LicenseFlag {
  /** The registry deactivated its NPI (a verified licence is revoked at once). */
  REGISTRY_DEACTIVATED = 'REGISTRY_DEACTIVATED',
  /** The registry's expiry differs from the one the clinician typed. */
  EXPIRY_MISMATCH = 'EXPIRY_MISMATCH',
}

@Entity('license')
@Unique('uq_license_jurisdiction_number', ['jurisdiction', 'licenseNumber'])
@Index('ix_license_status_submitted', ['status', 'submittedAt', 'id'])
@Index('ix_license_clinician', ['clinicianId'])
@Index('ix_license_status_score', ['status', 'registryScore', 'id'])
@Index('ix_license_flag', ['flag', 'flaggedAt', 'id'])
export class LicenseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  clinicianId!: string;

  @ManyToOne(() => ClinicianEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'clinician_id', foreignKeyConstraintName: 'fk_license_clinician' })
  clinician?: Relation<ClinicianEntity>;

  @Column({ type: 'char', length: 10 })
  npi!: string;

  @Column({ type: 'varchar', length: 2 })
  jurisdiction!: string;

  /** Upper-cased as submitted (letters, digits, dashes). */
  @Column({ type: 'varchar', length: 20 })
  licenseNumber!: string;

  @Column({ type: 'enum', enum: Credential, enumName: 'credential' })
  credential!: Credential;

  @Column({ type: 'date' })
  expiresOn!: string;

  @Column({ type: 'enum', enum: LicenseStatus, enumName: 'license_status', default: LicenseStatus.PENDING })
  status!: LicenseStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  /** De-identified: the clinician, and administrators, read it. */
  reviewNote!: DeidentifiedText | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  reviewedBy!: string | null;

  // Millisecond precision: keyset cursors carry this value through a JS Date exactly.
  @Column({ type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' })
  submittedAt!: Date;

  /** How sure the registry match is (0-100), kept so the queue sorts by it with an index. */
  @Column({ type: 'int', default: 0 })
  registryScore!: number;

  /** The field-by-field comparison behind the score (codes only), as of `registryCheckedAt`. */
  @Column({ type: 'jsonb', nullable: true })
  registryFields!: Record<string, string | number | null> | null;

  @Column({ type: 'timestamptz', nullable: true })
  registryCheckedAt!: Date | null;

  @Column({ type: 'enum', enum: LicenseFlag, enumName: 'license_flag', nullable: true })
  flag!: LicenseFlag | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  flaggedAt!: Date | null;

  /** When an administrator cleared an EXPIRY_MISMATCH flag: later imports do not raise it again. */
  @Column({ type: 'timestamptz', nullable: true })
  expiryFlagClearedAt!: Date | null;

  /** Set by a NEEDS_INFORMATION decision: the licence stays pending, the clinician was asked. */
  @Column({ type: 'timestamptz', nullable: true })
  informationRequestedAt!: Date | null;

  /** When the 30-day LICENSE_EXPIRING notice was created, so it is created once. */
  @Column({ type: 'timestamptz', nullable: true })
  expiringNoticeAt!: Date | null;
}
