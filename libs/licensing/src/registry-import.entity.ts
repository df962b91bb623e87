import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum RegistryImportStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

export enum RegistryImportSource {
  /** A file an administrator uploaded (kept under DATA_DIR until the import ends). */
  UPLOAD = 'UPLOAD',
  /** A file already on the server, in the registry import directory. */
  SERVER_PATH = 'SERVER_PATH',
}

/**
 * A registry import started by an administrator and run in the background: its progress row,
 * updated as it goes, so that it can be watched, and resumed after a restart (the upsert is
 * idempotent, so a resumed import reads the file again from the start).
 */
@Entity('registry_import')
@Index('ix_registry_import_created', ['createdAt', 'id'])
@Index('ix_registry_import_status', ['status'])
export class RegistryImportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'enum', enum: RegistryImportStatus, enumName: 'registry_import_status' })
  status!: RegistryImportStatus;

  @Column({ type: 'enum', enum: RegistryImportSource, enumName: 'registry_import_source' })
  source!: RegistryImportSource;

  /** Where the file is on the server (never shown to clients). */
  @Column({ type: 'text' })
  filePath!: string;

  @Column({ type: 'uuid', nullable: true })
  startedBy!: string | null;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'int', default: 0 })
  rowsRead!: number;

  @Column({ type: 'bigint', default: 0 })
  bytesRead!: string;

  @Column({ type: 'bigint', nullable: true })
  totalBytes!: string | null;

  @Column({ type: 'int', default: 0 })
  individualsImported!: number;

  @Column({ type: 'int', default: 0 })
  deactivationsApplied!: number;

  @Column({ type: 'int', default: 0 })
  malformedRows!: number;

  @Column({ type: 'int', default: 0 })
  licensesChecked!: number;

  @Column({ type: 'int', default: 0 })
  licensesFlagged!: number;

  @Column({ type: 'int', default: 0 })
  licensesRevoked!: number;

  /** Why it failed, as a code (FORMAT, FILE_MISSING, INTERRUPTED, INTERNAL); never file content. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  errorCode!: string | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' })
  updatedAt!: Date;
}
